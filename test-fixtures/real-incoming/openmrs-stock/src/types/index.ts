export interface DashboardConfig {
  name: string;
  slot: string;
  title: string;
}
