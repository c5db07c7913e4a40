export default interface SelectOption {
    value: string | number | null;
    title: string;
    disabled?: boolean;
}
