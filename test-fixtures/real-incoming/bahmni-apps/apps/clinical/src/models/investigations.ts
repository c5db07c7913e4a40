export interface FlattenedInvestigations {
  code: string;
  display: string;
  category: string;
  categoryCode: string;
  disabled?: boolean;
}
