/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { Cas1TimelineEventUrlType } from './Cas1TimelineEventUrlType';
export type Cas1TimelineEventAssociatedUrl = {
    type: Cas1TimelineEventUrlType;
    url: string;
};

