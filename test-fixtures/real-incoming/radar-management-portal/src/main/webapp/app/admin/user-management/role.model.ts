export interface Role {
    id?: number;
    authorityName?: string;
    projectId?: number;
    projectName?: string;
    organizationId?: number;
    organizationName?: string;
}
