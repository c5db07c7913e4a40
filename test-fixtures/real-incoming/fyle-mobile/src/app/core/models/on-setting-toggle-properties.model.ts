export interface OnSettingToggleProperties {
  userSetting: string;
  action: string;
}
