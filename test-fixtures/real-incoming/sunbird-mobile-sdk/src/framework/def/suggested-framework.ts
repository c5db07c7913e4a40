export interface SuggestedFramework {
    identifier: string;
    name: string;
    code: string;
    objectType: string;
}
