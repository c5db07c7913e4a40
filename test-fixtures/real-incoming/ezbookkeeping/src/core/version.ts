export interface VersionInfo {
    readonly version: string;
    readonly commitHash: string;
    readonly buildTime?: string;
}
