export interface TextInputInterface {
    prepend: boolean;
    prependValue: string;
    customKeyboard: Array<any>;
}