export interface SidebarItem {
  title: string;
  path: string;
  Icon: JSX.Element;
}
