/**
 * Interface for the data collected in the online application form.
 *
 * @interface OnlineBewerbungData
 */
export default interface OnlineBewerbungData {
  vorname: string;
  nachname: string;
  geburtsdatum: string;
  beruf: string;
  telefonnummer: string;
  mail: string;
  dateiVerfassungstreue: File | null;
}
