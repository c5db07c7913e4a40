export interface IconProps {
    opacity?: number;
    width?: string;
    color?: string;
}
