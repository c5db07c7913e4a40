export interface SelectItem {
    name: string;
    // value: string,
    selected: boolean;
}
