export interface ReasonForTest {
    concept_id: number | null;
    name:       null | string;
}