export type AnchorItem = {
    key: string;
    href: string;
    title: string;
    children?: AnchorItem[];
};
