/* istanbul ignore file */
/* tslint:disable */
/* eslint-disable */

export type PolicyInviteJoinedOptionsDto = {
    /**
     * 用于注册时补全用户信息的短信验证码
     */
    phonePassCodeForInformationCompletion?: string;
    /**
     * 用于注册时补全用户信息的邮箱验证码
     */
    emailPassCodeForInformationCompletion?: string;
};
