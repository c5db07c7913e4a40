export type SettingsPlatformDef = {
  initSettingsSync: () => void
}
