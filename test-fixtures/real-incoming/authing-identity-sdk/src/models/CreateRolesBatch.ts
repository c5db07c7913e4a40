/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

import type { RoleListItem } from './RoleListItem';

export type CreateRolesBatch = {
    /**
     * 角色列表
     */
    list: Array<RoleListItem>;
};
