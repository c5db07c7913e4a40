export interface BaseUrls {
    norg2Frontend: string;
    drek: string;
    personforvalter: string;
}
