/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { ApplicationOrigin } from './ApplicationOrigin';
export type NewApplication = {
    applicationOrigin?: ApplicationOrigin;
    convictionId?: number;
    crn: string;
    deliusEventNumber?: string;
    offenceId?: string;
};

