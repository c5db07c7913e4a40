/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

/**
 * 在身份源详情页获取应用的连接情况
 */
export type ExtIdpConnAppsDto = {
    /**
     * 身份源 ID
     */
    id?: any;
    /**
     * 租户 ID
     */
    tenantId?: any;
    /**
     * 应用 ID
     */
    appId?: any;
    /**
     * 身份源类型
     */
    type?: any;
};
