export class RPT_GOVT_InpatientOutcomeModel {
    public AgeRange: string = null;
    public MalePatients: number = null;
    public FemalePatients: number = null;
    public D1MalePatients: number = null;
    public D1FemalePatients: number = null;
    public D2MalePatients: number = null;
    public D2FemalePatients: number = null;
    public D3MalePatients: number = null;
    public D3FemalePatients: number = null;
    public D4MalePatients: number = null;
    public D4FemalePatients: number = null;
    public D5MalePatients: number = null;
    public D5FemalePatients: number = null;
    public D6MalePatients: number = null;
    public D6FemalePatients: number = null;
    public D7MalePatients: number = null;
    public D7FemalePatients: number = null;
}
