export default interface EWOBuergerSuche {
  familienname: string;
  vorname: string;
  geburtsdatum: string;
  validierungdeaktivieren: boolean;
}
