/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type PrisonCaseNote = {
    authorName: string;
    createdAt: string;
    id: string;
    note: string;
    occurredAt: string;
    sensitive: boolean;
    subType: string;
    type: string;
};

