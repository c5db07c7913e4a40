export type SignInResponse = { redirect: string } | undefined;
