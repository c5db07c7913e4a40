export interface CountyResponse {
  id: number;
  name: string;
  abreviation: string;
}
