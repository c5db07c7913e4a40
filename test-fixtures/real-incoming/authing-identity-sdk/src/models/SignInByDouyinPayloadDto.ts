/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type SignInByDouyinPayloadDto = {
    /**
     * 抖音移动端社会化登录获取到的授权码 `code`
     */
    code: string;
};
