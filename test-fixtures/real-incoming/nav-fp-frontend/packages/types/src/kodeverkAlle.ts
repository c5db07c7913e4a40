import type { SkjermlenkeType, VurderÅrsak } from './felles';
import type { foreldrepenger_behandlingslager_geografisk_Region as Region } from './fpsak.gen';
import {
  type AdresseType,
  type AktivitetskravPermisjonType,
  type AktivitetStatus,
  type AnkeOmgjørÅrsak,
  type ArbeidType,
  type Avslagsarsak,
  type BehandlingArsakType,
  type BehandlingResultatType,
  type BehandlingStatus,
  type BehandlingType,
  type FagsakMarkeringType,
  type FagsakStatus,
  type FagsakYtelseType,
  type FaktaOmBeregningTilfelle,
  type FamilieHendelseType,
  type FaresignalVurdering,
  type FordelingPeriodeKilde,
  type ForeldreType,
  type GraderingAvslagÅrsak,
  type HistorikkAktør,
  type InnsynResultatType,
  type Inntektskategori,
  type KlageAvvistÅrsak,
  type KlageHjemmel,
  type KlageMedholdÅrsak,
  type KonsekvensForYtelsen,
  type Landkode,
  type ManuellBehandlingÅrsak,
  type MedlemskapDekningType,
  type MedlemskapManuellVurderingType,
  type MedlemskapType,
  type MorsAktivitet,
  type NaturalYtelseType,
  type OmsorgsovertakelseVilkårType,
  type OppgaveType,
  type OppholdÅrsakType,
  type OppholdstillatelseType,
  type OpptjeningAktivitetType,
  type OverføringÅrsak,
  type PeriodeResultatÅrsak,
  type PermisjonsbeskrivelseType,
  type PersonstatusType,
  type RelasjonsRolleType,
  type RevurderingVarslingÅrsak,
  type SivilstandType,
  type StønadskontoType,
  type UtsettelseÅrsak,
  type UttakArbeidType,
  type UttakPeriodeType,
  type UttakUtsettelseType,
  type VenteArsakType,
  type VergeType,
  type VilkårType,
  type VirksomhetType,
} from './index';
import type { Arbeidskategori } from './interne-typer';

//Mapping mellom KodeverkType og union-types med verdier
type KodeverkEnumMap = {
  AdresseType: AdresseType;
  AktivitetskravPermisjonType: AktivitetskravPermisjonType;
  AktivitetStatus: AktivitetStatus;
  AnkeOmgjørÅrsak: AnkeOmgjørÅrsak;
  Arbeidskategori: Arbeidskategori;
  ArbeidType: ArbeidType;
  BehandlingResultatType: BehandlingResultatType;
  BehandlingStatus: BehandlingStatus;
  BehandlingType: BehandlingType;
  BehandlingÅrsakType: BehandlingArsakType;
  FamilieHendelseType: FamilieHendelseType;
  FaresignalVurdering: FaresignalVurdering;
  FagsakStatus: FagsakStatus;
  FagsakYtelseType: FagsakYtelseType;
  FagsakMarkering: FagsakMarkeringType;
  FaktaOmBeregningTilfelle: FaktaOmBeregningTilfelle;
  FordelingPeriodeKilde: FordelingPeriodeKilde;
  ForeldreType: ForeldreType;
  HistorikkAktør: HistorikkAktør;
  GraderingAvslagÅrsak: GraderingAvslagÅrsak;
  KlageHjemmel: KlageHjemmel;
  KlageAvvistÅrsak: KlageAvvistÅrsak;
  KlageMedholdÅrsak: KlageMedholdÅrsak;
  KonsekvensForYtelsen: KonsekvensForYtelsen;
  Landkoder: Landkode;
  Avslagsårsak: Avslagsarsak;
  ManuellBehandlingÅrsak: ManuellBehandlingÅrsak;
  MedlemskapDekningType: MedlemskapDekningType;
  MedlemskapManuellVurderingType: MedlemskapManuellVurderingType;
  MedlemskapType: MedlemskapType;
  MorsAktivitet: MorsAktivitet;
  NaturalYtelseType: NaturalYtelseType;
  InnsynResultatType: InnsynResultatType;
  OmsorgsovertakelseVilkårType: OmsorgsovertakelseVilkårType;
  OppholdÅrsak: OppholdÅrsakType;
  OppgaveType: OppgaveType;
  OppholdstillatelseType: OppholdstillatelseType;
  OpptjeningAktivitetType: OpptjeningAktivitetType;
  OverføringÅrsak: OverføringÅrsak;
  PermisjonsbeskrivelseType: PermisjonsbeskrivelseType;
  PeriodeResultatÅrsak: PeriodeResultatÅrsak;
  PersonstatusType: PersonstatusType;
  Region: Region;
  RelasjonsRolleType: RelasjonsRolleType;
  RevurderingVarslingÅrsak: RevurderingVarslingÅrsak;
  SivilstandType: SivilstandType;
  SkjermlenkeType: SkjermlenkeType;
  StønadskontoType: StønadskontoType;
  UtsettelseÅrsak: UtsettelseÅrsak;
  UttakArbeidType: UttakArbeidType;
  UttakPeriodeType: UttakPeriodeType;
  UttakUtsettelseType: UttakUtsettelseType;
  Venteårsak: VenteArsakType;
  VergeType: VergeType;
  VilkårType: VilkårType;
  VirksomhetType: VirksomhetType;
  VurderÅrsak: VurderÅrsak;
  Inntektskategori: Inntektskategori;
};

export type KodeverkType = keyof KodeverkEnumMap;

export type AlleKodeverk = {
  [K in KodeverkType]: KodeverkMedNavn<K extends KodeverkType ? K : unknown>[];
};

type EnumOrUnknown<T extends KodeverkType> = T extends keyof KodeverkEnumMap ? KodeverkEnumMap[T] : unknown;

export type KodeverkMedNavn<T extends KodeverkType> = Readonly<{
  kode: EnumOrUnknown<T>;
  navn: string;
}>;
