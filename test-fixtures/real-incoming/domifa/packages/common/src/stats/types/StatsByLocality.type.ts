export type StatsByLocality = Array<{
  region: string; // Region = région ou département selon le contexte
  count: number;
}>;
