export interface AppConfig {
    maxCompatibilityLevel: number;
    minCompatibilityLevel: number;
    deepLinkBasePath?: string;
    buildConfigPackage?: string;
}
