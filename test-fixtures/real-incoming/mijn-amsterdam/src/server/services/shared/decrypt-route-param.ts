import { HttpStatusCode } from 'axios';

import {
  apiErrorResult,
  apiSuccessResult,
} from '../../../universal/helpers/api.ts';
import type { AuthProfileAndToken } from '../../auth/auth-types.ts';
import { decrypt } from '../../helpers/encrypt-decrypt.ts';
import { logger } from '../../logging.ts';
import { captureException } from '../monitoring.ts';

export type SessionIDAndROuteParamIdEncrypted = string;
export type EncryptedPayloadAndSessionID = string;

export type DecryptedPayloadAndSessionID<
  T extends Record<string, unknown> = Record<string, unknown>,
> = {
  sessionID: string;
  payload: T;
};

/** Decrypt an encrypted 'sessionid:id' and validate it.
 */
export function decryptEncryptedRouteParamAndValidateSessionID<
  T extends string = string,
>(
  sessionIDAndRouteParamIdEncrypted: SessionIDAndROuteParamIdEncrypted,
  authProfileAndToken: AuthProfileAndToken
) {
  let sessionID: SessionID | null = null;
  let id: string | null = null;
  try {
    [sessionID, id] = decrypt(sessionIDAndRouteParamIdEncrypted).split(':');
  } catch (error) {
    logger.error(error);
    captureException(error);
    return apiErrorResult(
      'Bad request: failed to process encrypted param',
      null,
      HttpStatusCode.BadRequest
    );
  }

  if (!sessionID || !id || authProfileAndToken.profile.sid !== sessionID) {
    logger.error(
      {
        sessionID,
        routeParamID: id,
        sidProfile: authProfileAndToken.profile.sid,
      },
      'Incomplete session validation or missing routeParamID'
    );
    return apiErrorResult(
      'Not authorized: incomplete session validation',
      null,
      HttpStatusCode.Unauthorized
    );
  }

  return apiSuccessResult<T>(id as T);
}

export function getDecryptedPayload<T extends Record<string, unknown>>(
  payloadEncrypted: EncryptedPayloadAndSessionID
) {
  try {
    return apiSuccessResult<T>(JSON.parse(decrypt(payloadEncrypted)));
  } catch (error: unknown) {
    logger.error(error);
    captureException(error);
    return apiErrorResult(
      'Bad request: failed to process encrypted param',
      null,
      HttpStatusCode.BadRequest
    );
  }
}

export function decryptPayloadAndValidateSessionID<
  T extends Record<string, unknown> = Record<string, unknown>,
>(
  payloadEncrypted: EncryptedPayloadAndSessionID,
  authProfileAndToken: AuthProfileAndToken
) {
  const decryptResult = getDecryptedPayload<T>(payloadEncrypted);
  if (decryptResult.status === 'ERROR') {
    return decryptResult;
  }
  const content = decryptResult.content;

  if (
    !content ||
    !content.sessionID ||
    authProfileAndToken.profile.sid !== content.sessionID
  ) {
    logger.debug('Incomplete session validation');
    return apiErrorResult(
      'Not authorized: incomplete session validation or missing payload',
      null,
      HttpStatusCode.Unauthorized
    );
  }

  return decryptResult;
}
