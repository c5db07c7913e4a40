/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserPoolPublicConfigDto = {
    /**
     * 用户池名称
     */
    name?: string;
    /**
     * logo
     */
    logo?: string;
    /**
     * 用户池描述
     */
    description?: string;
};
