export class BaseAnswer {
    idOption: number;
    text: string;
    isFreeText: boolean;
    isSelected: boolean;
    value: string;
}
