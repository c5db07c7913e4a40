/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type NamedId = {
    code?: string;
    id: string;
    name: string;
};

