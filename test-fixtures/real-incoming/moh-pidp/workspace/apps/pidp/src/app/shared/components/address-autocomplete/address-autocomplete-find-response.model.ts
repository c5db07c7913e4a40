export interface AddressAutocompleteFindResponse {
  id: string;
  text: string;
  highlight: string;
  cursor: number;
  description: string;
  next: string;
}
