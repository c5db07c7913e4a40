export type StatsByMonth = Array<{
  name: string;
  value: number;
}>;
