/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type Cas1ExternalPremisesDto = {
    addressLine1: string;
    addressLine2?: string;
    endDate?: string;
    postcode: string;
    startDate?: string;
    town?: string;
};

