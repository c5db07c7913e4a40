
export interface StepElementProps {
    text?: string;
    textAlign?: any;
    color?: string;
    fontSize?: string;
    fontWeight?: string;
}

export interface IconElementProps {
    srcUrl?: string
}