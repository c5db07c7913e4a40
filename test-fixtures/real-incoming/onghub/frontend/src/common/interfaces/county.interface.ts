export interface County {
  id: number;
  name: string;
  abbreviation: string;
}
