/* eslint-disable camelcase */
export type ComplaintData = {
    address: string;
    created_at: string | Date;
}
