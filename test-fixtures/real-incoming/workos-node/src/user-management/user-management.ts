import { sealData, unsealData } from '../common/crypto/seal';
import { fetchAndDeserialize } from '../common/utils/fetch-and-deserialize';
import { AutoPaginatable } from '../common/utils/pagination';
import { getEnv } from '../common/utils/env';
import { toQueryString } from '../common/utils/query-string';
import { WorkOS } from '../workos';
import {
  AuthenticateWithCodeAndVerifierOptions,
  AuthenticateWithCodeOptions,
  AuthenticateWithMagicAuthOptions,
  AuthenticateWithPasswordOptions,
  AuthenticateWithRefreshTokenOptions,
  AuthenticateWithSessionOptions,
  AuthenticateWithTotpOptions,
  AuthenticationResponse,
  AuthenticationResponseResponse,
  CreateMagicAuthOptions,
  CreateMagicAuthResponse,
  CreateMagicAuthResponseResponse,
  CreatePasswordResetOptions,
  CreateUserApiKeyOptions,
  CreateUserApiKeyRequestOptions,
  CreateUserOptions,
  CreateUserResponse,
  CreateUserResponseResponse,
  EmailVerification,
  EmailVerificationResponse,
  ListSessionsOptions,
  ListUserApiKeysOptions,
  SerializedListUserApiKeysOptions,
  ListUsersOptions,
  LogoutURLOptions,
  MagicAuth,
  MagicAuthResponse,
  PasswordReset,
  PasswordResetResponse,
  ResetPasswordOptions,
  SendVerificationEmailOptions,
  SerializedAuthenticateWithCodeAndVerifierOptions,
  SerializedAuthenticateWithCodeOptions,
  SerializedAuthenticateWithMagicAuthOptions,
  SerializedAuthenticateWithPasswordOptions,
  SerializedAuthenticateWithRefreshTokenOptions,
  SerializedAuthenticateWithRefreshTokenPublicClientOptions,
  SerializedAuthenticateWithTotpOptions,
  SerializedCreateMagicAuthOptions,
  SerializedCreatePasswordResetOptions,
  SerializedCreateUserOptions,
  SerializedListSessionsOptions,
  SerializedListUsersOptions,
  SerializedResetPasswordOptions,
  SerializedVerifyEmailOptions,
  Session,
  SessionResponse,
  UpdateUserOptions,
  User,
  UserApiKey,
  UserApiKeyWithValue,
  UserResponse,
  VerifyEmailOptions,
  SerializedUserApiKey,
  SerializedUserApiKeyWithValue,
} from './interfaces';
import {
  AuthenticateWithEmailVerificationOptions,
  SerializedAuthenticateWithEmailVerificationOptions,
} from './interfaces/authenticate-with-email-verification-options.interface';
import {
  AuthenticateWithOrganizationSelectionOptions,
  SerializedAuthenticateWithOrganizationSelectionOptions,
} from './interfaces/authenticate-with-organization-selection.interface';
import {
  AuthenticateWithRadarEmailChallengeOptions,
  SerializedAuthenticateWithRadarEmailChallengeOptions,
} from './interfaces/authenticate-with-radar-email-challenge-options.interface';
import {
  AuthenticateWithRadarSmsChallengeOptions,
  SerializedAuthenticateWithRadarSmsChallengeOptions,
} from './interfaces/authenticate-with-radar-sms-challenge-options.interface';
import {
  SendRadarSmsChallengeOptions,
  SendRadarSmsChallengeResponse,
  SendRadarSmsChallengeResponseResponse,
  SerializedSendRadarSmsChallengeOptions,
} from './interfaces/send-radar-sms-challenge-options.interface';
import {
  UserManagementAccessToken,
  AuthenticateWithSessionCookieFailedResponse,
  AuthenticateWithSessionCookieFailureReason,
  AuthenticateWithSessionCookieOptions,
  AuthenticateWithSessionCookieSuccessResponse,
  SessionCookieData,
} from './interfaces/authenticate-with-session-cookie.interface';
import {
  PKCEAuthorizationURLResult,
  UserManagementAuthorizationURLOptions,
} from './interfaces/authorization-url-options.interface';
import {
  CreateOrganizationMembershipOptions,
  SerializedCreateOrganizationMembershipOptions,
} from './interfaces/create-organization-membership-options.interface';
import { Identity } from './interfaces/identity.interface';
import { RawIdentityResponse } from './interfaces/identity-response.interface';
import {
  Invitation,
  InvitationResponse,
} from './interfaces/invitation.interface';
import {
  ListInvitationsOptions,
  SerializedListInvitationsOptions,
} from './interfaces/list-invitations-options.interface';
import { ListGroupsForOrganizationMembershipOptions } from './interfaces/list-groups-for-organization-membership-options.interface';
import {
  ListOrganizationMembershipsOptions,
  SerializedListOrganizationMembershipsOptions,
} from './interfaces/list-organization-memberships-options.interface';
import {
  OrganizationMembership,
  OrganizationMembershipResponse,
} from './interfaces/organization-membership.interface';
import {
  RevokeSessionOptions,
  SerializedRevokeSessionOptions,
  serializeRevokeSessionOptions,
} from './interfaces/revoke-session-options.interface';
import {
  ResendInvitationOptions,
  SerializedResendInvitationOptions,
} from './interfaces/resend-invitation-options.interface';
import {
  SendInvitationOptions,
  SerializedSendInvitationOptions,
} from './interfaces/send-invitation-options.interface';
import { SessionHandlerOptions } from './interfaces/session-handler-options.interface';
import {
  SerializedUpdateOrganizationMembershipOptions,
  UpdateOrganizationMembershipOptions,
} from './interfaces/update-organization-membership-options.interface';
import {
  deserializeAuthenticationResponse,
  deserializeEmailVerification,
  deserializeMagicAuth,
  deserializePasswordReset,
  deserializeSession,
  deserializeUser,
  serializeAuthenticateWithCodeAndVerifierOptions,
  serializeAuthenticateWithCodeOptions,
  serializeAuthenticateWithMagicAuthOptions,
  serializeAuthenticateWithPasswordOptions,
  serializeAuthenticateWithRefreshTokenOptions,
  serializeAuthenticateWithRefreshTokenPublicClientOptions,
  serializeAuthenticateWithTotpOptions,
  serializeCreateMagicAuthOptions,
  serializeCreatePasswordResetOptions,
  serializeCreateUserApiKeyOptions,
  serializeCreateUserOptions,
  serializeListSessionsOptions,
  serializeListUserApiKeysOptions,
  serializeResetPasswordOptions,
  serializeUpdateUserOptions,
  deserializeUserApiKey,
  deserializeUserApiKeyWithValue,
} from './serializers';
import { serializeAuthenticateWithEmailVerificationOptions } from './serializers/authenticate-with-email-verification.serializer';
import { serializeAuthenticateWithOrganizationSelectionOptions } from './serializers/authenticate-with-organization-selection-options.serializer';
import { serializeAuthenticateWithRadarEmailChallengeOptions } from './serializers/authenticate-with-radar-email-challenge-options.serializer';
import { serializeAuthenticateWithRadarSmsChallengeOptions } from './serializers/authenticate-with-radar-sms-challenge-options.serializer';
import { serializeSendRadarSmsChallengeOptions } from './serializers/send-radar-sms-challenge-options.serializer';
import { serializeCreateOrganizationMembershipOptions } from './serializers/create-organization-membership-options.serializer';
import { deserializeIdentities } from './serializers/identity.serializer';
import { deserializeInvitation } from './serializers/invitation.serializer';
import { serializeListInvitationsOptions } from './serializers/list-invitations-options.serializer';
import { serializeListOrganizationMembershipsOptions } from './serializers/list-organization-memberships-options.serializer';
import { serializeListUsersOptions } from './serializers/list-users-options.serializer';
import { serializeResendInvitationOptions } from './serializers/resend-invitation-options.serializer';
import { deserializeOrganizationMembership } from './serializers/organization-membership.serializer';
import { serializeSendInvitationOptions } from './serializers/send-invitation-options.serializer';
import { serializeUpdateOrganizationMembershipOptions } from './serializers/update-organization-membership-options.serializer';
import { CookieSession } from './session';
import { getJose } from '../utils/jose';
import { Group, GroupResponse } from '../groups/interfaces';
import { deserializeGroup } from '../groups/serializers';

export class UserManagement {
  // @oagen-ignore-start
  private _jwks:
    ReturnType<typeof import('jose').createRemoteJWKSet> | undefined;
  public clientId: string | undefined;

  constructor(private readonly workos: WorkOS) {
    const { clientId } = workos.options;

    this.clientId = clientId;
  }

  /**
   * Resolve clientId from method options or fall back to constructor-provided value.
   * @throws TypeError if clientId is not available from either source
   */
  private resolveClientId(clientId?: string): string {
    const resolved = clientId ?? this.clientId;
    if (!resolved) {
      throw new TypeError(
        'clientId is required. Provide it in method options or when initializing WorkOS.',
      );
    }
    return resolved;
  }
  // @oagen-ignore-end

  // @oagen-ignore-start
  async getJWKS(): Promise<
    ReturnType<typeof import('jose').createRemoteJWKSet> | undefined
  > {
    const { createRemoteJWKSet } = await getJose();
    if (!this.clientId) {
      return;
    }

    // Set the JWKS URL. This is used to verify if the JWT is still valid
    this._jwks ??= createRemoteJWKSet(new URL(this.getJwksUrl(this.clientId)), {
      cooldownDuration: 1000 * 60 * 5,
    });

    return this._jwks;
  }
  // @oagen-ignore-end

  // @oagen-ignore-start
  /**
   * Loads a sealed session using the provided session data and cookie password.
   *
   * @param options - The options for loading the sealed session.
   * @param options.sessionData - The sealed session data.
   * @param options.cookiePassword - The password used to encrypt the session data.
   * @returns The session class.
   */
  loadSealedSession(options: {
    sessionData: string;
    cookiePassword: string;
  }): CookieSession {
    return new CookieSession(this, options.sessionData, options.cookiePassword);
  }
  // @oagen-ignore-end

  /**
   * Get a user
   *
   * Get the details of an existing user.
   * @param userId - The unique ID of the user.
   * @returns {Promise<User>}
   * @throws {NotFoundException} 404
   */
  async getUser(userId: string): Promise<User> {
    const { data } = await this.workos.get<UserResponse>(
      `/user_management/users/${userId}`,
    );

    return deserializeUser(data);
  }

  /**
   * Get a user by external ID
   *
   * Get the details of an existing user by an [external identifier](https://workos.com/docs/authkit/metadata/external-identifiers).
   * @param externalId - The external ID of the user.
   *
   * @example
   * "f1ffa2b2-c20b-4d39-be5c-212726e11222"
   *
   * @returns {Promise<User>}
   * @throws {NotFoundException} 404
   */
  async getUserByExternalId(externalId: string): Promise<User> {
    const { data } = await this.workos.get<UserResponse>(
      `/user_management/users/external_id/${externalId}`,
    );

    return deserializeUser(data);
  }

  /**
   * List users
   *
   * Get a list of all of your existing users matching the criteria specified.
   * @param options - Pagination and filter options.
   * @returns {Promise<AutoPaginatable<User, SerializedListUsersOptions>>}
   * @throws {UnprocessableEntityException} 422
   */
  async listUsers(
    options?: ListUsersOptions,
  ): Promise<AutoPaginatable<User, SerializedListUsersOptions>> {
    return new AutoPaginatable(
      await fetchAndDeserialize<UserResponse, User>(
        this.workos,
        '/user_management/users',
        deserializeUser,
        options ? serializeListUsersOptions(options) : undefined,
      ),
      (params) =>
        fetchAndDeserialize<UserResponse, User>(
          this.workos,
          '/user_management/users',
          deserializeUser,
          params,
        ),
      options ? serializeListUsersOptions(options) : undefined,
    );
  }

  /**
   * Create a user
   *
   * Create a new user in the current environment.
   * @param payload - Object containing email.
   * @returns {Promise<CreateUserResponse>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async createUser(payload: CreateUserOptions): Promise<CreateUserResponse> {
    const { data } = await this.workos.post<
      CreateUserResponseResponse,
      SerializedCreateUserOptions
    >('/user_management/users', serializeCreateUserOptions(payload));

    const { radar_auth_attempt_id, ...userResponse } = data;
    return {
      ...deserializeUser(userResponse),
      ...(radar_auth_attempt_id
        ? { radarAuthAttemptId: radar_auth_attempt_id }
        : undefined),
    };
  }

  /** Authenticate with magic auth. */
  async authenticateWithMagicAuth(
    payload: AuthenticateWithMagicAuthOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithMagicAuthOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithMagicAuthOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /** Authenticate with password. */
  async authenticateWithPassword(
    payload: AuthenticateWithPasswordOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithPasswordOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithPasswordOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /**
   * Exchange an authorization code for tokens.
   *
   * Auto-detects public vs confidential client mode:
   * - If codeVerifier is provided: Uses PKCE flow (public client)
   * - If no codeVerifier: Uses client_secret from API key (confidential client)
   * - If both: Uses both client_secret AND codeVerifier (confidential client with PKCE)
   *
   * Using PKCE with confidential clients is recommended by OAuth 2.1 for defense
   * in depth and provides additional CSRF protection on the authorization flow.
   *
   * @throws Error if neither codeVerifier nor API key is available
   */
  async authenticateWithCode(
    payload: AuthenticateWithCodeOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, codeVerifier, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    // Validate codeVerifier is not an empty string (common mistake)
    if (codeVerifier !== undefined && codeVerifier.trim() === '') {
      throw new TypeError(
        'codeVerifier cannot be an empty string. ' +
          'Generate a valid PKCE pair using workos.pkce.generate().',
      );
    }

    const hasApiKey = !!this.workos.key;
    const hasPKCE = !!codeVerifier;

    if (!hasPKCE && !hasApiKey) {
      throw new TypeError(
        'authenticateWithCode requires either a codeVerifier (for public clients) ' +
          'or an API key configured on the WorkOS instance (for confidential clients).',
      );
    }

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithCodeOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithCodeOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        codeVerifier,
        clientSecret: hasApiKey ? this.workos.key : undefined,
      }),
      { skipApiKeyCheck: !hasApiKey },
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  // @oagen-ignore-start
  /**
   * Exchange an authorization code for tokens using PKCE (public client flow).
   * Use this instead of authenticateWithCode() when the client cannot securely
   * store a client_secret (browser, mobile, CLI, desktop apps).
   *
   * @param payload.clientId - Your WorkOS client ID
   * @param payload.code - The authorization code from the OAuth callback
   * @param payload.codeVerifier - The PKCE code verifier used to generate the code challenge
   */
  async authenticateWithCodeAndVerifier(
    payload: AuthenticateWithCodeAndVerifierOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithCodeAndVerifierOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithCodeAndVerifierOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
      }),
      { skipApiKeyCheck: true },
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }
  // @oagen-ignore-end

  /**
   * Refresh an access token using a refresh token.
   * Automatically detects public client mode - if no API key is configured,
   * omits client_secret from the request.
   */
  async authenticateWithRefreshToken(
    payload: AuthenticateWithRefreshTokenOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);
    const isPublicClient = !this.workos.key;

    const body = isPublicClient
      ? serializeAuthenticateWithRefreshTokenPublicClientOptions({
          ...remainingPayload,
          clientId: resolvedClientId,
        })
      : serializeAuthenticateWithRefreshTokenOptions({
          ...remainingPayload,
          clientId: resolvedClientId,
          clientSecret: this.workos.key,
        });

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      | SerializedAuthenticateWithRefreshTokenOptions
      | SerializedAuthenticateWithRefreshTokenPublicClientOptions
    >('/user_management/authenticate', body, {
      skipApiKeyCheck: isPublicClient,
    });

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /** Authenticate with totp. */
  async authenticateWithTotp(
    payload: AuthenticateWithTotpOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithTotpOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithTotpOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /** Authenticate with email verification. */
  async authenticateWithEmailVerification(
    payload: AuthenticateWithEmailVerificationOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithEmailVerificationOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithEmailVerificationOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /** Authenticate with organization selection. */
  async authenticateWithOrganizationSelection(
    payload: AuthenticateWithOrganizationSelectionOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithOrganizationSelectionOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithOrganizationSelectionOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  // @oagen-ignore-start
  /** Send a Radar SMS challenge. */
  async sendRadarSmsChallenge(
    payload: SendRadarSmsChallengeOptions,
  ): Promise<SendRadarSmsChallengeResponse> {
    const { data } = await this.workos.post<
      SendRadarSmsChallengeResponseResponse,
      SerializedSendRadarSmsChallengeOptions
    >(
      '/user_management/radar_challenges',
      serializeSendRadarSmsChallengeOptions(payload),
    );

    return {
      verificationId: data.verification_id,
      phoneNumber: data.phone_number,
    };
  }

  /** Authenticate with Radar SMS challenge. */
  async authenticateWithRadarSmsChallenge(
    payload: AuthenticateWithRadarSmsChallengeOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithRadarSmsChallengeOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithRadarSmsChallengeOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }

  /** Authenticate with Radar email challenge. */
  async authenticateWithRadarEmailChallenge(
    payload: AuthenticateWithRadarEmailChallengeOptions,
  ): Promise<AuthenticationResponse> {
    const { session, clientId, ...remainingPayload } = payload;
    const resolvedClientId = this.resolveClientId(clientId);

    const { data } = await this.workos.post<
      AuthenticationResponseResponse,
      SerializedAuthenticateWithRadarEmailChallengeOptions
    >(
      '/user_management/authenticate',
      serializeAuthenticateWithRadarEmailChallengeOptions({
        ...remainingPayload,
        clientId: resolvedClientId,
        clientSecret: this.workos.key,
      }),
    );

    return this.prepareAuthenticationResponse({
      authenticationResponse: deserializeAuthenticationResponse(data),
      session,
    });
  }
  // @oagen-ignore-end

  // @oagen-ignore-start
  async authenticateWithSessionCookie({
    sessionData,
    cookiePassword = getEnv('WORKOS_COOKIE_PASSWORD'),
  }: AuthenticateWithSessionCookieOptions): Promise<
    | AuthenticateWithSessionCookieSuccessResponse
    | AuthenticateWithSessionCookieFailedResponse
  > {
    if (!cookiePassword) {
      throw new Error('Cookie password is required');
    }

    const jwks = await this.getJWKS();

    if (!jwks) {
      throw new Error('Must provide clientId to initialize JWKS');
    }

    const { decodeJwt } = await getJose();

    if (!sessionData) {
      return {
        authenticated: false,
        reason:
          AuthenticateWithSessionCookieFailureReason.NO_SESSION_COOKIE_PROVIDED,
      };
    }

    const session = await unsealData<SessionCookieData>(sessionData, {
      password: cookiePassword,
    });

    if (!session.accessToken) {
      return {
        authenticated: false,
        reason:
          AuthenticateWithSessionCookieFailureReason.INVALID_SESSION_COOKIE,
      };
    }

    if (!(await this.isValidJwt(session.accessToken))) {
      return {
        authenticated: false,
        reason: AuthenticateWithSessionCookieFailureReason.INVALID_JWT,
      };
    }

    const {
      sid: sessionId,
      org_id: organizationId,
      role,
      roles,
      permissions,
      entitlements,
      feature_flags: featureFlags,
    } = decodeJwt<UserManagementAccessToken>(session.accessToken);

    return {
      authenticated: true,
      sessionId,
      organizationId,
      role,
      roles,
      user: session.user,
      permissions,
      entitlements,
      featureFlags,
      accessToken: session.accessToken,
      authenticationMethod: session.authenticationMethod,
    };
  }

  private async isValidJwt(accessToken: string): Promise<boolean> {
    const jwks = await this.getJWKS();
    const { jwtVerify } = await getJose();
    if (!jwks) {
      throw new Error('Must provide clientId to initialize JWKS');
    }

    try {
      await jwtVerify(accessToken, jwks);
      return true;
    } catch (e) {
      // Only treat as invalid JWT if it's an actual JWT/JWS error from jose
      // Network errors, crypto failures, etc. should propagate
      if (
        e instanceof Error &&
        'code' in e &&
        typeof e.code === 'string' &&
        (e.code.startsWith('ERR_JWT_') || e.code.startsWith('ERR_JWS_'))
      ) {
        return false;
      }
      throw e;
    }
  }

  private async prepareAuthenticationResponse({
    authenticationResponse,
    session,
  }: {
    authenticationResponse: AuthenticationResponse;
    session?: AuthenticateWithSessionOptions;
  }): Promise<AuthenticationResponse> {
    if (session?.sealSession) {
      if (!this.workos.key) {
        throw new Error(
          'Session sealing requires server-side usage with an API key. ' +
            'Public clients should store tokens directly ' +
            '(e.g., secure storage on mobile, keychain on desktop).',
        );
      }

      return {
        ...authenticationResponse,
        sealedSession: await this.sealSessionDataFromAuthenticationResponse({
          authenticationResponse,
          cookiePassword: session.cookiePassword,
        }),
      };
    }

    return authenticationResponse;
  }

  private async sealSessionDataFromAuthenticationResponse({
    authenticationResponse,
    cookiePassword,
  }: {
    authenticationResponse: AuthenticationResponse;
    cookiePassword?: string;
  }): Promise<string> {
    if (!cookiePassword) {
      throw new Error('Cookie password is required');
    }

    const { decodeJwt } = await getJose();

    const { org_id: organizationIdFromAccessToken } =
      decodeJwt<UserManagementAccessToken>(authenticationResponse.accessToken);

    const sessionData: SessionCookieData = {
      organizationId: organizationIdFromAccessToken,
      user: authenticationResponse.user,
      accessToken: authenticationResponse.accessToken,
      refreshToken: authenticationResponse.refreshToken,
      authenticationMethod: authenticationResponse.authenticationMethod,
      impersonator: authenticationResponse.impersonator,
    };

    return sealData(sessionData, {
      password: cookiePassword,
    });
  }

  async getSessionFromCookie({
    sessionData,
    cookiePassword = getEnv('WORKOS_COOKIE_PASSWORD'),
  }: SessionHandlerOptions): Promise<SessionCookieData | undefined> {
    if (!cookiePassword) {
      throw new Error('Cookie password is required');
    }

    if (sessionData) {
      return unsealData<SessionCookieData>(sessionData, {
        password: cookiePassword,
      });
    }

    return undefined;
  }
  // @oagen-ignore-end

  /**
   * Get an email verification code
   *
   * Get the details of an existing email verification code that can be used to send an email to a user for verification.
   * @returns {Promise<EmailVerification>}
   * @throws {NotFoundException} 404
   */
  async getEmailVerification(
    emailVerificationId: string,
  ): Promise<EmailVerification> {
    const { data } = await this.workos.get<EmailVerificationResponse>(
      `/user_management/email_verification/${emailVerificationId}`,
    );

    return deserializeEmailVerification(data);
  }

  /**
   * Send verification email
   *
   * Sends an email that contains a one-time code used to verify a user’s email address.
   * @returns {Promise<{ user: User; }>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {RateLimitExceededException} 429
   */
  async sendVerificationEmail({
    userId,
  }: SendVerificationEmailOptions): Promise<{ user: User }> {
    const { data } = await this.workos.post<{ user: UserResponse }>(
      `/user_management/users/${userId}/email_verification/send`,
      {},
    );

    return { user: deserializeUser(data.user) };
  }

  /**
   * Get Magic Auth code details
   *
   * Get the details of an existing [Magic Auth](https://workos.com/docs/reference/authkit/magic-auth) code that can be used to send an email to a user for authentication.
   * @returns {Promise<MagicAuth>}
   * @throws {NotFoundException} 404
   */
  async getMagicAuth(magicAuthId: string): Promise<MagicAuth> {
    const { data } = await this.workos.get<MagicAuthResponse>(
      `/user_management/magic_auth/${magicAuthId}`,
    );

    return deserializeMagicAuth(data);
  }

  /**
   * Create a Magic Auth code
   *
   * Creates a one-time authentication code that can be sent to the user's email address. The code expires in 10 minutes. To verify the code, [authenticate the user with Magic Auth](https://workos.com/docs/reference/authkit/authentication/magic-auth).
   * @param options - Object containing email.
   * @returns {Promise<CreateMagicAuthResponse>}
   * @throws {BadRequestException} 400
   * @throws {UnprocessableEntityException} 422
   * @throws {RateLimitExceededException} 429
   */
  async createMagicAuth(
    options: CreateMagicAuthOptions,
  ): Promise<CreateMagicAuthResponse> {
    const { data } = await this.workos.post<
      CreateMagicAuthResponseResponse,
      SerializedCreateMagicAuthOptions
    >(
      '/user_management/magic_auth',
      serializeCreateMagicAuthOptions({
        ...options,
      }),
    );

    const { radar_auth_attempt_id, ...magicAuthResponse } = data;
    return {
      ...deserializeMagicAuth(magicAuthResponse),
      ...(radar_auth_attempt_id
        ? { radarAuthAttemptId: radar_auth_attempt_id }
        : undefined),
    };
  }

  /**
   * Verify email
   *
   * Verifies an email address using the one-time code received by the user.
   * @param options - Object containing code.
   * @returns {Promise<{ user: User; }>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async verifyEmail({
    code,
    userId,
  }: VerifyEmailOptions): Promise<{ user: User }> {
    const { data } = await this.workos.post<
      { user: UserResponse },
      SerializedVerifyEmailOptions
    >(`/user_management/users/${userId}/email_verification/confirm`, {
      code,
    });

    return { user: deserializeUser(data.user) };
  }

  /**
   * Get a password reset token
   *
   * Get the details of an existing password reset token that can be used to reset a user's password.
   * @returns {Promise<PasswordReset>}
   * @throws {NotFoundException} 404
   */
  async getPasswordReset(passwordResetId: string): Promise<PasswordReset> {
    const { data } = await this.workos.get<PasswordResetResponse>(
      `/user_management/password_reset/${passwordResetId}`,
    );

    return deserializePasswordReset(data);
  }

  async createPasswordReset(
    options: CreatePasswordResetOptions,
  ): Promise<PasswordReset> {
    const { data } = await this.workos.post<
      PasswordResetResponse,
      SerializedCreatePasswordResetOptions
    >(
      '/user_management/password_reset',
      serializeCreatePasswordResetOptions({
        ...options,
      }),
    );

    return deserializePasswordReset(data);
  }

  /**
   * Reset the password
   *
   * Sets a new password using the `token` query parameter from the link that
   * the user received. Successfully resetting the password will verify a
   * user's email, if it hasn't been verified yet.
   * @param payload - Object containing the reset token and new password.
   * @returns {Promise<{ user: User; }>}
   * @throws 403 response from the API.
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   * @throws {RateLimitExceededException} 429
   */
  async resetPassword(payload: ResetPasswordOptions): Promise<{ user: User }> {
    const { data } = await this.workos.post<
      { user: UserResponse },
      SerializedResetPasswordOptions
    >(
      '/user_management/password_reset/confirm',
      serializeResetPasswordOptions(payload),
    );

    return { user: deserializeUser(data.user) };
  }

  /**
   * Update a user
   *
   * Updates properties of a user. The omitted properties will be left unchanged.
   * @param payload - The request body.
   * @returns {Promise<User>}
   * @throws {BadRequestException} 400
   * @throws {UnprocessableEntityException} 422
   */
  async updateUser(payload: UpdateUserOptions): Promise<User> {
    const { data } = await this.workos.put<UserResponse>(
      `/user_management/users/${payload.userId}`,
      serializeUpdateUserOptions(payload),
    );

    return deserializeUser(data);
  }

  /**
   * List sessions
   *
   * Get a list of all active sessions for a specific user.
   * @param options - Pagination and filter options.
   * @returns {Promise<AutoPaginatable<Session, SerializedListSessionsOptions>>}
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async listSessions(
    userId: string,
    options?: ListSessionsOptions,
  ): Promise<AutoPaginatable<Session, SerializedListSessionsOptions>> {
    return new AutoPaginatable(
      await fetchAndDeserialize<SessionResponse, Session>(
        this.workos,
        `/user_management/users/${userId}/sessions`,
        deserializeSession,
        options ? serializeListSessionsOptions(options) : undefined,
      ),
      (params) =>
        fetchAndDeserialize<SessionResponse, Session>(
          this.workos,
          `/user_management/users/${userId}/sessions`,
          deserializeSession,
          params,
        ),
      options ? serializeListSessionsOptions(options) : undefined,
    );
  }

  /**
   * Delete a user
   *
   * Permanently deletes a user in the current environment. It cannot be undone.
   * @returns {Promise<void>}
   * @throws {NotFoundException} 404
   */
  async deleteUser(userId: string) {
    await this.workos.delete(`/user_management/users/${userId}`);
  }

  /**
   * List API keys for a user
   *
   * Get a list of API keys owned by a specific user.
   * @param userId - Unique identifier of the user.
   * @param options - Pagination and filter options.
   * @returns {Promise<AutoPaginatable<UserApiKey, SerializedListUserApiKeysOptions>>}
   * @throws {NotFoundException} 404
   */
  async listUserApiKeys(
    userId: string,
    options?: ListUserApiKeysOptions,
  ): Promise<AutoPaginatable<UserApiKey, SerializedListUserApiKeysOptions>> {
    const serializedOptions = options
      ? serializeListUserApiKeysOptions(options)
      : undefined;

    return new AutoPaginatable(
      await fetchAndDeserialize<SerializedUserApiKey, UserApiKey>(
        this.workos,
        `/user_management/users/${userId}/api_keys`,
        deserializeUserApiKey,
        serializedOptions,
      ),
      (params) =>
        fetchAndDeserialize<SerializedUserApiKey, UserApiKey>(
          this.workos,
          `/user_management/users/${userId}/api_keys`,
          deserializeUserApiKey,
          params,
        ),
      serializedOptions,
    );
  }

  /**
   * Create an API key for a user
   *
   * Create a new API key owned by a user. The user must have an active membership in the specified organization.
   * @param userId - Unique identifier of the user.
   * @param options - Object containing the API key properties.
   * @returns {Promise<UserApiKeyWithValue>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async createUserApiKey(
    userId: string,
    options: CreateUserApiKeyOptions,
    requestOptions: CreateUserApiKeyRequestOptions = {},
  ): Promise<UserApiKeyWithValue> {
    const { data } = await this.workos.post<
      SerializedUserApiKeyWithValue,
      ReturnType<typeof serializeCreateUserApiKeyOptions>
    >(
      `/user_management/users/${userId}/api_keys`,
      serializeCreateUserApiKeyOptions(options),
      requestOptions,
    );

    return deserializeUserApiKeyWithValue(data);
  }

  /**
   * Get user identities
   *
   * Get a list of identities associated with the user. A user can have multiple associated identities after going through [identity linking](https://workos.com/docs/authkit/identity-linking). Currently only OAuth identities are supported. More provider types may be added in the future.
   * @returns {Promise<Identity[]>}
   * @throws {NotFoundException} 404
   */
  async getUserIdentities(userId: string): Promise<Identity[]> {
    if (!userId) {
      throw new TypeError(`Incomplete arguments. Need to specify 'userId'.`);
    }

    const { data } = await this.workos.get<RawIdentityResponse[]>(
      `/user_management/users/${userId}/identities`,
    );

    return deserializeIdentities(data);
  }

  /**
   * Get an organization membership
   *
   * Get the details of an existing organization membership.
   * @returns {Promise<OrganizationMembership>}
   * @throws {NotFoundException} 404
   */
  async getOrganizationMembership(
    organizationMembershipId: string,
  ): Promise<OrganizationMembership> {
    const { data } = await this.workos.get<OrganizationMembershipResponse>(
      `/user_management/organization_memberships/${organizationMembershipId}`,
    );

    return deserializeOrganizationMembership(data);
  }

  /**
   * List organization memberships
   *
   * Get a list of all organization memberships matching the criteria specified. At least one of `user_id` or `organization_id` must be provided. By default only active memberships are returned. Use the `statuses` parameter to filter by other statuses.
   * @param options - Pagination and filter options.
   * @returns {Promise<AutoPaginatable<OrganizationMembership, SerializedListOrganizationMembershipsOptions>>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async listOrganizationMemberships(
    options: ListOrganizationMembershipsOptions,
  ): Promise<
    AutoPaginatable<
      OrganizationMembership,
      SerializedListOrganizationMembershipsOptions
    >
  > {
    const serializedOptions =
      serializeListOrganizationMembershipsOptions(options);

    return new AutoPaginatable(
      await fetchAndDeserialize<
        OrganizationMembershipResponse,
        OrganizationMembership
      >(
        this.workos,
        '/user_management/organization_memberships',
        deserializeOrganizationMembership,
        serializedOptions,
      ),
      (params) =>
        fetchAndDeserialize<
          OrganizationMembershipResponse,
          OrganizationMembership
        >(
          this.workos,
          '/user_management/organization_memberships',
          deserializeOrganizationMembership,
          params,
        ),
      serializedOptions,
    );
  }

  /**
   * Create an organization membership
   *
   * Creates a new `active` organization membership for the given organization and user.
   *
   * Calling this API with an organization and user that match an `inactive` organization membership will activate the membership with the specified role(s).
   * @param options - Object containing userId, organizationId.
   * @returns {Promise<OrganizationMembership>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async createOrganizationMembership(
    options: CreateOrganizationMembershipOptions,
  ): Promise<OrganizationMembership> {
    const { data } = await this.workos.post<
      OrganizationMembershipResponse,
      SerializedCreateOrganizationMembershipOptions
    >(
      '/user_management/organization_memberships',
      serializeCreateOrganizationMembershipOptions(options),
    );

    return deserializeOrganizationMembership(data);
  }

  /**
   * Update an organization membership
   *
   * Update the details of an existing organization membership.
   * @param options - The request body.
   * @returns {Promise<OrganizationMembership>}
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async updateOrganizationMembership(
    organizationMembershipId: string,
    options: UpdateOrganizationMembershipOptions,
  ): Promise<OrganizationMembership> {
    const { data } = await this.workos.put<
      OrganizationMembershipResponse,
      SerializedUpdateOrganizationMembershipOptions
    >(
      `/user_management/organization_memberships/${organizationMembershipId}`,
      serializeUpdateOrganizationMembershipOptions(options),
    );

    return deserializeOrganizationMembership(data);
  }

  /**
   * Delete an organization membership
   *
   * Permanently deletes an existing organization membership. It cannot be undone.
   * @returns {Promise<void>}
   * @throws {NotFoundException} 404
   */
  async deleteOrganizationMembership(
    organizationMembershipId: string,
  ): Promise<void> {
    await this.workos.delete(
      `/user_management/organization_memberships/${organizationMembershipId}`,
    );
  }

  /**
   * Deactivate an organization membership
   *
   * Deactivates an `active` organization membership. Emits an [organization_membership.updated](https://workos.com/docs/events/organization-membership) event upon successful deactivation.
   *
   * - Deactivating an `inactive` membership is a no-op and does not emit an event.
   * - Deactivating a `pending` membership returns an error. This membership should be [deleted](https://workos.com/docs/reference/authkit/organization-membership/delete) instead.
   *
   * See the [membership management documentation](https://workos.com/docs/authkit/users-organizations/organizations/membership-management) for additional details.
   * @returns {Promise<OrganizationMembership>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async deactivateOrganizationMembership(
    organizationMembershipId: string,
  ): Promise<OrganizationMembership> {
    const { data } = await this.workos.put<OrganizationMembershipResponse>(
      `/user_management/organization_memberships/${organizationMembershipId}/deactivate`,
      {},
    );

    return deserializeOrganizationMembership(data);
  }

  /**
   * Reactivate an organization membership
   *
   * Reactivates an `inactive` organization membership, retaining the pre-existing role(s). Emits an [organization_membership.updated](https://workos.com/docs/events/organization-membership) event upon successful reactivation.
   *
   * - Reactivating an `active` membership is a no-op and does not emit an event.
   * - Reactivating a `pending` membership returns an error. The user needs to [accept the invitation](https://workos.com/docs/authkit/invitations) instead.
   *
   * See the [membership management documentation](https://workos.com/docs/authkit/users-organizations/organizations/membership-management) for additional details.
   * @returns {Promise<OrganizationMembership>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async reactivateOrganizationMembership(
    organizationMembershipId: string,
  ): Promise<OrganizationMembership> {
    const { data } = await this.workos.put<OrganizationMembershipResponse>(
      `/user_management/organization_memberships/${organizationMembershipId}/reactivate`,
      {},
    );

    return deserializeOrganizationMembership(data);
  }

  async listGroupsForOrganizationMembership(
    options: ListGroupsForOrganizationMembershipOptions,
  ): Promise<AutoPaginatable<Group>> {
    const { organizationMembershipId, ...paginationOptions } = options;
    const endpoint = `/user_management/organization_memberships/${organizationMembershipId}/groups`;

    return new AutoPaginatable(
      await fetchAndDeserialize<GroupResponse, Group>(
        this.workos,
        endpoint,
        deserializeGroup,
        paginationOptions,
      ),
      (params) =>
        fetchAndDeserialize<GroupResponse, Group>(
          this.workos,
          endpoint,
          deserializeGroup,
          params,
        ),
      paginationOptions,
    );
  }

  async getInvitation(invitationId: string): Promise<Invitation> {
    const { data } = await this.workos.get<InvitationResponse>(
      `/user_management/invitations/${invitationId}`,
    );

    return deserializeInvitation(data);
  }

  /**
   * Find an invitation by token
   *
   * Retrieve an existing invitation using the token.
   * @returns {Promise<Invitation>}
   * @throws {NotFoundException} 404
   */
  async findInvitationByToken(invitationToken: string): Promise<Invitation> {
    const { data } = await this.workos.get<InvitationResponse>(
      `/user_management/invitations/by_token/${invitationToken}`,
    );

    return deserializeInvitation(data);
  }

  /**
   * List invitations
   *
   * Get a list of all of invitations matching the criteria specified.
   * @param options - Pagination and filter options.
   * @returns {Promise<AutoPaginatable<Invitation, SerializedListInvitationsOptions>>}
   * @throws {UnprocessableEntityException} 422
   */
  async listInvitations(
    options: ListInvitationsOptions,
  ): Promise<AutoPaginatable<Invitation, SerializedListInvitationsOptions>> {
    return new AutoPaginatable(
      await fetchAndDeserialize<InvitationResponse, Invitation>(
        this.workos,
        '/user_management/invitations',
        deserializeInvitation,
        options ? serializeListInvitationsOptions(options) : undefined,
      ),
      (params) =>
        fetchAndDeserialize<InvitationResponse, Invitation>(
          this.workos,
          '/user_management/invitations',
          deserializeInvitation,
          params,
        ),
      options ? serializeListInvitationsOptions(options) : undefined,
    );
  }

  /**
   * Send an invitation
   *
   * Sends an invitation email to the recipient.
   * @param payload - Object containing email.
   * @returns {Promise<Invitation>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async sendInvitation(payload: SendInvitationOptions): Promise<Invitation> {
    const { data } = await this.workos.post<
      InvitationResponse,
      SerializedSendInvitationOptions
    >(
      '/user_management/invitations',
      serializeSendInvitationOptions({
        ...payload,
      }),
    );

    return deserializeInvitation(data);
  }

  /**
   * Accept an invitation
   *
   * Accepts an invitation and, if linked to an organization, activates the user's membership in that organization.
   * @returns {Promise<Invitation>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   */
  async acceptInvitation(invitationId: string): Promise<Invitation> {
    const { data } = await this.workos.post<InvitationResponse, any>(
      `/user_management/invitations/${invitationId}/accept`,
      null,
    );

    return deserializeInvitation(data);
  }

  /**
   * Revoke an invitation
   *
   * Revokes an existing invitation.
   * @returns {Promise<Invitation>}
   * @throws {BadRequestException} 400
   */
  async revokeInvitation(invitationId: string): Promise<Invitation> {
    const { data } = await this.workos.post<InvitationResponse, any>(
      `/user_management/invitations/${invitationId}/revoke`,
      null,
    );

    return deserializeInvitation(data);
  }

  /**
   * Resend an invitation
   *
   * Resends an invitation email to the recipient. The invitation must be in a pending state.
   * @param options - The request body.
   * @returns {Promise<Invitation>}
   * @throws {BadRequestException} 400
   * @throws {NotFoundException} 404
   * @throws {UnprocessableEntityException} 422
   */
  async resendInvitation(
    invitationId: string,
    options?: ResendInvitationOptions,
  ): Promise<Invitation> {
    const { data } = await this.workos.post<
      InvitationResponse,
      SerializedResendInvitationOptions
    >(
      `/user_management/invitations/${invitationId}/resend`,
      options ? serializeResendInvitationOptions(options) : {},
    );

    return deserializeInvitation(data);
  }

  /**
   * Revoke Session
   *
   * Revoke a [user session](https://workos.com/docs/reference/authkit/session).
   * @param payload - Object containing sessionId.
   * @returns {Promise<void>}
   * @throws {BadRequestException} 400
   */
  async revokeSession(payload: RevokeSessionOptions): Promise<void> {
    await this.workos.post<void, SerializedRevokeSessionOptions>(
      '/user_management/sessions/revoke',
      serializeRevokeSessionOptions(payload),
    );
  }

  // @oagen-ignore-start
  /**
   * Generate an OAuth 2.0 authorization URL.
   *
   * For public clients (browser, mobile, CLI), include PKCE parameters:
   * - Generate PKCE using workos.pkce.generate()
   * - Pass codeChallenge and codeChallengeMethod here
   * - Store codeVerifier and pass to authenticateWithCode() later
   *
   * Or use getAuthorizationUrlWithPKCE() which handles PKCE automatically.
   */
  getAuthorizationUrl(options: UserManagementAuthorizationURLOptions): string {
    const {
      claimNonce,
      connectionId,
      codeChallenge,
      codeChallengeMethod,
      clientId,
      domainHint,
      invitationToken,
      loginHint,
      maxAge,
      organizationId,
      provider,
      providerQueryParams,
      providerScopes,
      prompt,
      redirectUri,
      state,
      screenHint,
    } = options;
    const resolvedClientId = this.resolveClientId(clientId);

    if (!provider && !connectionId && !organizationId) {
      throw new TypeError(
        `Incomplete arguments. Need to specify either a 'connectionId', 'organizationId', or 'provider'.`,
      );
    }

    if (provider !== 'authkit' && screenHint) {
      throw new TypeError(
        `'screenHint' is only supported for 'authkit' provider`,
      );
    }

    const query = toQueryString({
      claim_nonce: claimNonce,
      connection_id: connectionId,
      code_challenge: codeChallenge,
      code_challenge_method: codeChallengeMethod,
      organization_id: organizationId,
      domain_hint: domainHint,
      invitation_token: invitationToken,
      login_hint: loginHint,
      max_age: maxAge?.toString(),
      provider,
      provider_query_params: providerQueryParams,
      provider_scopes: providerScopes,
      prompt,
      client_id: resolvedClientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      state,
      screen_hint: screenHint,
    });

    return `${this.workos.baseURL}/user_management/authorize?${query}`;
  }

  /**
   * Generate an OAuth 2.0 authorization URL with automatic PKCE.
   *
   * This method generates PKCE parameters internally and returns them along with
   * the authorization URL. Use this for public clients (CLI apps, Electron, mobile)
   * that cannot securely store a client secret.
   *
   * @returns Object containing url, state, and codeVerifier
   *
   * @example
   * ```typescript
   * const { url, state, codeVerifier } = await workos.userManagement.getAuthorizationUrlWithPKCE({
   *   provider: 'authkit',
   *   clientId: 'client_123',
   *   redirectUri: 'myapp://callback',
   * });
   *
   * // Store state and codeVerifier securely, then redirect user to url
   * // After callback, exchange the code:
   * const response = await workos.userManagement.authenticateWithCode({
   *   code: authorizationCode,
   *   codeVerifier,
   *   clientId: 'client_123',
   * });
   * ```
   */
  async getAuthorizationUrlWithPKCE(
    options: Omit<
      UserManagementAuthorizationURLOptions,
      'codeChallenge' | 'codeChallengeMethod' | 'state'
    >,
  ): Promise<PKCEAuthorizationURLResult> {
    const {
      clientId,
      connectionId,
      domainHint,
      loginHint,
      maxAge,
      organizationId,
      provider,
      providerQueryParams,
      providerScopes,
      prompt,
      redirectUri,
      screenHint,
    } = options;
    const resolvedClientId = this.resolveClientId(clientId);

    if (!provider && !connectionId && !organizationId) {
      throw new TypeError(
        `Incomplete arguments. Need to specify either a 'connectionId', 'organizationId', or 'provider'.`,
      );
    }

    if (provider !== 'authkit' && screenHint) {
      throw new TypeError(
        `'screenHint' is only supported for 'authkit' provider`,
      );
    }

    // Generate PKCE parameters
    const pkce = await this.workos.pkce.generate();

    // Generate secure random state
    const state = this.workos.pkce.generateCodeVerifier(43);

    const query = toQueryString({
      connection_id: connectionId,
      code_challenge: pkce.codeChallenge,
      code_challenge_method: 'S256',
      organization_id: organizationId,
      domain_hint: domainHint,
      login_hint: loginHint,
      max_age: maxAge?.toString(),
      provider,
      provider_query_params: providerQueryParams,
      provider_scopes: providerScopes,
      prompt,
      client_id: resolvedClientId,
      redirect_uri: redirectUri,
      response_type: 'code',
      state,
      screen_hint: screenHint,
    });

    const url = `${this.workos.baseURL}/user_management/authorize?${query}`;

    return { url, state, codeVerifier: pkce.codeVerifier };
  }

  /**
   * Logout
   *
   * Logout a user from the current [session](https://workos.com/docs/reference/authkit/session).
   * @param options.sessionId - The ID of the session to revoke. This can be extracted from the `sid` claim of the access token.
   *
   * @example
   * "session_01H93ZY4F80QPBEZ1R5B2SHQG8"
   *
   * @param options.returnTo - The URL to redirect the user to after session revocation.
   *
   * @example
   * "https://example.com"
   *
   * @returns {string}
   * @throws {UnprocessableEntityException} 422
   */
  getLogoutUrl(options: LogoutURLOptions): string {
    const { sessionId, returnTo } = options;

    if (!sessionId) {
      throw new TypeError(`Incomplete arguments. Need to specify 'sessionId'.`);
    }

    const url = new URL(
      '/user_management/sessions/logout',
      this.workos.baseURL,
    );

    url.searchParams.set('session_id', sessionId);
    if (returnTo) {
      url.searchParams.set('return_to', returnTo);
    }

    return url.toString();
  }

  getJwksUrl(clientId: string): string {
    if (!clientId) {
      throw new TypeError('clientId must be a valid clientId');
    }

    return `${this.workos.baseURL}/sso/jwks/${clientId}`;
  }
  // @oagen-ignore-end
}
