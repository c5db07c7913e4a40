export type SoftwareVersion = {
    name: string | null;
    version: string | null;
    os: string | null;
};
