export default interface KonfigurationFormData {
  aktiv: boolean;
  ehrenamtjustizart: string;
  bezeichnung: string;
  amtsperiodevon: string;
  amtsperiodebis: string;
  altervon: number;
  alterbis: number;
  staatsangehoerigkeit: string;
  wohnsitz: string;
  action: string;
  vorlageBestaetigungverfassungstreue_file: File | File[] | undefined;
}
