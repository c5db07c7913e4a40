export interface ErrorStack {
    appver: string;
    pageid: string;
    ts: number;
    log: string;
}
