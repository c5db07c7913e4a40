/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type Cas1ApprovedPlacementAppeal = {
    occurredAt: string;
    placementAppealChangeRequestId: string;
    reasonNotes?: string;
};

