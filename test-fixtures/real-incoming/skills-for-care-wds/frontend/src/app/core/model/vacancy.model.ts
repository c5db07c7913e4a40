export interface Vacancy {
  jobId: number;
  total: number;
}
