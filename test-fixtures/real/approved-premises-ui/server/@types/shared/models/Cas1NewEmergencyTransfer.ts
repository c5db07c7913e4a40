/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type Cas1NewEmergencyTransfer = {
    /**
     * The expected arrival date for the new space booking. The existing space booking will be updated to end on this date
     */
    arrivalDate: string;
    /**
     * The expected departure date for the new space booking
     */
    departureDate: string;
    destinationPremisesId: string;
};

