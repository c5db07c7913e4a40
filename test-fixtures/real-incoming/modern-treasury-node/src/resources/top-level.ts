// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

export interface PingResponse {
  ping: string;
}

export declare namespace TopLevel {
  export { type PingResponse as PingResponse };
}
