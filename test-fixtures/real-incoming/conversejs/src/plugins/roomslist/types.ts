export type RoomsListAttrs = {
    id?: string;
    muc_domain: string;
    toggle_state: 'opened' | 'closed';
    collapsed_domains: string[];
}
