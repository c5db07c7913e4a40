/**
 * CCD Case Service
 *
 * This service manages interactions with the CCD (Case and Case Data) backend.
 *
 * CCD Event Lifecycle Pattern: START → SUBMIT
 * ============================================
 *
 * All CCD case modifications follow a two-phase pattern:
 *
 * 1. START Phase: Request permission to modify the case
 *    - Endpoint: GET /cases/{id}/event-triggers/{eventId}
 *    - Returns: Event token (required for security) + current case data
 *    - Purpose: CCD validates user permissions and generates a one-time token
 *
 * 2. SUBMIT Phase: Submit changes to the case
 *    - Endpoint: POST /cases/{id}/events
 *    - Requires: Event token from START phase
 *    - Sends: Incremental changes only (e.g., just firstName/lastName)
 *    - Returns: Merged case data (CCD deep-merges our changes with existing data)
 *
 * Why Both Calls Are Necessary:
 * - START is mandatory for CCD security/validation (cannot be skipped)
 * - SUBMIT response contains authoritative merged data from backend
 * - Backend performs deep merge: existing data + our changes = merged result
 * - Cannot predict merge result client-side (backend may add timestamps, IDs, etc.)
 *
 * Example Flow:
 * 1. START returns: { token: "abc123", case_data: { firstName: "John", lastName: "Doe" } }
 * 2. We submit: { firstName: "Jane" }
 * 3. SUBMIT returns: { firstName: "Jane", lastName: "Doe" } ← Backend merged
 */
import { AxiosError } from 'axios';
import config from 'config';

import { ClientContextHeaders } from '../../types/global';
import { HTTPError } from '../HttpError';

import { http } from '@modules/http';
import { Logger } from '@modules/logger';
import { GenAppType, MakeAnApplicationResponse } from '@services/ccdCase.interface';
import type { CcdCase, CcdCaseData, StartCallbackData } from '@services/ccdCase.interface';
import type {
  DashboardNotification,
  DashboardRelatedApplication,
  DashboardTaskGroup,
} from '@services/dashboard.interface';
import { sanitiseCaseReference } from '@utils/caseReference';
import {
  formatAddress,
  unwrapNotifications,
  unwrapRelatedApplications,
  unwrapTaskGroups,
} from '@utils/ccdDashboardUtils';

const logger = Logger.getLogger('ccdCaseService');

interface EventTokenResponse {
  token: string;
}

export interface RelatedApplication {
  id: string;
  type?: GenAppType;
  applicationSubmittedDate?: string;
}

export interface TransformedDashboardData {
  notifications: DashboardNotification[];
  taskGroups: DashboardTaskGroup[];
  propertyAddress: string | undefined;
  relatedApplications: DashboardRelatedApplication[];
}

function getBaseUrl(): string {
  return config.get('ccd.url');
}

function getCaseTypeId(): string {
  return config.get('ccd.caseTypeId');
}

export type CaseHeaders = {
  headers: {
    Authorization: string;
    experimental: boolean;
    Accept: string;
    'Content-Type': string;
    'Client-Context'?: string;
  };
};

function getCaseHeaders(token: string): CaseHeaders {
  return {
    headers: {
      Authorization: `Bearer ${token}`,
      experimental: true,
      Accept: '*/*',
      'Content-Type': 'application/json',
    },
  };
}

interface CcdErrorResponseData {
  callbackErrors?: string[];
  callbackWarnings?: string[];
  exception?: string;
  message?: string;
}

function isAccessDeniedCallbackFailure(
  status: number | undefined,
  responseData: CcdErrorResponseData | undefined
): boolean {
  if (status !== 502 || !responseData) {
    return false;
  }

  const exception = responseData.exception ?? '';
  const message = responseData.message ?? '';

  return (
    exception.includes('CallbackException') &&
    message.includes('Callback to service has been unsuccessful') &&
    message.includes('about-to-start')
  );
}

function convertAxiosErrorToHttpError(error: unknown, context: string): HTTPError {
  // HttpService throws HTTPError(401) directly for user-token 401s - propagate as-is
  if (error instanceof HTTPError) {
    return error;
  }

  const axiosError = error as AxiosError;
  const status = axiosError.response?.status;
  const responseData = axiosError.response?.data as CcdErrorResponseData | undefined;

  logger.error(`Error in ${context}: ${axiosError.message}`);
  if (responseData) {
    logger.error(`Error response data: ${JSON.stringify(responseData, null, 2)}`);
  }

  if (status === 403) {
    return new HTTPError('Not authorised to access CCD case service', 403);
  }

  if (isAccessDeniedCallbackFailure(status, responseData)) {
    return new HTTPError('Access denied', 403);
  }

  const callbackMessages = [...(responseData?.callbackErrors ?? []), ...(responseData?.callbackWarnings ?? [])];
  if (callbackMessages.length > 0) {
    return new HTTPError(`CCD callback rejected request: ${callbackMessages.join('; ')}`, status || 422);
  }

  const retryAfterHeader = axiosError.response?.headers?.['retry-after'];
  const retryAfter =
    status && [502, 503, 504, 429].includes(status) && typeof retryAfterHeader === 'string'
      ? retryAfterHeader
      : undefined;

  return new HTTPError(`CCD case service error: ${axiosError.message || 'Unknown error'}`, status || 500, retryAfter);
}

// Read endpoints coerce 400/404 to a 403 so the client sees an access-denied page
// rather than leaking case existence (404 -> pageNotFound) or a bad-request.
function convertReadErrorToHttpError(error: unknown, context: string): HTTPError {
  const httpError = convertAxiosErrorToHttpError(error, context);
  if (httpError.status === 400 || httpError.status === 404) {
    return new HTTPError('Access denied', 403);
  }
  return httpError;
}

/**
 * START Phase: Get event token from CCD
 *
 * This is the first phase of the CCD event lifecycle.
 * CCD validates permissions and returns a one-time event token.
 *
 * Note: The response also includes current case data, but we don't use it
 * because the SUBMIT phase returns the authoritative merged data.
 *
 * @param userToken - User's OIDC access token
 * @param url - CCD event trigger URL
 * @returns Event token for SUBMIT phase
 */
async function getEventToken(userToken: string, url: string): Promise<string> {
  try {
    logger.info(`Calling getEventToken with URL: ${url}`);
    const response = await http.get<EventTokenResponse>(url, getCaseHeaders(userToken));
    logger.info(`Response data: ${JSON.stringify(response.data, null, 2)}`);
    return response.data.token;
  } catch (error) {
    throw convertAxiosErrorToHttpError(error, 'getEventToken');
  }
}

/**
 * SUBMIT Phase: Submit changes to CCD
 *
 * This is the second phase of the CCD event lifecycle.
 * Submits incremental changes (only modified fields) and receives merged result.
 *
 * CCD performs deep merge server-side:
 * - Existing case data + our incremental changes = merged result
 * - Only send changed fields (e.g., just firstName/lastName, not entire case)
 * - Backend preserves all other fields unchanged
 *
 * @param userToken - User's OIDC access token
 * @param url - CCD events URL
 * @param eventId - CCD event identifier (e.g., 'respondPossessionClaim')
 * @param eventToken - One-time token from START phase
 * @param data - Incremental changes only (not full case data)
 * @returns Merged case data from CCD (authoritative source of truth)
 */
async function submitEvent(
  userToken: string,
  url: string,
  eventId: string,
  eventToken: string,
  data: CcdCaseData | Record<string, unknown>
): Promise<CcdCase> {
  const payload = {
    data: data as Record<string, unknown>,
    event: {
      id: eventId,
      summary: `Citizen ${eventId} summary`,
      description: `Citizen ${eventId} description`,
    },
    event_token: eventToken,
    ignore_warning: false,
  };

  try {
    logger.info(`Calling submitEvent with URL: ${url}`);
    logger.info(`Payload: ${JSON.stringify(payload, null, 2)}`);
    const response = await http.post<CcdCase>(url, payload, getCaseHeaders(userToken));
    logger.info(`Response data: ${JSON.stringify(response.data, null, 2)}`);
    return response.data;
  } catch (error) {
    throw convertAxiosErrorToHttpError(error, 'submitEvent');
  }
}

export const ccdCaseService = {
  async getCaseByIdForEvent(
    accessToken: string,
    caseId: string,
    eventId: string = 'respondPossessionClaim',
    clientContextHeaders?: ClientContextHeaders
  ): Promise<CcdCase> {
    const safeCaseId = sanitiseCaseReference(caseId);
    if (!safeCaseId) {
      throw new HTTPError('Invalid case reference format', 404);
    }

    const eventUrl = `${getBaseUrl()}/cases/${safeCaseId}/event-triggers/${eventId}?ignore-warning=false`;

    try {
      logger.info(`Validating case access for caseId: ${safeCaseId}, eventId: ${eventId}`);
      const caseHeaders: CaseHeaders = getCaseHeaders(accessToken);

      if (clientContextHeaders) {
        caseHeaders.headers['Client-Context'] = JSON.stringify(clientContextHeaders);
      }

      const response = await http.get<StartCallbackData>(eventUrl, caseHeaders);
      logger.info(`Case access validated successfully for caseId: ${safeCaseId}`);

      const caseData: CcdCaseData = response.data.case_details?.case_data ?? {};

      return {
        id: safeCaseId,
        data: caseData,
      };
    } catch (error) {
      throw convertReadErrorToHttpError(error, 'getCaseByIdForEvent');
    }
  },

  async getCaseById(accessToken: string, caseId: string): Promise<CcdCase> {
    const safeCaseId = sanitiseCaseReference(caseId);
    if (!safeCaseId) {
      throw new HTTPError('Invalid case reference format', 404);
    }

    const caseUrl = `${getBaseUrl()}/cases/${safeCaseId}`;

    try {
      logger.debug(`Fetching case by id for read view: ${safeCaseId}`);
      const response = await http.get<CcdCase>(caseUrl, getCaseHeaders(accessToken));
      logger.debug(`Read case response for ${safeCaseId}: ${JSON.stringify(response.data, null, 2)}`);
      const caseData = response.data.data ?? {};

      return {
        id: String(response.data.id ?? safeCaseId),
        data: caseData,
      };
    } catch (error) {
      throw convertReadErrorToHttpError(error, 'getCaseById');
    }
  },

  /**
   * Create a new case in CCD
   *
   * Follows CCD's two-phase START → SUBMIT pattern.
   *
   * @param accessToken - User's OIDC access token
   * @param data - Initial case data
   * @returns Created case with merged data from CCD
   */
  async createCase(accessToken: string | undefined, data: Record<string, unknown>): Promise<CcdCase> {
    // Phase 1: START - Get event token
    const eventUrl = `${getBaseUrl()}/case-types/${getCaseTypeId()}/event-triggers/citizenCreateApplication`;
    const eventToken = await getEventToken(accessToken || '', eventUrl);

    // Phase 2: SUBMIT - Create case and receive result
    const url = `${getBaseUrl()}/case-types/${getCaseTypeId()}/cases`;
    return submitEvent(accessToken || '', url, 'citizenCreateApplication', eventToken, data);
  },

  /**
   * Submit a case to CCD (finalize draft)
   *
   * Follows CCD's two-phase START → SUBMIT pattern.
   * Transitions case from DRAFT to SUBMITTED state.
   *
   * @param accessToken - User's OIDC access token
   * @param ccdCase - Case to submit
   * @returns Submitted case data from CCD
   */
  async submitCase(accessToken: string | undefined, ccdCase: CcdCase): Promise<CcdCase> {
    if (!ccdCase.id) {
      throw new HTTPError('Cannot SUBMIT Case, CCD Case Not found', 500);
    }

    // Phase 1: START - Get event token
    const eventUrl = `${getBaseUrl()}/cases/${ccdCase.id}/event-triggers/citizenSubmitApplication`;
    const eventToken = await getEventToken(accessToken || '', eventUrl);

    // Phase 2: SUBMIT - Finalize case submission
    const url = `${getBaseUrl()}/cases/${ccdCase.id}/events`;
    return submitEvent(accessToken || '', url, 'citizenSubmitApplication', eventToken, ccdCase.data);
  },

  async submitResponseToClaim(accessToken: string | undefined, ccdCase: CcdCase): Promise<CcdCase> {
    if (!ccdCase.id) {
      throw new HTTPError('Cannot Submit Response to Case, CCD Case Not found', 500);
    }
    const eventUrl = `${getBaseUrl()}/cases/${ccdCase.id}/event-triggers/respondPossessionClaim`;
    const eventToken = await getEventToken(accessToken || '', eventUrl);
    const url = `${getBaseUrl()}/cases/${ccdCase.id}/events`;

    return submitEvent(accessToken || '', url, 'respondPossessionClaim', eventToken, ccdCase.data);
  },

  async submitGeneralApplication(
    accessToken: string | undefined,
    ccdCase: CcdCase
  ): Promise<MakeAnApplicationResponse> {
    if (!ccdCase.id) {
      throw new HTTPError('Cannot submit general application, case ID not specified', 500);
    }

    const eventId = 'makeAnApplication';
    const eventUrl = `${getBaseUrl()}/cases/${ccdCase.id}/event-triggers/${eventId}`;
    const eventToken = await getEventToken(accessToken || '', eventUrl);
    const url = `${getBaseUrl()}/cases/${ccdCase.id}/events`;

    return submitEvent(accessToken || '', url, eventId, eventToken, ccdCase.data).then(responseData => {
      const confirmationBodyJson = responseData.after_submit_callback_response?.confirmation_body;
      if (confirmationBodyJson) {
        return JSON.parse(confirmationBodyJson) as MakeAnApplicationResponse;
      } else {
        throw new HTTPError('No confirmation body found in response data', 500);
      }
    });
  },

  async submitUploadDocuments(accessToken: string | undefined, ccdCase: CcdCase): Promise<CcdCase> {
    if (!ccdCase.id) {
      throw new HTTPError('Cannot upload documents, case ID not specified', 500);
    }

    const eventId = 'uploadDocuments';
    const eventUrl = `${getBaseUrl()}/cases/${ccdCase.id}/event-triggers/${eventId}`;
    const eventToken = await getEventToken(accessToken || '', eventUrl);
    const url = `${getBaseUrl()}/cases/${ccdCase.id}/events`;

    return submitEvent(accessToken || '', url, eventId, eventToken, ccdCase.data);
  },

  async getExistingCaseData(accessToken: string | undefined, ccdCaseId: string): Promise<StartCallbackData> {
    const eventUrl = `${getBaseUrl()}/cases/${ccdCaseId}/event-triggers/respondPossessionClaim?ignore-warning=false`;
    logger.info('getExistingCaseData event URL', { eventUrl });
    try {
      const response = await http.get<StartCallbackData>(eventUrl, getCaseHeaders(accessToken || ''));
      return response.data;
    } catch (error) {
      throw convertReadErrorToHttpError(error, 'getExistingCaseDataError');
    }
  },

  async updateDraft(
    draftEvent: { id: string; pageId: string },
    accessToken: string | undefined,
    caseId: string,
    data: Record<string, unknown>,
    clientContextHeaders?: ClientContextHeaders
  ): Promise<CcdCase> {
    if (!caseId) {
      throw new HTTPError('Cannot UPDATE draft, Case Id not specified', 500);
    }

    const ccdPageId = `${draftEvent.id}${draftEvent.pageId}`;
    const url = `${getBaseUrl()}/case-types/${getCaseTypeId()}/validate?pageId=${ccdPageId}`;

    const payload = {
      event: {
        id: draftEvent.id,
        summary: `Citizen ${draftEvent.id} draft save summary`,
        description: `Citizen ${draftEvent.id} draft save description`,
      },
      case_reference: caseId,
      event_data: data,
      ignore_warning: false,
    };

    const caseHeaders: CaseHeaders = getCaseHeaders(accessToken || '');

    if (clientContextHeaders) {
      caseHeaders.headers['Client-Context'] = JSON.stringify(clientContextHeaders);
    }

    try {
      const response = await http.post<{ data: CcdCaseData }>(url, payload, caseHeaders);
      return {
        id: caseId,
        data: response.data?.data ?? {},
      };
    } catch (error) {
      throw convertAxiosErrorToHttpError(error, `save draft ${draftEvent.id}`);
    }
  },

  async getDashboardView(accessToken: string, caseId: string): Promise<TransformedDashboardData> {
    const eventUrl = `${getBaseUrl()}/cases/${caseId}/event-triggers/dashboardView?ignore-warning=false`;
    try {
      const response = await http.get<StartCallbackData>(eventUrl, getCaseHeaders(accessToken));
      const raw = response.data.case_details?.case_data?.dashboardData ?? {};

      const notifications = unwrapNotifications(raw.notifications);
      const taskGroups = unwrapTaskGroups(raw.taskGroups);
      const relatedApplications = unwrapRelatedApplications(raw.relatedApplications);

      return { notifications, taskGroups, propertyAddress: formatAddress(raw.propertyAddress), relatedApplications };
    } catch (error) {
      throw convertReadErrorToHttpError(error, 'getDashboardView');
    }
  },
};
