export type SourceVersion = {
    id: string;
    number: number;
};
