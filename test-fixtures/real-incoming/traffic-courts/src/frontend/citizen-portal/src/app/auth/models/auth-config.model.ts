import { OpenIdConfiguration } from "angular-auth-oidc-client";

export class AuthConfig {
  config: OpenIdConfiguration;
  authWellKnownDocument: any;
}