export interface IRoute {
  id: number;
  name: string;
  href: string;
  icon: JSX.Element;
}
