type Term = {
    source: string;
    title: string;
    name: string;
    value: string;
    operator?: string;
    partial?: boolean;
};

export type { Term };
