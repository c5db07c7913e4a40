/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type ErrorResponse = {
    developerMessage?: string;
    errorCode?: string;
    moreInfo?: string;
    status: number;
    userMessage?: string;
};

