export type PublicFormAuthRedirectDto = { redirectURL: string }

export type PublicFormAuthLogoutDto = { message: string }
