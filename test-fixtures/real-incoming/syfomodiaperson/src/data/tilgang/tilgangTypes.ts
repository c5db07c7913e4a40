export interface Tilgang {
  readonly erGodkjent: boolean;
  readonly erAvslatt: boolean;
  readonly legacyTilgang: boolean;
  readonly fullTilgang: boolean;
  readonly finnfastlegeTilgang: boolean;
}
