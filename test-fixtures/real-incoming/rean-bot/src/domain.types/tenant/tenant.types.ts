export interface TenantsDomainModel {
    id         ?: string;
    Name        : string;
    Description?: string;
    Code       ?: string;
    Phone      ?: string;
    Email      ?: string;
}
