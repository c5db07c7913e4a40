/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type UserTenantListDto = {
    /**
     * 租户 ID
     */
    tenantId: string;
    /**
     * 租户名称
     */
    tenantName: string;
    /**
     * 加入租户的时间
     */
    joinAt: string;
};
