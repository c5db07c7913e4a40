/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SyncTaskProvisioningScope = {
    /**
     * 是否同步所选组织机构下的所有用户和部门
     */
    all: boolean;
    /**
     * 是否包含新增的用户
     */
    includeNewUsers: boolean;
};
