import { HttpStatusCode } from 'axios';
import { isAfter, parseISO } from 'date-fns';
import type { Response, Request } from 'express';
import type { ParamsDictionary } from 'express-serve-static-core';
import z from 'zod';

import {
  createOrUpdateEMandateFromStatusNotificationPayload,
  fetchEmandateSignRequestStatusFromPaymentProvider,
  updateAfisEMandate,
} from './afis-e-mandates.ts';
import { fetchAfisFacturenByState } from './afis-facturen.ts';
import {
  debugEmandates,
  getEmandateValidityDateFormatted,
} from './afis-helpers.ts';
import {
  type AfisFactuurState,
  type BusinessPartnerIdPayload,
  type AfisEMandateUpdatePayload,
  type EMandateSignRequestNotificationPayload,
  type EMandateSignRequestPayload,
  type EMandateSignRequestStatusPayload,
  type EMandateUpdatePayload,
  type POMEMandateSignRequestPayload,
} from './afis-types.ts';
import { IS_ACCEPTANCE, IS_AP } from '../../../universal/config/env.ts';
import {
  apiErrorResult,
  apiSuccessResult,
  type ApiResponse,
} from '../../../universal/helpers/api.ts';
import {
  isoDateTimeFormatCompact,
  isoDateFormat,
} from '../../../universal/helpers/date.ts';
import {
  type RequestWithRouteAndQueryParams,
  sendBadRequestInvalidInput,
  sendResponse,
  type RecordStr2,
  type ResponseAuthenticated,
} from '../../routing/route-helpers.ts';
import { captureException } from '../monitoring.ts';
import {
  decryptPayloadAndValidateSessionID,
  type EncryptedPayloadAndSessionID,
  getDecryptedPayload,
} from '../shared/decrypt-route-param.ts';

function isPostiveInt(str: string) {
  return /^\d+$/.test(str);
}

type QueryParamsWithEncryptedPayload<
  QuerParamsAdditional extends ParamsDictionary = RecordStr2,
  K extends string = string,
> = {
  [key in K]: EncryptedPayloadAndSessionID;
} & QuerParamsAdditional;

export type RequestWithEncryptedPayloadQueryParam<
  P extends ParamsDictionary,
  Q extends RecordStr2 = QueryParamsWithEncryptedPayload,
> = RequestWithRouteAndQueryParams<P, Q>;

export interface AfisFacturenRouteParams extends ParamsDictionary {
  state: Exclude<AfisFactuurState, 'open'>;
}
/** Route handler to get a series of invoices (facturen) from AFIS (SAP)
 *
 *  # Optional query parameters
 *
 *  top: The maximum number of invoices.
 *    for example `$top=4` will get you four invoices out of potentially 200.
 */
export async function handleFetchAfisFacturen(
  payload: BusinessPartnerIdPayload,
  sessionID: SessionID,
  req: RequestWithEncryptedPayloadQueryParam<
    AfisFacturenRouteParams,
    QueryParamsWithEncryptedPayload<{ top?: string }>
  >
) {
  let top = req.query.top;

  if (typeof top !== 'string' || !isPostiveInt(top)) {
    top = undefined;
  }

  return fetchAfisFacturenByState(sessionID, {
    state: req.params.state,
    businessPartnerID: payload.businessPartnerId,
    top,
  });
}

export function handleAfisRequestWithEncryptedPayloadQueryParam<
  QueryPayload extends qs.ParsedQs,
  ServiceResponse extends Promise<ApiResponse<unknown>>,
  RouteParams extends ParamsDictionary = ParamsDictionary,
>(
  serviceMethod: (
    payload: QueryPayload,
    sessionID: SessionID,
    request: RequestWithEncryptedPayloadQueryParam<RouteParams>
  ) => ServiceResponse,
  payloadParamName: string = 'payload'
) {
  // Return the route handler (middleware) that will handle the request.
  return async function handleEMandateApiRequest(
    req: RequestWithEncryptedPayloadQueryParam<RouteParams>,
    res: ResponseAuthenticated
  ) {
    // Get the query parameter value for the encrypted payload.
    const payloadEncrypted = req.query[payloadParamName];

    const decryptResult = decryptPayloadAndValidateSessionID<QueryPayload>(
      payloadEncrypted,
      res.locals.authProfileAndToken
    );
    if (decryptResult.status === 'ERROR') {
      return sendResponse(res, decryptResult);
    }

    const payloadDecrypted = decryptResult.content.payload as QueryPayload;

    // Call the service method with the decrypted payload.
    const serviceMethodResponse = await serviceMethod(
      payloadDecrypted,
      res.locals.authProfileAndToken.profile.sid,
      req
    );

    return sendResponse(res, serviceMethodResponse);
  };
}

export async function handleAfisEMandateSignRequestStatus(
  req: RequestWithEncryptedPayloadQueryParam<EMandateSignRequestStatusPayload>,
  res: ResponseAuthenticated
) {
  // Get the query parameter value for the encrypted payload.
  const payloadEncrypted = req.query.statusCheckPayload;

  const decryptResult =
    getDecryptedPayload<EMandateSignRequestStatusPayload>(payloadEncrypted);

  if (decryptResult.status === 'ERROR') {
    return sendResponse(res, decryptResult);
  }

  const payloadDecrypted = decryptResult.content;

  // Call the service method with the decrypted payload.
  const serviceMethodResponse =
    await fetchEmandateSignRequestStatusFromPaymentProvider(payloadDecrypted);

  return sendResponse(res, serviceMethodResponse);
}

const eMandateSignRequestStatusNotificationPayload = z.object({
  debtornumber: z.string(),
  iban: z.string(),
  bic: z.string(),
  account_owner: z.string(),
  event_date: z.string(),
  event_time: z.string(),
  variable1: z.string(),
});

/**
 * Handles the eMandate sign request status notification from the payment provider.
 * With this information, we can create an eMandate in the AFIS system.
 */
export async function handleAfisEMandateSignRequestStatusNotification(
  req: Request,
  res: Response
) {
  const notificationPayload = req.body as POMEMandateSignRequestPayload;

  debugEmandates(
    'Received eMandate sign request status notification with POM payload:',
    {
      ...notificationPayload,
      iban: `${notificationPayload.iban.slice(0, 2)}****${notificationPayload.iban.slice(-4)}`,
    }
  );

  try {
    eMandateSignRequestStatusNotificationPayload.parse(notificationPayload);
  } catch (error) {
    return sendBadRequestInvalidInput(res, error);
  }

  const eMandatePayload: EMandateSignRequestPayload &
    EMandateSignRequestNotificationPayload = {
    businessPartnerId: notificationPayload.debtornumber.toString(),
    senderIBAN: notificationPayload.iban,
    senderBIC: notificationPayload.bic,
    senderName: notificationPayload.account_owner,
    eMandateSignDate: `${notificationPayload.event_date}T${notificationPayload.event_time}`, // ISO 8601 format
    creditorIBAN: notificationPayload.variable1,
  };

  let createEmandateResponse: ApiResponse<unknown> | null = null;
  let creationError: string | null = null;

  try {
    createEmandateResponse =
      await createOrUpdateEMandateFromStatusNotificationPayload(
        eMandatePayload
      );
  } catch (error) {
    // If the eMandate creation fails, we should log the error and return an error response.
    // This is important because the creation of the eMandate is a crucial part of the sign request process.
    // Without it, the user will not be able to complete their mandate activation.
    captureException(
      error,
      IS_ACCEPTANCE
        ? {
            properties: {
              payload: eMandatePayload,
              message:
                'Failed to create E-Mandate from sign request status notification payload',
            },
          }
        : undefined
    );
    creationError = (error as Error).message;
  }

  const isOK = createEmandateResponse !== null;

  const response = isOK
    ? apiSuccessResult('E-Mandate created successfully')
    : apiErrorResult(
        `Failed to create E-Mandate from sign request status notification with error ${creationError}`,
        null,
        HttpStatusCode.InternalServerError
      );

  debugEmandates(
    `EMandate sign request status notification handled. Success: ${isOK}.`,
    eMandatePayload
  );

  return sendResponse(res, response);
}

export async function handleEmandateLifetimeUpdate(
  eMandateStatusChangePayload: EMandateUpdatePayload,
  _sessionID: SessionID,
  req: Request
) {
  const eMandateUploadPayload = z.object({
    LifetimeTo: z.iso
      .date()
      .refine((isoDate) => {
        return isAfter(parseISO(isoDate), new Date());
      })
      .transform((isoDate) => isoDateTimeFormatCompact(isoDate)),
    IMandateId: z.string(),
  });

  let payload: AfisEMandateUpdatePayload;

  try {
    payload = eMandateUploadPayload.parse({
      LifetimeTo: req.body.dateValidTo,
      ...eMandateStatusChangePayload,
    });
  } catch (error: unknown) {
    captureException(error);
    return apiErrorResult(
      !IS_AP
        ? z.prettifyError(error as z.ZodError)
        : 'Invalid request, failed to parse request body.',
      null,
      HttpStatusCode.BadRequest
    );
  }

  function transformResponse() {
    const dateValidTo = payload.LifetimeTo
      ? isoDateFormat(payload.LifetimeTo)
      : null;
    return {
      dateValidTo,
      dateValidToFormatted: getEmandateValidityDateFormatted(dateValidTo),
    };
  }

  return updateAfisEMandate(payload, transformResponse);
}
