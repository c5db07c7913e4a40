export class CreateLawDto {
    name: string;
    type: string;
}
