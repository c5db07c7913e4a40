export type CommonHeaderProps = {
  headerAriaLabel: string;
  dfPrefix?: string;
  navMenuLabel: string;
  menuItems?: React.ReactNode[];
  children: React.ReactNode;
  homeLink: string;
  homeLinkTitle: string;
};
