/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
/**
 * details of the cancellation
 */
export type Cas1NewOutOfServiceBedCancellation = {
    notes?: string;
};

