export interface DashboardExtension {
  id: string;
  order: number;
  label: string;
  type: string;
  url: string;
  icon: string;
}
