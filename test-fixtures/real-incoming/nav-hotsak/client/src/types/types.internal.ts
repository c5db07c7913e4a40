import { OppgaveKodeverk } from '../oppgave/oppgaveTypes.ts'
import type { Ansatt } from '../tilgang/Ansatt.ts'
import type { Bydel, Enhet, HarPersonnavn, Kommune, Personnavn } from './hotlibs.ts'

export interface SakResponse<T extends SakBase> {
  data: T
  tilganger: Tilgang
}

export type Tilgang = {
  [key in TilgangType]: TilgangResultat
}

export enum TilgangType {
  KAN_BEHANDLE_SAK = 'KAN_BEHANDLE_SAK',
  KAN_GODKJENNE_VEDTAK = 'KAN_GODKJENNE_VEDTAK',
  KAN_HENLEGGE_SAK = 'KAN_HENLEGGE_SAK',
}

export enum TilgangResultat {
  TILLAT = 'TILLAT',
  NEKT = 'NEKT',
}

export interface SakBase {
  sakId: string
  sakstype: Sakstype
  saksstatus: OppgaveStatusType
  saksstatusGyldigFra: string
  statuskategori: SaksstatusKategori
  opprettet: string
  søknadGjelder: string
  bruker: Bruker
  innsender: Innsender
  enhet: Enhet
  vedtak?: VedtakType
}

/**
 * Sak for digital behovsmeldig pt.
 */
export interface Sak extends SakBase {
  sakstype: Sakstype.BESTILLING | Sakstype.SØKNAD
  hast?: Hast
}

export interface Barnebrillesak extends SakBase {
  sakstype: Sakstype.BARNEBRILLER | Sakstype.TILSKUDD
  steg: StegType
  vilkårsgrunnlag?: Vilkårsgrunnlag
  vilkårsvurdering?: Vilkårsvurdering
  journalposter: string[]
  utbetalingsmottaker?: Utbetalingsmottaker
  totrinnskontroll?: Totrinnskontroll
}

export interface Hast {
  årsaker: Hasteårsak[]
  begrunnelse?: string
}

export enum Hasteårsak {
  UTVIKLING_AV_TRYKKSÅR = 'UTVIKLING_AV_TRYKKSÅR',
  TERMINALPLEIE = 'TERMINALPLEIE',
  UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES = 'UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES',
  UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES_V2 = 'UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES_V2',
  UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES_V3 = 'UTSKRIVING_FRA_SYKEHUS_SOM_IKKE_KAN_PLANLEGGES_V3',
  RASK_FORVERRING_AV_ALVORLIG_DIAGNOSE = 'RASK_FORVERRING_AV_ALVORLIG_DIAGNOSE',
  ANNET = 'ANNET',
}

export interface Totrinnskontroll {
  saksbehandler: Saksbehandler
  godkjenner?: Saksbehandler
  resultat?: TotrinnskontrollVurdering
  begrunnelse?: string
  opprettet?: string
  godkjent?: string
}

export interface Vilkårsvurdering {
  id: string
  sakId: string
  opprettet: string
  resultat: VilkårsResultat
  data?: Satsberegning
  vilkår: Vilkår[]
}

export interface Satsberegning {
  sats: SatsType
  satsBeløp: number
  satsBeskrivelse: string
  beløp: string
}

export interface Vilkår extends Vurdering {
  id: string
  vilkårId: string
  beskrivelse: string
  maskinellVurdering?: Vurdering
  manuellVurdering?: Vurdering
  lovReferanse?: string
  lovdataLenke?: string
  grunnlag: Record<string, string | number>
}

export interface Grunnlag {
  bestillingsdato?: string
  eksisterendeVedtakDato?: string
  barnetsAlder?: string
  datoOrdningenStartet?: string
  seksMånederSiden?: string
}

export interface GrunnlagMetadata {
  etikett: string
  lagtInnAvSaksbehandler: boolean
  beskrivelse: string
  transform?(verdi: string | number): string | number
}

export type GrunnlagType = keyof Grunnlag

export enum VilkårsResultat {
  JA = 'JA',
  NEI = 'NEI',
  KANSKJE = 'KANSKJE',
  OPPLYSNINGER_MANGLER = 'OPPLYSNINGER_MANGLER',
}

export interface RegistrerSøknadData {
  målform: MålformType
  brilleseddel: Brilleseddel
  bestillingsdato: Date
  bestiltHosOptiker: VurderingData
  komplettBrille: VurderingData
  kjøptBrille: KjøptBrille
}

export interface KjøptBrille {
  vilkårOppfylt?: VilkårsResultat | ''
  brillepris: string
}

export interface Brillegrunnlag {
  brilleseddel: Brilleseddel
  bestillingsdato: Date
  brillepris: string
  bestiltHosOptiker: Vurdering
  komplettBrille: Vurdering
}

export interface VurderingData {
  vilkårOppfylt?: VilkårsResultat | ''
  begrunnelse?: string
}

export interface Vurdering {
  vilkårOppfylt?: VilkårsResultat
  begrunnelse?: string
}

export interface OppdaterVilkårData {
  resultatSaksbehandler: VilkårsResultat | ''
  begrunnelseSaksbehandler: string
}

export interface TotrinnskontrollData {
  resultat: TotrinnskontrollVurdering | ''
  begrunnelse?: string
}

export enum TotrinnskontrollVurdering {
  GODKJENT = 'GODKJENT',
  RETURNERT = 'RETURNERT',
}

export interface OppdaterVilkårRequest {
  resultatSaksbehandler: VilkårsResultat
  begrunnelseSaksbehandler: string
}

export interface KontonummerRequest {
  fnr: string
  sakId: string
}

export interface KontonummerResponse {
  fnr?: string
  navn?: string
  kontonummer?: string
}

export type Utbetalingsmottaker = KontonummerResponse

export interface VurderVilkårRequest {
  sakId: string | number
  sakstype: Sakstype
  målform: MålformType
  data: {
    brilleseddel?: Brilleseddel
    bestillingsdato?: string
    brillepris?: string
    bestiltHosOptiker: VurderingData
    komplettBrille: VurderingData
    kjøptBrille?: VurderingData
  }
}

export type Vilkårsgrunnlag = VurderVilkårRequest

export enum MålformType {
  BOKMÅL = 'BOKMÅL',
  NYNORSK = 'NYNORSK',
}

export type Diopter = string | number

export interface Brilleseddel {
  høyreSfære: Diopter
  høyreSylinder: Diopter
  venstreSfære: Diopter
  venstreSylinder: Diopter
  bestillingsdato?: string
}

export enum StegType {
  INNHENTE_FAKTA = 'INNHENTE_FAKTA',
  VURDERE_VILKÅR = 'VURDERE_VILKÅR',
  FATTE_VEDTAK = 'FATTE_VEDTAK',
  GODKJENNE = 'GODKJENNE',
  REVURDERE = 'REVURDERE',
  FERDIG_BEHANDLET = 'FERDIG_BEHANDLET',
}

export enum StepType {
  REGISTRER = 1,
  VILKÅR = 2,
  FATTE_VEDTAK = 3,
}

export interface BeregnSatsResponse {
  sats: SatsType
  satsBeskrivelse: string
  satsBeløp: number
}

export type BeregnSatsRequest = Brilleseddel

export enum SatsType {
  SATS_1 = 'SATS_1',
  SATS_2 = 'SATS_2',
  SATS_3 = 'SATS_3',
  SATS_4 = 'SATS_4',
  SATS_5 = 'SATS_5',
  INGEN = 'INGEN',
}

export interface AdressebeskyttelseOgSkjerming {
  gradering?: Adressebeskyttelse[]
  skjermet: boolean
}

export interface Innsender extends HarPersonnavn {
  fnr: string
  fulltNavn?: string
}

export interface Bruker extends HarPersonnavn {
  fnr: string
  fulltNavn?: string
  fødselsdato: string
  kommune?: Kommune
  bydel?: Bydel
  kjønn?: Kjønn
  telefonnummer?: string
  brukernummer?: string
  kontonummer?: string
}

export enum Adressebeskyttelse {
  FORTROLIG = 'FORTROLIG',
  STRENGT_FORTROLIG = 'STRENGT_FORTROLIG',
  STRENGT_FORTROLIG_UTLAND = 'STRENGT_FORTROLIG_UTLAND',
  UGRADERT = 'UGRADERT',
}

export const AdressebeskyttelseAlert = {
  [Adressebeskyttelse.FORTROLIG]: 'Fortrolig adresse',
  [Adressebeskyttelse.STRENGT_FORTROLIG]: 'Strengt fortrolig adresse',
  [Adressebeskyttelse.STRENGT_FORTROLIG_UTLAND]: 'Strengt fortrolig adresse utland',
}

export enum VedtaksgrunnlagType {
  UTLAANSHISTORIKK = 'UTLAANSHISTORIKK',
  HØREAPPARATVEDTAK = 'HØREAPPARATVEDTAK',
}

export interface VedtaksgrunnlagBase {
  type: VedtaksgrunnlagType
}

export interface VedtaksgrunnlagUtlånsoversikt extends VedtaksgrunnlagBase {
  type: VedtaksgrunnlagType.UTLAANSHISTORIKK
  data?: HjelpemiddelArtikkel[]
}

export interface VedtaksgrunnlagHøreapparatvedtak extends VedtaksgrunnlagBase {
  type: VedtaksgrunnlagType.HØREAPPARATVEDTAK
  data?: HøreapparatVedtak
}

export interface HøreapparatVedtak {
  harVedtak: boolean
  vedtaksdato?: string
}

export interface Hendelse {
  id: string
  hendelse: string
  opprettet: string
  bruker?: string
  detaljer?: string
}

export interface Varsel {
  tittel: string
  beskrivelse: string[]
}

export interface BrevTekst {
  sakId: string
  målform: MålformType
  data: { dokumenttittel?: string; brevtekst?: string; value?: [{ children?: [{ text?: string }] }] }
  brevtype: string
  ferdigstilt?: boolean
}

export interface HjelpemiddelArtikkel {
  antall: number
  antallEnhet: string
  isoKode: string
  isoKategori: string
  beskrivelse: string
  hmsnr: string
  serieNr?: string
  datoUtsendelse: string
  ordrenummer?: string
  status: string
  grunndataBeriket: boolean
  grunndataProduktNavn?: string
  grunndataBeskrivelse?: string
  grunndataKategori?: string
  grunndataBilde?: string
  grunndataKategoriKortnavn?: string
  hjelpemiddeldatabasenURL?: string
}

export interface VedtakType {
  vedtaksdato: string
  vedtaksstatus: VedtakStatusType
  saksbehandlerId: string
  saksbehandlerNavn: string
  søknadId: string
  vedtaksgrunnlag?: VedtaksgrunnlagBase[]
}

export enum FritakFraBegrunnelseÅrsak {
  ER_PÅ_BESTILLINGSORDNING = 'ER_PÅ_BESTILLINGSORDNING',
  IKKE_I_PILOT = 'IKKE_I_PILOT',
  ER_SELVFORKLARENDE_TILBEHØR = 'ER_SELVFORKLARENDE_TILBEHØR',
}

export interface Journalpost {
  journalpostId: string
  journalpostOpprettetTid: string
  tittel: string
  tema: OppgaveKodeverk
  behandlingstema?: OppgaveKodeverk
  kanal: OppgaveKodeverk
  fnrInnsender: string
  journalstatus: JournalpostStatusType
  journalposttype: 'I' | 'U' | 'N'
  dokumenter: Dokument[]
  innsender: FødselsnummerOgNavn
  bruker?: FødselsnummerOgNavn
  sakId?: string
}

export enum Kanal {
  NAV_NO = 'NAV_NO',
  SKAN_IM = 'SKAN_IM',
}

export interface FødselsnummerOgNavn {
  fnr: string
  navn: Personnavn
  fulltNavn?: string
}

export interface Dokument {
  journalpostId: string
  dokumentId: string
  tittel: string
  brevkode: string
  logiskeVedlegg: LogiskVedlegg[]
}

export interface LogiskVedlegg {
  vedleggId: string
  tittel: string
}

export enum SaksdokumentType {
  INNGÅENDE = 'INNGÅENDE',
  UTGÅENDE = 'UTGÅENDE',
  NOTAT = 'NOTAT',
}

export enum Brevkode {
  INNHENTE_OPPLYSNINGER_BARNEBRILLER = 'innhente_opplysninger_barnebriller',
}

export interface Saksdokument {
  sakId: string
  journalpostId: string
  type: SaksdokumentType
  opprettet: string
  originalTekst?: SaksdokumentOriginalTekst
  dokumentId: string
  saksbehandler: Saksbehandler
  tittel: string
  brevkode?: string
}

export interface SaksdokumentOriginalTekst {
  dokumenttittel: string
  brevtekst: string
}

export enum DokumentFormat {
  ARKIV = 'ARKIV',
  ORIGINAL = 'ORIGINAL',
}

export enum Sakstype {
  BARNEBRILLER = 'BARNEBRILLER',
  BESTILLING = 'BESTILLING',
  SØKNAD = 'SØKNAD',
  TILSKUDD = 'TILSKUDD',
}

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Saksbehandler extends Ansatt {}

export enum JournalpostStatusType {
  MOTTATT = 'MOTTATT',
  JOURNALFOERT = 'JOURNALFOERT',
  FERDIGSTILT = 'FERDIGSTILT',
  EKSPEDERT = 'EKSPEDERT',
  UNDER_ARBEID = 'UNDER_ARBEID',
  FEILREGISTRERT = 'FEILREGISTRERT',
  UTGAAR = 'UTGAAR',
  AVBRUTT = 'AVBRUTT',
  UKJENT_BRUKER = 'UKJENT_BRUKER',
  RESERVERT = 'RESERVERT',
  OPPLASTING_DOKUMENT = 'OPPLASTING_DOKUMENT',
  UKJENT = 'UKJENT',
}

/**
 * Kombinert saks- og oppgavetype.
 *
 * todo -> rename til `Saksstatus`
 */
export enum OppgaveStatusType {
  AVVENTER_JOURNALFORING = 'AVVENTER_JOURNALFORING',

  AVVENTER_SAKSBEHANDLER = 'AVVENTER_SAKSBEHANDLER',
  TILDELT_SAKSBEHANDLER = 'TILDELT_SAKSBEHANDLER',

  AVVENTER_DOKUMENTASJON = 'AVVENTER_DOKUMENTASJON',

  // Totrinnskontroll
  AVVENTER_GODKJENNER = 'AVVENTER_GODKJENNER',
  TILDELT_GODKJENNER = 'TILDELT_GODKJENNER',

  // Kun for søknad
  SENDT_GOSYS = 'SENDT_GOSYS', // OVERFØRT_GOSYS
  VEDTAK_FATTET = 'VEDTAK_FATTET',
  // Kun for bestilling
  FERDIGSTILT = 'FERDIGSTILT', // BESTILLING_GODKJENT
  AVVIST = 'AVVIST', // BESTILLING_AVVIST

  HENLAGT = 'HENLAGT',
  ANNULERT = 'ANNULERT',
}

/**
 * NB! Heter Saksstatus.Statuskategori i backend.
 */
export enum SaksstatusKategori {
  PÅ_VENT = 'PÅ_VENT',
  ÅPEN = 'ÅPEN',
  LUKKET = 'LUKKET',
}

/**
 * todo -> rename til `SaksstatusLabel`
 */
export const OppgaveStatusLabel = new Map<OppgaveStatusType, string>([
  [OppgaveStatusType.AVVENTER_JOURNALFORING, 'Ikke journalført'],
  [OppgaveStatusType.AVVENTER_SAKSBEHANDLER, 'Mottatt'],
  [OppgaveStatusType.TILDELT_SAKSBEHANDLER, 'Under behandling'],
  [OppgaveStatusType.AVVENTER_DOKUMENTASJON, 'Avventer opplysninger'],
  [OppgaveStatusType.AVVENTER_GODKJENNER, 'Til godkjenning'],
  [OppgaveStatusType.TILDELT_GODKJENNER, 'Under totrinnskontroll'],
  [OppgaveStatusType.SENDT_GOSYS, 'Overført til Gosys'],
  [OppgaveStatusType.FERDIGSTILT, 'Godkjent'],
  [OppgaveStatusType.AVVIST, 'Avvist'],
  [OppgaveStatusType.HENLAGT, 'Henlagt'],
  [OppgaveStatusType.ANNULERT, 'Annulert'],
])

export enum VedtakStatusType {
  INNVILGET = 'INNVILGET',
  AVSLÅTT = 'AVSLÅTT',
  DELVIS_INNVILGET = 'DELVIS_INNVILGET',
}

export const VedtakStatusLabel = new Map<VedtakStatusType, string>([
  [VedtakStatusType.INNVILGET, 'Innvilget'],
  [VedtakStatusType.AVSLÅTT, 'Avslått'],
  [VedtakStatusType.DELVIS_INNVILGET, 'Delvis innvilget'],
])

export enum Kjønn {
  MANN = 'MANN',
  KVINNE = 'KVINNE',
  UKJENT = 'UKJENT',
}

export interface Produkt {
  hmsArtNr: string
  artikkelnavn: string
  isotittel: string
  leverandør?: string
  produktUrl: string
  produktbildeUri?: string
  delkontrakter: Delkontrakt[]
}

export interface Delkontrakt {
  rangering: number
  posttittel?: string
}

export enum OmrådeFilter {
  ALLE = 'ALLE',
  BEVEGELSE = 'BEVEGELSE',
  HØRSEL = 'HØRSEL',
  KOGNISJON = 'KOGNISJON',
  SYN = 'SYN',
  KOMMUNIKASJON = 'KOMMUNIKASJON',
}

export const OmrådeFilterLabel = new Map<string, string>([
  [OmrådeFilter.ALLE, 'Alle'],
  [OmrådeFilter.BEVEGELSE, 'Bevegelse'],
  [OmrådeFilter.HØRSEL, 'Hørsel'],
  [OmrådeFilter.KOGNISJON, 'Kognisjon'],
  [OmrådeFilter.SYN, 'Syn'],
])

export enum HøyrekolonneTabs {
  SAKSHISTORIKK = 'SAKSHISTORIKK',
  HJELPEMIDDELOVERSIKT = 'HJELPEMIDDELOVERSIKT',
  NOTATER = 'NOTATER',
  TOTRINNSKONTROLL = 'TOTRINNSKONTROLL',
  SEND_BREV = 'SEND_BREV',
}

export enum Brevtype {
  BARNEBRILLER_VEDTAK = 'BARNEBRILLER_VEDTAK',
  BARNEBRILLER_INNHENTE_OPPLYSNINGER = 'BARNEBRILLER_INNHENTE_OPPLYSNINGER',
  JOURNALFØRT_NOTAT = 'JOURNALFØRT_NOTAT',
  BREVEDITOR_VEDTAKSBREV = 'BREVEDITOR_VEDTAKSBREV',
}

export interface Person extends HarPersonnavn {
  fnr: string
  fødselsdato?: string
  dødsdato?: string
  brukernummer?: string
  telefonnummer?: string
  kjønn: Kjønn
  kommune?: Kommune
  bydel?: Bydel
  gradering?: Adressebeskyttelse
  isSkjermet: boolean
  vergemål?: Vergemål[]
}

export interface Vergemål {
  type?: string
  fnr?: string
  navn?: Personnavn
}

export enum Mottaker {
  VERGE = 'VERGE',
  BRUKER = 'BRUKER',
  FORMIDLER = 'FORMIDLER',
}

export interface HjelpemiddelProdukt {
  hmsnr: string
  navn: string
}

export enum RessursStatus {
  FEILET = 'FEILET',
  FUNKSJONELL_FEIL = 'FUNKSJONELL_FEIL',
  HENTER = 'HENTER',
  IKKE_HENTET = 'IKKE_HENTET',
  IKKE_TILGANG = 'IKKE_TILGANG',
  SUKSESS = 'SUKSESS',
}

export type Ressurs<T> =
  | {
      status: RessursStatus.IKKE_HENTET
    }
  | {
      status: RessursStatus.HENTER
    }
  | {
      data: T
      status: RessursStatus.SUKSESS
    }
  | {
      frontendFeilmelding: string
      status: RessursStatus.IKKE_TILGANG
    }
  | {
      frontendFeilmelding: string
      status: RessursStatus.FEILET
    }
  | {
      frontendFeilmelding: string
      status: RessursStatus.FUNKSJONELL_FEIL
    }
