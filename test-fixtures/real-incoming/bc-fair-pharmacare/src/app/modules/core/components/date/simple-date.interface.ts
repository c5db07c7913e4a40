/**
 * Interface compatible with FPCareDate component
 */
export interface SimpleDate {
  day: number;
  month: number;
  year: number;
}
