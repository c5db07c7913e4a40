export interface TenantInfo {
    title?: string;
    logo?: string;
    poster?: string;
    favicon?: string;
    appLogo?: string;
}
