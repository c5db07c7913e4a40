/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { DocumentLevel } from './DocumentLevel';
export type Document = {
    createdAt: string;
    description?: string;
    fileName: string;
    id: string;
    level: DocumentLevel;
    typeCode: string;
    typeDescription: string;
};

