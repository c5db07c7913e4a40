export class BeneficiaryInfo
{
    beneficiaryId: number;
    name: string;
    city: string;
    county: string;
    assistantName: string;
    age: number;
    registrationDate: string;
    userId: number;
    // isSelected: boolean;
}