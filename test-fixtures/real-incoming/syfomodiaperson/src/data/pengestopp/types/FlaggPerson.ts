export interface Arbeidsgiver {
  navn: string;
  orgnummer: string;
}

export interface Periode {
  tom: Date;
}

export interface Sykmelding {
  arbeidsgiver: string;
  orgnummer: string;
  pasient: {
    fnr: string;
  };
  mulighetForArbeid: {
    perioder: Periode[];
  };
  status: string;
}

export interface SykmeldtFnr {
  value: string;
}

export interface VirksomhetNr {
  value: string;
}

export interface VeilederIdent {
  value: string;
}

export interface EnhetNr {
  value: string;
}

export enum ValidSykepengestoppArsakType {
  MEDISINSK_VILKAR = "MEDISINSK_VILKAR",
  AKTIVITETSKRAV = "AKTIVITETSKRAV",
  MANGLENDE_MEDVIRKING = "MANGLENDE_MEDVIRKING",
}

export type SykepengestoppArsakType = ValidSykepengestoppArsakType;

export const validSykepengestoppArsakTekster: Record<
  ValidSykepengestoppArsakType,
  string
> = {
  [ValidSykepengestoppArsakType.MEDISINSK_VILKAR]:
    "Medisinsk vilkår (§ 8-4 første ledd)",
  [ValidSykepengestoppArsakType.MANGLENDE_MEDVIRKING]:
    "Manglende medvirkning (§ 8-8 første ledd)",
  [ValidSykepengestoppArsakType.AKTIVITETSKRAV]:
    "Aktivitetskravet (§ 8-8 andre ledd)",
};

export const sykepengestoppArsakTekster: Record<
  SykepengestoppArsakType,
  string
> = {
  ...validSykepengestoppArsakTekster,
};

export interface SykepengestoppArsak {
  type: SykepengestoppArsakType;
}

export interface StoppAutomatikk {
  sykmeldtFnr: SykmeldtFnr;
  arsakList: SykepengestoppArsak[];
  virksomhetNr: VirksomhetNr[];
  enhetNr: EnhetNr;
}

export enum Status {
  NORMAL = "NORMAL",
  STOPP_AUTOMATIKK = "STOPP_AUTOMATIKK",
}

export interface Sykepengestopp {
  veilederIdent: VeilederIdent;
  sykmeldtFnr: SykmeldtFnr;
  arsakList: SykepengestoppArsak[];
  status: Status;
  virksomhetNr: VirksomhetNr | undefined;
  opprettet: string;
  enhetNr: EnhetNr | undefined;
}
