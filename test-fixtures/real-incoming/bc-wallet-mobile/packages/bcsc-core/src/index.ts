import { NativeModules, Platform } from 'react-native';
import NativeBcscCoreSpec, {
  type DecodePayloadResult,
  type JWK,
  type JWTClaims,
  type LoginChallengeResult,
  type NativeAccount,
  type NativeAuthorizationRequest,
  type NativeFilesScan,
  type NativeSavedService,
} from './NativeBcscCore';
export { AccountSecurityMethod, BCSCCardProcess } from './NativeBcscCore';
export type {
  DecodePayloadResult,
  JWK,
  LoginChallenge,
  LoginChallengeResult,
  NativeAccount,
  NativeAddress,
  NativeAuthorizationRequest,
  NativeFilesScan,
  NativeSavedService,
} from './NativeBcscCore';

/**
 * Standard error codes used by native modules when rejecting promises.
 * These codes are consistent across iOS and Android platforms.
 * Access via `error.code` on caught native module errors.
 */
export const BcscNativeErrorCodes = {
  // --- DCR error codes (E_120_* series) ---
  /** toJSON method failed while serializing dynamic client registration body (error 120-1) */
  TOJSON_METHOD_FAILURE: 'E_120_TOJSON_METHOD_FAILURE',
  /** toJSONString method failed while serializing device info JWT (error 120-2) */
  TOJSONSTRING_METHOD_FAILURE: 'E_120_TOJSONSTRING_METHOD_FAILURE',
  /** Keychain key already exists during key pair generation (error 120-3) */
  KEYCHAIN_KEY_EXISTS: 'E_120_KEYCHAIN_KEY_EXISTS_ERROR',
  /** Keychain key does not exist when retrieving key pair (error 120-4) */
  KEYCHAIN_KEY_DOESNT_EXIST: 'E_120_KEYCHAIN_KEY_DOESNT_EXIST_ERROR',
  /** Keychain key generation error during key pair generation (error 120-5) */
  KEYCHAIN_KEY_GENERATION_ERROR: 'E_120_KEYCHAIN_KEY_GENERATION_ERROR',
  /** Error creating device info JWT during client registration (error 120-6) */
  JWT_DEVICE_INFO_ERROR: 'E_120_JWT_DEVICE_INFO_ERROR',
  /**
   * Keychain/secure storage temporarily unreadable (device locked, auth failure) during
   * client registration — transient and retryable, the signing key may well exist (iOS-only)
   */
  KEYCHAIN_UNAVAILABLE: 'E_120_KEYCHAIN_UNAVAILABLE_ERROR',

  // --- Native error codes (see per-entry docs for platform availability) ---

  // Account / Token
  /** Account not found in native storage */
  ACCOUNT_NOT_FOUND: 'E_ACCOUNT_NOT_FOUND',
  /** Invalid token type passed to native module */
  INVALID_TOKEN_TYPE: 'E_INVALID_TOKEN_TYPE',
  /** Error deleting a token from native storage */
  TOKEN_DELETE_ERROR: 'E_TOKEN_DELETE_ERROR',

  // Key operations
  /** Key pair not found for the given label */
  KEY_NOT_FOUND: 'E_KEY_NOT_FOUND',
  /** Failed to export or retrieve key material */
  KEY_EXPORT_FAILED: 'E_KEY_EXPORT_FAILED',
  /** Unexpected error during key operations */
  KEY_ERROR: 'E_KEY_ERROR',
  /** Android KeyStore is not available on this device (Android-only) */
  KEYSTORE_UNAVAILABLE: 'E_KEYSTORE_UNAVAILABLE',
  /** Error accessing the platform keystore */
  KEYSTORE_ERROR: 'E_KEYSTORE_ERROR',

  // JWT / Signing
  /** Device UUID not available (iOS-only) */
  UUID_NOT_FOUND: 'E_UUID_NOT_FOUND',
  /** No signing keys available */
  NO_KEYS_FOUND: 'E_NO_KEYS_FOUND',
  /** Key pair exists but could not be loaded */
  KEYPAIR_RETRIEVAL_FAILED: 'E_KEYPAIR_RETRIEVAL_FAILED',
  /** JWT signing or serialization failed */
  JWT_SIGN_FAILED: 'E_JWT_SIGN_FAILED',

  // PIN
  /** Invalid parameters passed to a PIN operation */
  INVALID_PARAMETERS: 'E_INVALID_PARAMETERS',
  /** Failed to set PIN */
  SET_PIN_FAILED: 'E_SET_PIN_FAILED',
  /** Failed to delete PIN */
  DELETE_PIN_FAILED: 'E_DELETE_PIN_FAILED',

  // Parsing
  /** JSON serialization failed in the native module */
  JSON_SERIALIZATION_FAILED: 'E_JSON_SERIALIZATION_FAILED',
  /** JWS token could not be parsed (malformed or invalid format) */
  FAILED_TO_PARSE_JWS: 'E_FAILED_TO_PARSE_JWS',
} as const;

/**
 * Shape of errors thrown by React Native native module promise rejections.
 * The `code` property corresponds to the first argument passed to `reject()` / `promise.reject()`.
 */
export interface BcscNativeError extends Error {
  code: string;
  /**
   * Diagnostics attached by the native layer (iOS: the rejected NSError's userInfo).
   * Keychain failures include the failure site, underlying error, and key inventory.
   * Bridge-serializable values only; absent on Android rejections.
   */
  userInfo?: Record<string, unknown>;
}

/**
 * Type guard to check if an unknown error is a native module error with a `code` property.
 */
export const isBcscNativeError = (error: unknown): error is BcscNativeError => {
  return error instanceof Error && 'code' in error;
};

export interface TokenInfo {
  id: string;
  type: TokenType;
  token: string;
  created: number; // Unix timestamp in seconds
  expiry?: number | null; // Unix timestamp in seconds or null
}

export interface PrivateKeyInfo {
  id: string; // 'id' for platform neutrality
  keyType?: string;
  keySize?: number;
  created?: number; // Timestamp — SECONDS since epoch on iOS, MILLISECONDS on Android (see KeyPublicInfo.created)
}

/**
 * Public RSA key material for a single local key, used by the key-recovery flow (#4166) to
 * match local keys against the server's jwks by modulus bytes.
 *
 * `n`/`e` are platform-native encodings, NOT normalized: iOS emits standard base64 with the
 * DER leading 0x00 sign byte retained, Android emits canonical unpadded base64url. Consumers
 * MUST decode-tolerantly normalize before comparing — see
 * app/src/bcsc-theme/utils/jwk-modulus.ts. Never raw-string-compare `n`.
 */
export interface KeyPublicInfo {
  id: string;
  n: string;
  e: string;
  /**
   * Creation timestamp — platform units differ, same as {@link PrivateKeyInfo.created} /
   * `getAllKeys()`: iOS reports SECONDS since epoch (`Date.timeIntervalSince1970`), Android
   * reports MILLISECONDS since epoch (`System.currentTimeMillis()`-based). Never compare this
   * value across platforms. Key-recovery's newest-wins ordering is safe regardless, because it
   * only ever compares `created` values gathered from a single device's platform at runtime.
   */
  created?: number;
}

// This enum must match the native equivalent. See Token.swift for iOS
// and Token.kt for Android.
export enum TokenType {
  Access = 0,
  Refresh = 1,
  Registration = 2,
}

/**
 * BCSC Card Type enum matching native app enums.
 * iOS: CredentialType in GlobalEnums.swift
 * Android: BcscCardType in BcscCardType.java
 */
export enum BCSCCardType {
  /** Photo BC Services Card */
  PhotoCard = 'BC Services Card Photo',
  /** Non-Photo BC Services Card */
  NonPhotoCard = 'BC Services Card Non-Photo',
  /** Combined BC Driver's Licence and Services Card */
  ComboCard = 'BC Services Card Combo',
  /** Non-BCSC verification */
  NonBcsc = 'N/A',
}

/**
 * BCSC Account Type enum matching native app enums.
 * iOS: accountType string values in Credential.swift
 * Android: BcscAccountType in BcscAccountType.kt
 */
export enum BCSCAccountType {
  /** BC Services Card with photo */
  PhotoCard = 'BC Services Card with photo',
  /** BC Services Card without photo */
  NonPhotoCard = 'BC Services Card without photo',
  /** Other - no BC Services Card (non-BCSC verification) */
  NoBcscCard = 'Other - no BC Services Card',
}

export interface KeyPair {
  id: string; // 'id' for platform neutrality
  public: string;
  private?: string; // may not be available in secure hardware
  privateKeyAvailable: string; // Indicates if the private key exists,
  // even if not extractable
}
export interface ProviderInfo {
  // Assuming Provider can be represented like this
  issuer: string;
  // Add other relevant provider properties
}

export interface ClientRegistrationInfo {
  provider: ProviderInfo;
  clientID: string;
  redirectURI: string;
  registrationClientURI: string;
  created: number; // Timestamp
  updated: number; // Timestamp
  keyIDs: string[];
  accessTokenIDs: string[];
  // Add other fields from ClientRegistration as needed, e.g., for authorizationRequest, credential
}

// Credential interfaces matching v3 structure
export interface CredentialInfo {
  // Core identification
  issuer: string;
  subject: string;
  label: string;

  // Timestamps
  created: number; // Unix timestamp in seconds
  lastUsed?: number | null; // Unix timestamp in seconds
  updatedDate?: number | null; // Unix timestamp in seconds

  // BCSC specific fields
  bcscEvent: 'Authorization' | 'Renewal' | 'Replace' | 'Cancel' | 'Expire'; // Maps to BcscEvent enum
  bcscReason: string; // Maps to BcscReason enum
  bcscStatusDate?: number | null; // Unix timestamp in seconds
  bcscEventDate?: number | null; // Unix timestamp in seconds

  // Device and account info
  devicesCount?: number | null;
  maxDevices?: number | null;
  cardType?: BCSCCardType;
  accountType?: BCSCAccountType;

  // Security and authentication
  acr?: number | null; // Authentication Context Reference / LOA level

  // Card expiry
  cardExpiry?: string | null; // Card expiry date string
  cardExpiryDateString?: string | null; // iOS format
  cardExpiryWarningText?: string | null;

  // UI state flags
  hasShownExpiryAlert?: boolean;
  hasShownFeedbackAlert?: boolean;

  // Token references (iOS specific)
  accessTokenIDs?: string[];
  refreshTokenIDs?: string[];

  // Client registration reference
  clientID?: string | null;
}

// Simplified credential for basic operations
export interface BasicCredentialInfo {
  issuer: string;
  subject: string;
  label: string;
  created: number;
  cardType?: BCSCCardType;
  accountType?: BCSCAccountType;
}

const LINKING_ERROR =
  `The package 'react-native-attestation' doesn't seem to be linked. Make sure: \n\n` +
  Platform.select({ ios: "- You have run 'pod install'\n", default: '' }) +
  '- You rebuilt the app after installing the package\n' +
  '- You are not using Expo Go\n';

// @ts-expect-error global.__turboModuleProxy is a global variable injected by TurboModuleProxy
const isTurboModuleEnabled = global.__turboModuleProxy != null;

const BcscCoreModule = isTurboModuleEnabled ? NativeBcscCoreSpec : NativeModules.BcscCore;

const BcscCore =
  BcscCoreModule ??
  new Proxy(
    {},
    {
      get() {
        throw new Error(LINKING_ERROR);
      },
    }
  );

/**
 * Retrieves information for all available private keys.
 * @returns A promise that resolves to an array of PrivateKeyInfo objects.
 */
export const getAllKeys = (): Promise<PrivateKeyInfo[]> => {
  return BcscCore.getAllKeys();
};

/**
 * Retrieves every local private key together with its public RSA components (modulus/
 * exponent). Used by the key-recovery flow to match local keys against the server's jwks by
 * modulus bytes — see {@link KeyPublicInfo} for encoding caveats.
 */
export const getAllKeysWithPublicInfo = (): Promise<KeyPublicInfo[]> => {
  return BcscCore.getAllKeysWithPublicInfo();
};

/**
 * Marks a keystore alias as the active (newest) signing key. Used by the 401
 * key-recovery flow to point the wallet at the kid the server confirms it
 * accepts. Rejects with `E_KEY_NOT_FOUND` if the alias is not in the keystore.
 */
export const setActiveKeyAlias = (alias: string): Promise<void> => {
  return BcscCore.setActiveKeyAlias(alias);
};

/**
 * Permanently deletes a keystore alias and its metadata entry. Used by the
 * 401 key-recovery flow to prune local keys the server does not recognise.
 * Rejects with `E_KEY_DELETE_REFUSED_LAST` if deleting the alias would leave
 * the device with no private keys (defence-in-depth against bricking signing).
 */
export const deleteKey = (alias: string): Promise<void> => {
  return BcscCore.deleteKey(alias);
};

/**
 * Retrieves a key pair (public and optionally private) for a given label.
 * @param label The identifier for the key pair.
 * @returns A promise that resolves to a KeyPair object.
 */
export const getKeyPair = (label: string): Promise<KeyPair> => {
  return BcscCore.getKeyPair(label);
};

/**
 * NativeTokenResponse with custom diagnostic field to surface OSStatus or other errors to JS
 */
interface NativeTokenResponse {
  id?: string;
  type?: number;
  token?: string;
  created?: number;
  expiry?: number | null;
  diagnostic?: string;
}

/**
 * Retrieves a token of a specified type.
 * @param tokenType The type of token to retrieve (e.g., Access, Refresh, Registration).
 * @returns A promise that resolves to a TokenInfo object if found, otherwise null.
 */
export const getToken = async (tokenType: TokenType): Promise<TokenInfo | null> => {
  // Pass the raw numeric value of the enum to the native side
  const nativeToken = (await BcscCore.getToken(tokenType as number)) as NativeTokenResponse | null;
  if (!nativeToken?.id) {
    return null;
  }

  // The native side returns 'type' as a number (rawValue of TokenType).
  // We cast it back to the TokenType enum on the JS side.
  return {
    ...nativeToken,
    type: nativeToken.type as TokenType, // Ensure this aligns with what native returns
  } as TokenInfo;
};

/**
 * Wraps getToken() to return both token and optional diagnostic information
 *
 * @param tokenType The type of token to retrieve (e.g., Access, Refresh, Registration).
 */
export const getTokenWithDiagnostics = async (
  tokenType: TokenType
): Promise<{ token: TokenInfo | null; diagnostic?: string }> => {
  const nativeToken = (await BcscCore.getToken(tokenType as number)) as NativeTokenResponse | null;
  if (!nativeToken?.id) {
    return { token: null, diagnostic: nativeToken?.diagnostic ?? undefined };
  }
  const { ...token } = nativeToken;

  return {
    token: {
      ...token,
      type: nativeToken.type as TokenType, // Ensure this aligns with what native returns
    } as TokenInfo,
  };
};

/**
 * Saves a token to secure native storage.
 * @param tokenType The type of token (Access, Refresh, Registration)
 * @param token The token string to store
 * @param expiry Optional Unix timestamp in seconds when token expires
 * @returns A promise that resolves to true if saved successfully
 */
export const setToken = async (tokenType: TokenType, token: string, expiry?: number): Promise<boolean> => {
  return BcscCore.setToken(tokenType as number, token, expiry ?? -1);
};

/**
 * Deletes a token from secure native storage.
 * @param tokenType The type of token to delete (Access, Refresh, Registration)
 * @returns A promise that resolves to true if deleted successfully
 */
export const deleteToken = async (tokenType: TokenType): Promise<boolean> => {
  return BcscCore.deleteToken(tokenType as number);
};

/**
 * Sets the issuer in the file system for later reference.
 * @param issuer The issuer string to set.
 * @returns A promise that resolves to true if the issuer was set successfully.
 */
export const setIssuer = (issuer: string): Promise<boolean> => {
  return BcscCore.setIssuer(issuer);
};

/**
 * Gets the issuer from the file system.
 * @returns A promise that resolves to the issuer string if found, otherwise null.
 */
export const getIssuer = (): Promise<string | null> => {
  return BcscCore.getIssuer();
};

/**
 * Scans the native Application Support directory and returns all file paths.
 * Useful for diagnosing v3 vs v4 storage layouts.
 * Example code to place in App.tsx:
 *
 * useEffect(() => {
 *   getNativeFilesScan()
 *     .then((scan) => {
 *       logger.info(`[Native File Scan] bundleID: ${scan.bundleID}`)
 *       logger.info(`[Native File Scan] bundleDirectory: ${scan.bundleDirectory}`)
 *       logger.info(`[Native File Scan] bundleDirectoryExists: ${scan.bundleDirectoryExists}`)
 *       logger.info(`[Native File Scan] fileCount: ${scan.fileCount}`)
 *       scan.files.forEach((file) => {
 *         logger.info(`[Native File Scan] ${file}`)
 *       })
 *     })
 *     .catch((error) => {
 *       const errorMsg = error instanceof Error ? error.message : String(error)
 *       logger.error(`[Native File Scan] Error: ${errorMsg}`)
 *     })
 * }, [logger])
 */
export const getNativeFilesScan = (): Promise<NativeFilesScan> => {
  return BcscCore.getNativeFilesScan();
};

/**
 * Sets the current account information.
 * @param account The Account object to set as the current account (without id, which will be generated).
 * @returns A promise that resolves when the account has been successfully set.
 */
export const setAccount = async (account: Omit<NativeAccount, 'id'>): Promise<void> => {
  return BcscCore.setAccount(account);
};

/**
 * Retrieves the current account information.
 * @returns A promise that resolves to an Account object if an account exists, otherwise null.
 */
export const getAccount = async (): Promise<Omit<NativeAccount, 'securityMethod'> | null> => {
  return BcscCore.getAccount();
};

/**
 * Checks if an account is registered by verifying the presence of a client ID.
 * @param account The Account object to check (without securityMethod).
 * @returns True if an account is registered, false otherwise.
 */
export const isAccountRegistered = (account: Omit<NativeAccount, 'securityMethod'> | null): boolean => {
  return Boolean(account?.clientID);
};

/**
 * Gets the device ID using the platform-specific stable identifier.
 * On Android: Uses Settings.Secure.ANDROID_ID
 * On iOS: Uses UIDevice.current.identifierForVendor
 * Falls back to a generated UUID if platform-specific ID is not available.
 * @returns A promise that resolves to the device ID string.
 */
export const getDeviceId = async (): Promise<string> => {
  return BcscCore.getDeviceId();
};

/**
 * Constructs the body for a refresh token request.
 * This involves creating a JWT, signing it with the latest private key,
 * and then formatting it along with the provided refresh token and other
 * necessary OAuth parameters.
 * @param issuer The issuer URL for the OAuth provider.
 * @param clientID The client ID for the OAuth application.
 * @param refreshToken The refresh token to include in the request.
 * @returns A promise that resolves to a string containing the full
 *          refresh token request body, or null if an error occurs.
 */
export const getRefreshTokenRequestBody = async (
  issuer: string,
  clientID: string,
  refreshToken: string
): Promise<string | null> => {
  // Validate all parameters are provided
  if (!issuer || !clientID || !refreshToken) {
    throw new Error('All parameters (issuer, clientID, refreshToken) are required');
  }

  return BcscCore.getRefreshTokenRequestBody(issuer, clientID, refreshToken);
};

/**
 * Signs a given pairing code.
 * @param code The pairing code string to sign.
 * @param issuer The issuer URL for the OAuth provider.
 * @param clientID The client ID for the OAuth application.
 * @param fcmDeviceToken The FCM device token for push notifications.
 * @param deviceToken The APNS device token (iOS only).
 * @returns A promise that resolves to a string containing the signature,
 *          or null if an error occurs. (Currently returns a mocked signature).
 */
export const signPairingCode = async (
  code: string,
  issuer: string,
  clientID: string,
  fcmDeviceToken: string,
  deviceToken: string | null
): Promise<string | null> => {
  return BcscCore.signPairingCode(code, issuer, clientID, fcmDeviceToken, deviceToken);
};

/**
 * Creates the dynamic client registration body for OAuth client registration.
 * @param fcmDeviceToken The FCM device token for push notifications.
 * @param deviceToken Optional device token (APNS token for iOS).
 * @param attestation Optional attestation data (Play Integrity token for Android, App Store receipt for iOS).
 * @param nickname Optional nickname to use for client_name. If not provided, falls back to device name.
 * @returns A promise that resolves to the registration body string or null if an error occurs.
 */
export const getDynamicClientRegistrationBody = async (
  fcmDeviceToken: string,
  deviceToken: string | null,
  attestation: string | null,
  nickname?: string | null
): Promise<string | null> => {
  return BcscCore.getDynamicClientRegistrationBody(fcmDeviceToken, deviceToken, attestation, nickname);
};

/**
 * Constructs the body for a device code request.
 * This involves creating a JWT, signing it with the latest private key,
 * and constructing the full OAuth device code request body.
 * @param deviceCode The device code received from the authorization server.
 * @param clientId The client ID for the OAuth application.
 * @param issuer The issuer URL for the OAuth provider.
 * @param confirmationCode The confirmation code to include in the request.
 * @returns A promise that resolves to a string containing the full
 *          device code request body, or null if an error occurs.
 */
export const getDeviceCodeRequestBody = async (
  deviceCode: string,
  clientId: string,
  issuer: string,
  confirmationCode: string
): Promise<string | null> => {
  // Validate all parameters are provided
  if (!deviceCode || !clientId || !issuer || !confirmationCode) {
    throw new Error('All parameters (deviceCode, clientId, issuer, confirmationCode) are required');
  }

  return BcscCore.getDeviceCodeRequestBody(deviceCode, clientId, issuer, confirmationCode);
};

export const decodePayload = async (jweString: string, key?: JWK | null): Promise<DecodePayloadResult> => {
  return BcscCore.decodePayload(jweString, key ?? null);
};

export const decodeLoginChallenge = async (jwt: string, key?: JWK): Promise<LoginChallengeResult> => {
  return BcscCore.decodeLoginChallenge(jwt, key ?? null);
};

/**
 * Creates a device signed JWT with the provided claims.
 *
 * @param {JWTClaims} claims - An object containing the JWT claims
 * @returns {*} {Promise<string>}
 */
export const createDeviceSignedJWT = async (claims: JWTClaims): Promise<string> => {
  return BcscCore.createSignedJWT(claims);
};

export const createPreVerificationJWT = async (deviceCode: string, clientID: string): Promise<string> => {
  return BcscCore.createPreVerificationJWT(deviceCode, clientID);
};

export const hashBase64 = async (base64: string): Promise<string> => {
  return BcscCore.hashBase64(base64);
};

/**
 * Creates a quick login JWT assertion matching the format used in ias-ios app.
 * This creates a signed JWT with device info claims and access token nonce, following QuickLoginProtocol pattern.
 * @param accessToken The access token to include in the nonce
 * @param clientId The client ID (used for both iss claim)
 * @param issuer The issuer/audience for the JWT
 * @param clientRefId The client reference ID (used for client_ref_id claim)
 * @param key The JWK public key object for encryption
 * @param fcmDeviceToken The FCM device token for push notifications
 * @param deviceToken The device token (APNS token on iOS, optional)
 * @returns A promise that resolves to the signed and encrypted JWT string
 */
export const createQuickLoginJWT = async (
  accessToken: string,
  clientId: string,
  issuer: string,
  clientRefId: string,
  key: JWK,
  fcmDeviceToken: string,
  deviceToken: string | null
): Promise<string> => {
  return BcscCore.createQuickLoginJWT(accessToken, clientId, issuer, clientRefId, key, fcmDeviceToken, deviceToken);
};

/**
 * Retrieves the registration token (idToken) - currently commented out but ready for use.
 * @returns A promise that resolves to a TokenInfo object containing the idToken, or null if not found.
 */
export const getRegistrationToken = async (): Promise<TokenInfo | null> => {
  // Uncomment when ready to use:
  // const nativeToken = await BcscCore.getToken(TokenType.Registration as number);
  // if (!nativeToken) {
  //   return null;
  // }
  // return {
  //   ...nativeToken,
  //   type: nativeToken.type as TokenType,
  // };

  // For now, return null
  return null;
};

/**
 * Removes the current account from the accounts file
 * @returns A promise that resolves when the account has been successfully removed.
 */
export const removeAccount = async (): Promise<void> => {
  return BcscCore.removeAccount();
};

/**
 * Deletes all locally stored keychain data
 * @returns A promise that resolves when the work is done
 */
export const clearAllKeychainData = async (): Promise<void> => {
  return BcscCore.clearAllKeychainData();
};

// MARK: - Authentication Methods

// Export authentication types
export { BiometricType } from './NativeBcscCore';
export type {
  AccountLockStatus,
  DeviceSecurityUnlockResult,
  PINSetupResult,
  PINVerificationResult,
} from './NativeBcscCore';

/**
 * Sets a user-created PIN for the current account.
 * @param pin The PIN to set (should be validated before calling)
 * @returns A promise that resolves to setup result with success status and wallet key hash
 */
export const setPIN = async (pin: string): Promise<import('./NativeBcscCore').PINSetupResult> => {
  return BcscCore.setPIN(pin);
};

/**
 * Verifies a PIN for the current account.
 * @param pin The PIN to verify
 * @returns A promise that resolves to verification result with success status, lock status, remaining penalty time, and wallet key hash on success
 */
export const verifyPIN = async (pin: string): Promise<import('./NativeBcscCore').PINVerificationResult> => {
  return BcscCore.verifyPIN(pin);
};

/**
 * Deletes the PIN for the current account.
 * @returns A promise that resolves to true on success
 */
export const deletePIN = async (): Promise<boolean> => {
  return BcscCore.deletePIN();
};

/**
 * Checks if a PIN is set for the current account.
 * @returns A promise that resolves to true if PIN is set, false otherwise
 */
export const hasPINSet = async (): Promise<boolean> => {
  return BcscCore.hasPINSet();
};

/**
 * Performs device authentication (biometric or passcode).
 * @param reason Optional reason string for the authentication prompt
 * @returns A promise that resolves to true on successful authentication
 */
export const performDeviceAuthentication = async (reason?: string): Promise<boolean> => {
  return BcscCore.performDeviceAuthentication(reason);
};

/**
 * Checks if device authentication is available.
 * @returns A promise that resolves to true if device authentication is available
 */
export const canPerformDeviceAuthentication = async (): Promise<boolean> => {
  return BcscCore.canPerformDeviceAuthentication();
};

/**
 * Gets the available biometric type.
 * @returns A promise that resolves to the biometric type: 'none', 'touchID', 'faceID', or 'opticID'
 */
export const getAvailableBiometricType = async (): Promise<import('./NativeBcscCore').BiometricType> => {
  return BcscCore.getAvailableBiometricType();
};

/**
 * Checks if biometric authentication (not including passcode) is available.
 * @returns A promise that resolves to true if biometric authentication is available
 */
export const canPerformBiometricAuthentication = async (): Promise<boolean> => {
  return BcscCore.canPerformBiometricAuthentication();
};

/**
 * Sets the security method for the current account.
 * @param securityMethod The security method to set
 * @returns A promise that resolves to true on success
 */
export const setAccountSecurityMethod = async (
  securityMethod: import('./NativeBcscCore').AccountSecurityMethod
): Promise<boolean> => {
  return BcscCore.setAccountSecurityMethod(securityMethod);
};

/**
 * Gets the security method for the current account.
 * @returns A promise that resolves to the security method string
 */
export const getAccountSecurityMethod = async (): Promise<import('./NativeBcscCore').AccountSecurityMethod> => {
  return BcscCore.getAccountSecurityMethod();
};

/**
 * Checks if the current account is currently locked due to failed PIN attempts.
 * @returns A promise that resolves to lock status with locked boolean and remaining time
 */
export const isAccountLocked = async (): Promise<import('./NativeBcscCore').AccountLockStatus> => {
  return BcscCore.isAccountLocked();
};

/**
 * Gets the best available account security method based on device capabilities.
 * @returns A promise that resolves to the recommended security method
 */

// MARK: - Device Security Methods (for biometric/device authentication)

/**
 * Sets up device security by generating a random PIN internally,
 * storing its hash behind biometric auth, and returning the wallet key.
 * Call this during onboarding when user chooses device security.
 *
 * This replaces the old flow of:
 * 1. Generate random PIN with generateRandomPIN()
 * 2. Store it with setDeviceSecurityPIN()
 *
 * @returns A promise that resolves to setup result containing:
 *   - success: Whether setup succeeded
 *   - walletKey: The PBKDF2-derived key (base64 encoded) for Askar wallet
 *   - isAutoGenerated: Always true for this method
 */
export const setupDeviceSecurity = async (): Promise<import('./NativeBcscCore').PINSetupResult> => {
  return BcscCore.setupDeviceSecurity();
};

/**
 * Unlocks using device security (biometric/passcode) and returns the wallet key.
 * Call this on app unlock when account uses device security method.
 *
 * This combines the old flow of:
 * 1. performDeviceAuthentication()
 * 2. getPINHash()
 *
 * @param reason Optional reason string for the biometric prompt
 * @returns A promise that resolves to unlock result containing:
 *   - success: Whether unlock succeeded
 *   - walletKey: The PBKDF2-derived key (base64 encoded), only present on success
 */
export const unlockWithDeviceSecurity = async (
  reason?: string
): Promise<import('./NativeBcscCore').DeviceSecurityUnlockResult> => {
  return BcscCore.unlockWithDeviceSecurity(reason);
};

/**
 * Checks if the stored PIN was auto-generated (for device security) or user-created.
 * This flag is useful for prompting users to create their own memorable PIN
 * in future app versions (Phase 2).
 *
 * @returns A promise that resolves to true if PIN was auto-generated, false if user-created
 */
export const isPINAutoGenerated = async (): Promise<boolean> => {
  return BcscCore.isPINAutoGenerated();
};

// MARK: - Authorization Request Storage Methods

/**
 * Gets the stored authorization request data.
 *
 * This reads from the authorization_request file in Application Support (iOS)
 * or encrypted storage (Android). The storage location and format is compatible
 * with the v3 native app for migration purposes.
 *
 * The authorization request contains:
 * - Device flow codes (deviceCode, userCode)
 * - User identity info (birthdate, csn, verifiedEmail)
 * - User profile (firstName, lastName, middleNames, address)
 * - Request metadata (status, expiry, etc.)
 *
 * @returns A promise that resolves to the authorization request data, or null if not stored
 */
export const getAuthorizationRequest = async (): Promise<NativeAuthorizationRequest | null> => {
  return BcscCore.getAuthorizationRequest();
};

/**
 * Saves authorization request data to storage.
 *
 * This writes to the authorization_request file in Application Support (iOS)
 * or encrypted storage (Android). The storage location and format is compatible
 * with the v3 native app for migration purposes.
 *
 * @param data The authorization request data to save
 * @returns A promise that resolves to true if saved successfully
 */
export const setAuthorizationRequest = async (data: NativeAuthorizationRequest): Promise<boolean> => {
  return BcscCore.setAuthorizationRequest(data);
};

/**
 * Deletes the stored authorization request data.
 *
 * @returns A promise that resolves to true if deleted successfully (or if it didn't exist)
 */
export const deleteAuthorizationRequest = async (): Promise<boolean> => {
  return BcscCore.deleteAuthorizationRequest();
};

// MARK: - Secure State Types and Hydration

/**
 * Address information for user metadata.
 */
export interface SecureStateAddress {
  streetAddress?: string;
  locality?: string;
  postalCode?: string;
  country?: string;
  region?: string;
}

/**
 * User metadata for non-BCSC verification flows.
 */
export interface SecureStateUserMetadata {
  firstName?: string;
  lastName?: string;
  middleNames?: string;
  address?: SecureStateAddress;
}

// MARK: - Account Flags Storage

/**
 * Known account flag keys for type safety.
 * These correspond to v3 UserDefaultKeys (iOS) / SharedPreferences keys (Android).
 */
export interface AccountFlags {
  /** Whether user's email has been verified */
  isEmailVerified?: boolean;
  /** Whether user chose to skip email verification */
  userSkippedEmailVerification?: boolean;
  /** User's email address (if entered but not yet verified) */
  emailAddress?: string;
  /** Temporary email ID for pending verification */
  temporaryEmailId?: string;
  /** Whether user has submitted a verification video */
  userSubmittedVerificationVideo?: boolean;
  /** Whether user has dismissed the device auth confirmation screen ("Do not show me this again") */
  notShowDeviceAuthenticationPrepAgain?: boolean;
  /** Epoch ms timestamp of when the user last closed the max devices banner */
  userClosedMaxDevicesBannerDate?: number;
}

/**
 * Android-only global flags that are not tied to any account.
 * On Android these are stored in global SharedPreferences (v3 compatible).
 */
interface AndroidGlobalFlags {
  notShowDeviceAuthenticationPrepAgain?: boolean;
  /** Epoch ms timestamp of when the user last closed the max devices banner */
  maxDevicesBannerLastTimeDisplayed?: number;
}

/**
 * Returns whether the user has dismissed the device auth preparation screen.
 *
 * Platform-aware: on iOS reads from account flags (account_flag file),
 * on Android reads from global SharedPreferences (no account required).
 */
export const getHideDeviceAuthPrepFlag = async (): Promise<boolean | undefined> => {
  if (Platform.OS === 'ios') {
    const { notShowDeviceAuthenticationPrepAgain } = (await BcscCore.getAccountFlags()) as AccountFlags;
    return notShowDeviceAuthenticationPrepAgain;
  } else {
    const { notShowDeviceAuthenticationPrepAgain } = (await BcscCore.getAndroidGlobalFlags()) as AndroidGlobalFlags;
    return notShowDeviceAuthenticationPrepAgain;
  }
};

/**
 * Sets the "do not show device auth prep screen again" flag.
 *
 * Platform-aware: on iOS writes to account flags (account_flag file),
 * on Android writes to global SharedPreferences (no account required).
 */
export const setHideDeviceAuthPrepFlag = async (value: boolean): Promise<boolean> => {
  if (Platform.OS === 'ios') {
    return BcscCore.setAccountFlags({ notShowDeviceAuthenticationPrepAgain: value });
  } else {
    return BcscCore.setAndroidGlobalFlags({ notShowDeviceAuthenticationPrepAgain: value });
  }
};

/**
 * Returns the epoch ms timestamp of when the user last closed the max devices banner,
 * or undefined if it has never been closed.
 *
 * Platform-aware: on iOS reads from account flags (account_flag file),
 * on Android reads from global SharedPreferences (no account required).
 */
export const getMaxDevicesBannerLastDisplayedDate = async (): Promise<number | undefined> => {
  if (Platform.OS === 'ios') {
    const { userClosedMaxDevicesBannerDate } = (await BcscCore.getAccountFlags()) as AccountFlags;
    return userClosedMaxDevicesBannerDate;
  } else {
    const { maxDevicesBannerLastTimeDisplayed } = (await BcscCore.getAndroidGlobalFlags()) as AndroidGlobalFlags;
    return maxDevicesBannerLastTimeDisplayed;
  }
};

/**
 * Sets the epoch ms timestamp for when the user last closed the max devices banner.
 *
 * Platform-aware: on iOS writes to account flags (account_flag file),
 * on Android writes to global SharedPreferences (no account required).
 */
export const setMaxDevicesBannerLastDisplayedDate = async (value: number): Promise<boolean> => {
  if (Platform.OS === 'ios') {
    return BcscCore.setAccountFlags({ userClosedMaxDevicesBannerDate: value });
  } else {
    return BcscCore.setAndroidGlobalFlags({ maxDevicesBannerLastTimeDisplayed: value });
  }
};

/**
 * Gets account flags from native storage.
 *
 * These flags are stored in v3-compatible locations:
 * - iOS: account_flag file in Application Support
 * - Android: Account-specific SharedPreferences
 *
 * This enables rollback to v3 while preserving user's email verification state.
 *
 * @returns A promise that resolves to the account flags
 */
export const getAccountFlags = async (): Promise<AccountFlags> => {
  return BcscCore.getAccountFlags() as Promise<AccountFlags>;
};

/**
 * Sets account flags in native storage.
 *
 * These flags are stored in v3-compatible locations:
 * - iOS: account_flag file in Application Support
 * - Android: Account-specific SharedPreferences
 *
 * This enables rollback to v3 while preserving user's email verification state.
 *
 * @param flags The flags to set (will be merged with existing flags)
 * @returns A promise that resolves to true if saved successfully
 */
export const setAccountFlags = async (flags: AccountFlags): Promise<boolean> => {
  return BcscCore.setAccountFlags(flags);
};

/**
 * Deletes all account flags from native storage.
 *
 * @returns A promise that resolves to true if deleted successfully
 */
export const deleteAccountFlags = async (): Promise<boolean> => {
  return BcscCore.deleteAccountFlags();
};

// ============================================================================
// Evidence Metadata Storage Methods
// ============================================================================

/**
 * Evidence image side information.
 */
export interface EvidenceImageSide {
  image_side_name: 'FRONT_SIDE' | 'BACK_SIDE';
  image_side_label: string;
  image_side_tip: string;
}

/**
 * Photo metadata for evidence documents.
 */
export interface PhotoMetadata {
  label: string;
  content_type: string;
  content_length: number;
  date: number;
  sha256: string;
  filename?: string;
  file_path: string;
}

/**
 * Evidence type definition - matches the API response structure.
 */
export interface EvidenceType {
  evidence_type: string;
  has_photo: boolean;
  group: 'BRITISH COLUMBIA' | 'CANADA, OR OTHER LOCATION IN CANADA' | 'UNITED STATES' | 'OTHER COUNTRIES';
  group_sort_order: number;
  sort_order: number;
  collection_order: 'FIRST' | 'SECOND' | 'BOTH';
  document_reference_input_mask: string;
  document_reference_label: string;
  document_reference_sample: string;
  image_sides: EvidenceImageSide[];
  evidence_type_label: string;
}

/**
 * Matches additionalEvidenceData field in React Native store
 */
export interface EvidenceMetadata {
  /** Evidence type information - full EvidenceType object */
  evidenceType?: EvidenceType;
  /** Photo metadata array */
  metadata: PhotoMetadata[];
  /** Document number/reference */
  documentNumber?: string;
  /** Raw barcode data captured during evidence photo capture, sent to backend with document upload */
  barcodes?: BarcodePayload[];
}

/** Address block sent inside a PDF-417 barcode entry (matches v3 iOS structure). */
export interface BarcodeAddressPayload {
  street_address: string;
  locality: string;
  province: string;
  postal_code: string;
  country: string;
}

/** A single barcode entry in the evidence upload payload (matches iOS structure). */
export type BarcodePayload =
  | {
      type: 'PDF_417';
      content_type: 'AAMVA_3TRACK_PDF417';
      version?: string;
      jurisdiction_version?: string;
      iso_iin?: string;
      customer_id?: string;
      document_number?: string;
      expires?: string;
      family_name?: string;
      given_names?: string;
      birthdate?: string;
      address?: BarcodeAddressPayload;
    }
  | {
      type: 'CODE_128';
      value: string;
    };

/**
 * Gets evidence metadata from native storage.
 *
 * @returns A promise that resolves to the evidence metadata array
 */
export const getEvidence = async (): Promise<EvidenceMetadata[]> => {
  return BcscCore.getEvidence() as Promise<EvidenceMetadata[]>;
};

/**
 * Sets evidence metadata in native storage.
 *
 * @param evidence The evidence metadata array to save
 * @returns A promise that resolves to true if saved successfully
 */
export const setEvidence = async (evidence: EvidenceMetadata[]): Promise<boolean> => {
  return BcscCore.setEvidence(evidence);
};

/**
 * Deletes all evidence data from native storage, including photo files.
 *
 * @returns A promise that resolves to true if deleted successfully
 */
export const deleteEvidence = async (): Promise<boolean> => {
  return BcscCore.deleteEvidence();
};

/**
 * Saves a photo to permanent storage.
 * Android: Writes JPEG to {filesDir}/documents/{filename}
 * iOS: Writes JPEG to Application Support/documents/{filename}
 *
 * @param base64Data Base64-encoded photo data
 * @param filename Target filename
 * @returns The absolute path to the saved file
 */
export const saveEvidencePhoto = async (base64Data: string, filename: string): Promise<string> => {
  return BcscCore.saveEvidencePhoto(base64Data, filename);
};

/**
 * Credential Management
 *
 * These methods manage the credential object that indicates verified account status.
 * Migrating from v3, the presence of a credential object means the account
 * is verified and can access the verified card screen.
 *
 * Storage locations:
 * - iOS: Stored within ClientRegistration in secure keychain
 * - Android: Stored within Provider → ClientRegistration in secure storage
 */

/**
 * Store credential information in secure native storage.
 * This is the primary indicator of account verification status.
 *
 * @param credential - The credential information to store
 */
export async function setCredential(credential: CredentialInfo): Promise<void> {
  return BcscCore.setCredential(credential);
}

/**
 * Retrieve stored credential information from secure native storage.
 *
 * @returns The stored credential or null if none exists
 */
export async function getCredential(): Promise<CredentialInfo | null> {
  return BcscCore.getCredential();
}

/**
 * Remove credential information from secure native storage.
 * This effectively marks the account as not verified.
 */
export async function deleteCredential(): Promise<void> {
  return BcscCore.deleteCredential();
}

/**
 * Check if a credential exists without retrieving it.
 * Useful for quick verification status checks.
 *
 * @returns True if credential exists, false otherwise
 */
export async function hasCredential(): Promise<boolean> {
  return BcscCore.hasCredential();
}
/**
 * Displays a local notification on the device.
 * @param title The notification title
 * @param message The notification body/message
 * @returns A promise that resolves when the notification has been displayed.
 */
export const showLocalNotification = async (title: string, message: string): Promise<void> => {
  return BcscCore.showLocalNotification(title, message);
};

/**
 *  A native module function that checks if a 3rd party keyboard is currently active on an android device.
 *  iOS does not support this check and will always return false.
 *
 * @returns True if a 3rd party keyboard is active, false otherwise
 */
export const isThirdPartyKeyboardActive = async (): Promise<boolean> => {
  return BcscCore.isThirdPartyKeyboardActive();
};

/**
 * Opens the keyboard selector on Android to allow the user to switch their keyboards.
 * iOS does not support this and will always resolve immediately.
 *
 * @returns A promise that resolves when the selector is open
 */
export const openAndroidKeyboardSelector = async (): Promise<void> => {
  return BcscCore.openKeyboardSelector();
};

// ============================================================================
// Saved Services (Client Metadata) Storage Methods
// ============================================================================

/**
 * Gets saved services from native storage.
 *
 * These are stored in v3-compatible locations:
 * - iOS: client_metadata file in Application Support (NSKeyedArchiver)
 * - Android: Encrypted clientmetadata file
 *
 * On v3→v4 migration, this reads the bookmarked services the user had saved in v3.
 *
 * @returns A promise that resolves to the array of saved service metadata
 */
export const getSavedServices = async (): Promise<NativeSavedService[]> => {
  return BcscCore.getSavedServices();
};

/**
 * Saves services to native storage.
 *
 * These are stored in v3-compatible locations:
 * - iOS: client_metadata file in Application Support (NSKeyedArchiver)
 * - Android: Encrypted clientmetadata file
 *
 * @param services The saved service metadata array to write
 * @returns A promise that resolves to true if saved successfully
 */
export const setSavedServices = async (services: NativeSavedService[]): Promise<boolean> => {
  return BcscCore.setSavedServices(services);
};

/**
 * Deletes all saved services from native storage.
 *
 * @returns A promise that resolves to true if deleted successfully
 */
export const deleteSavedServices = async (): Promise<boolean> => {
  return BcscCore.deleteSavedServices();
};
