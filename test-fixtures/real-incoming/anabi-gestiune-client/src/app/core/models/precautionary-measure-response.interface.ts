export interface PrecautionaryMeasureResponse {
  id: number;
  measureType: number;
  name: string;
}
