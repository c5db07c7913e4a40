export class HTTPError extends Error {
    status: number;
}
