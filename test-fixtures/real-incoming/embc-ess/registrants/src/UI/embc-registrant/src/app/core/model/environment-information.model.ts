export interface EnvironmentInformation {
  envName?: null | string;
  bannerTitle?: null | string;
  bannerSubTitle?: null | string;
  bannerColor?: null | string;
}
