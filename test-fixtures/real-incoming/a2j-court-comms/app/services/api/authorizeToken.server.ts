import { serverConfig } from "~/config/config.server";
import { logApiErrorAndThrow } from "~/utils/logApiError";

export interface AuthorizeTokenResponse {
  access_token: string;
  expires_in: number;
  refresh_expires_in: number;
  refresh_token: string;
  token_type: string;
  "not-before-policy": number;
  session_state: string;
  scope: string;
  issued_token_type: string;
}

const authorizeTokenEndpoint =
  serverConfig().KOMPLA_IDP_OIDC_BRAK_TOKEN_ENDPOINT;
const clientId = `${serverConfig().KOMPLA_IDP_OIDC_CLIENT_ID}`;
const subjectIssuer = `${serverConfig().KOMPLA_IDP_OIDC_BRAK_SUBJECT_ISSUER}`;
const scope = "kompla-api";

/**
 * OAuth 2.0 Token Exchange (RFC 8693)
 *
 * @see: https://www.rfc-editor.org/rfc/rfc8693.html
 *
 * @param idpAccessToken Access token received after successful user login
 */
export async function authorizeToken(
  idpAccessToken: string,
): Promise<AuthorizeTokenResponse> {
  console.log("authorizeToken");

  const params = new URLSearchParams();
  params.append(
    "grant_type",
    "urn:ietf:params:oauth:grant-type:token-exchange",
  );
  params.append(
    "requested_token_type",
    "urn:ietf:params:oauth:token-type:refresh_token",
  );
  params.append("client_id", clientId);
  params.append("subject_issuer", subjectIssuer);
  params.append("scope", scope);
  params.append("subject_token", idpAccessToken);

  const response = await fetch(authorizeTokenEndpoint, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
    },
    body: params.toString(),
  });

  if (!response.ok) {
    await logApiErrorAndThrow(response, "Token exchange failed");
  }

  const result = (await response.json()) as AuthorizeTokenResponse;
  console.log("Received token exchange response from KomPla IdP");

  return result;
}
