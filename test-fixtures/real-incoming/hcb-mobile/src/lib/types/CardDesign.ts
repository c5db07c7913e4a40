export default interface CardDesign {
  id: string;
  name: string;
  color: string;
  status: string;
  unlisted: boolean;
  common: boolean;
  logo_url: string;
}
