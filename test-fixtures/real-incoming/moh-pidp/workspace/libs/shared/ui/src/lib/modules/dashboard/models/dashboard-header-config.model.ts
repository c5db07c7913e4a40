export type DashboardHeaderTheme = 'dark' | 'light';

export interface DashboardHeaderConfig {
  theme: DashboardHeaderTheme;
  allowMobileToggle: boolean;
}
