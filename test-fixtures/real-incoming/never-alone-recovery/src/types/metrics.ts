export type Metrics = {
  totalEnrollments: number;
  totalDischarges: number;
  totalGraduates: number;
};
