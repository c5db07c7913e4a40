/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskKayangClientConfig = {
    /**
     * Endpoint
     */
    endpoint: string;
    /**
     * Account
     */
    account: string;
    /**
     * Password
     */
    password: string;
};
