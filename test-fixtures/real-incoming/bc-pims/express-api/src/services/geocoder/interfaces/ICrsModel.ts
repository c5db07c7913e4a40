export interface ICrsModel {
  type: string;
  properties: { [key: string]: unknown };
}
