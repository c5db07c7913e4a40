export class CreateWorkNormPeriodDto {
    id: number;
    workNormId: number;
    day: number;
    hours: number;
}
