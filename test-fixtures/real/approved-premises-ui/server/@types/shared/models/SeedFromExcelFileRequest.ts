/* generated using openapi-typescript-codegen -- do not edit */
/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */
import type { SeedFromExcelFileType } from './SeedFromExcelFileType';
export type SeedFromExcelFileRequest = {
    /**
     * File within the pre-configured seed directory
     */
    fileName: string;
    seedType: SeedFromExcelFileType;
};

