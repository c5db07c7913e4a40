/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
export type AttachmentHeader = {
    /**
     * The name of the header
     */
    name: string;
    /**
     * The value of the header
     */
    value: string;
};

