export interface MoreInfoLink {
  langCode: string;
  langName: string;
  url: string;
}
