/* eslint-disable camelcase */
export type BounceData = {
    address: string;
    code: number;
    error: string;
    created_at: string | Date;
}
