/* eslint-disable camelcase */
export interface IComplaint {
    address: string;
    created_at: Date;
    type: string;
}
