export interface LocDetailModal {
  locCode: string;
  langCode: string;
  locName: string;
}
