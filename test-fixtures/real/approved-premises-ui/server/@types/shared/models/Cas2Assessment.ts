/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { Cas2StatusUpdate } from './Cas2StatusUpdate';
export type Cas2Assessment = {
    assessorName?: string;
    id: string;
    nacroReferralId?: string;
    statusUpdates?: Array<Cas2StatusUpdate>;
};

