export interface PageTitleItem {
  title: string;
  imgUrl: string;
  info?: boolean;
  infoMsg?: string;
}
