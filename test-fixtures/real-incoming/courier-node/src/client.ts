// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import type { RequestInit, RequestInfo, BodyInit } from './internal/builtin-types';
import type { HTTPMethod, PromiseOrValue, MergedRequestInit, FinalizedRequestInit } from './internal/types';
import { uuid4 } from './internal/utils/uuid';
import { validatePositiveInteger, isAbsoluteURL, safeJSON } from './internal/utils/values';
import { sleep } from './internal/utils/sleep';
export type { Logger, LogLevel } from './internal/utils/log';
import { castToError, isAbortError } from './internal/errors';
import type { APIResponseProps } from './internal/parse';
import { getPlatformHeaders } from './internal/detect-platform';
import * as Shims from './internal/shims';
import * as Opts from './internal/request-options';
import { stringifyQuery } from './internal/utils/query';
import { VERSION } from './version';
import * as Errors from './core/error';
import * as Uploads from './core/uploads';
import * as API from './resources/index';
import { APIPromise } from './core/api-promise';
import {
  Audience,
  AudienceListMembersParams,
  AudienceListMembersResponse,
  AudienceListParams,
  AudienceListResponse,
  AudienceUpdateParams,
  AudienceUpdateResponse,
  Audiences,
} from './resources/audiences';
import {
  AuditEvent,
  AuditEventListParams,
  AuditEventListResponse,
  AuditEvents,
} from './resources/audit-events';
import { Auth, AuthIssueTokenParams, AuthIssueTokenResponse } from './resources/auth';
import {
  Brand,
  BrandColors,
  BrandCreateParams,
  BrandListParams,
  BrandListResponse,
  BrandSettings,
  BrandSettingsEmail,
  BrandSettingsInApp,
  BrandSnippet,
  BrandSnippets,
  BrandTemplate,
  BrandUpdateParams,
  Brands,
  EmailFooter,
  EmailHead,
  EmailHeader,
  Icons,
  Logo,
  WidgetBackground,
} from './resources/brands';
import {
  Broadcast,
  BroadcastCreateParams,
  BroadcastListParams,
  BroadcastListResponse,
  BroadcastPutContentParams,
  BroadcastRetrieveContentParams,
  BroadcastSchedule,
  BroadcastScheduleParams,
  BroadcastSendParams,
  BroadcastUpdateParams,
  Broadcasts,
  CreateBroadcastRequest,
  ScheduleBroadcastRequest,
  SendBroadcastRequest,
  UpdateBroadcastRequest,
} from './resources/broadcasts';
import {
  Bulk,
  BulkAddUsersParams,
  BulkCreateJobParams,
  BulkCreateJobResponse,
  BulkListUsersParams,
  BulkListUsersResponse,
  BulkRetrieveJobResponse,
  InboundBulkMessage,
  InboundBulkMessageUser,
} from './resources/bulk';
import { Inbound, InboundTrackEventParams, InboundTrackEventResponse } from './resources/inbound';
import {
  MessageContentResponse,
  MessageDetails,
  MessageHistoryParams,
  MessageHistoryResponse,
  MessageListParams,
  MessageListResponse,
  MessageResendResponse,
  MessageRetrieveResponse,
  Messages,
} from './resources/messages';
import { Requests } from './resources/requests';
import {
  AssociatedNotificationListResponse,
  RoutingStrategies,
  RoutingStrategyCreateParams,
  RoutingStrategyCreateRequest,
  RoutingStrategyGetResponse,
  RoutingStrategyListNotificationsParams,
  RoutingStrategyListParams,
  RoutingStrategyListResponse,
  RoutingStrategyReplaceParams,
  RoutingStrategyReplaceRequest,
  RoutingStrategySummary,
} from './resources/routing-strategies';
import { Send, SendMessageParams, SendMessageResponse } from './resources/send';
import {
  TranslationRetrieveParams,
  TranslationRetrieveResponse,
  TranslationUpdateParams,
  Translations,
} from './resources/translations';
import {
  AutomationInvokeResponse,
  AutomationListParams,
  AutomationRunListItem,
  AutomationRunListResponse,
  AutomationRunStep,
  AutomationRunStepsResponse,
  AutomationTemplate,
  AutomationTemplateListResponse,
  Automations,
} from './resources/automations/automations';
import {
  DigestCategory,
  DigestInstance,
  DigestInstanceListResponse,
  Digests,
} from './resources/digests/digests';
import {
  CancelJourneyRequest,
  CancelJourneyResponse,
  CreateJourneyRequest,
  Journey,
  JourneyAINode,
  JourneyAPIInvokeTriggerNode,
  JourneyAudienceTriggerNode,
  JourneyCancelParams,
  JourneyConditionAtom,
  JourneyConditionGroup,
  JourneyConditionNestedGroup,
  JourneyConditionsField,
  JourneyCreateParams,
  JourneyDelayDurationNode,
  JourneyDelayUntilNode,
  JourneyExitNode,
  JourneyExperiment,
  JourneyExperimentVariant,
  JourneyFetchGetDeleteNode,
  JourneyFetchPostPutNode,
  JourneyInvokeParams,
  JourneyListParams,
  JourneyMergeStrategy,
  JourneyNode,
  JourneyPublishParams,
  JourneyPublishRequest,
  JourneyReplaceParams,
  JourneyResponse,
  JourneyRetrieveParams,
  JourneyRun,
  JourneyRunListItem,
  JourneyRunListResponse,
  JourneyRunResponse,
  JourneyRunStep,
  JourneyRunStepsResponse,
  JourneySegmentTriggerNode,
  JourneySendNode,
  JourneyState,
  JourneyTemplateCreateRequest,
  JourneyTemplateGetResponse,
  JourneyTemplateListResponse,
  JourneyTemplatePublishRequest,
  JourneyTemplateReplaceRequest,
  JourneyTemplateSummary,
  JourneyThrottleDynamicNode,
  JourneyThrottleStaticNode,
  JourneyVersionItem,
  JourneyVersionsListResponse,
  JourneyWebhookTriggerNode,
  Journeys,
  JourneysInvokeRequest,
  JourneysInvokeResponse,
  JourneysListResponse,
} from './resources/journeys/journeys';
import {
  ListListParams,
  ListListResponse,
  ListRestoreParams,
  ListUpdateParams,
  Lists,
  PutSubscriptionsRecipient,
  SubscriptionList,
} from './resources/lists/lists';
import {
  BaseCheck,
  Check,
  ElementWithChecksums,
  NotificationContentGetResponse,
  NotificationContentMutationResponse,
  NotificationContentPutRequest,
  NotificationCreateParams,
  NotificationElementPutRequest,
  NotificationGetContent,
  NotificationListParams,
  NotificationListResponse,
  NotificationListVersionsParams,
  NotificationLocalePutRequest,
  NotificationPublishParams,
  NotificationPutContentParams,
  NotificationPutElementParams,
  NotificationPutLocaleParams,
  NotificationReplaceParams,
  NotificationRetrieveContentParams,
  NotificationRetrieveContentResponse,
  NotificationRetrieveParams,
  NotificationTemplateAlias,
  NotificationTemplateCreateRequest,
  NotificationTemplatePayload,
  NotificationTemplatePublishRequest,
  NotificationTemplateResponse,
  NotificationTemplateState,
  NotificationTemplateSummary,
  NotificationTemplateUpdateRequest,
  NotificationTemplateVersionListResponse,
  NotificationTemplateWritePayload,
  Notifications,
  VersionNode,
} from './resources/notifications/notifications';
import {
  ProfileCreateParams,
  ProfileCreateResponse,
  ProfileReplaceParams,
  ProfileReplaceResponse,
  ProfileRetrieveResponse,
  ProfileUpdateParams,
  Profiles,
  SubscribeToListsRequestItem,
} from './resources/profiles/profiles';
import {
  Provider,
  ProviderCreateParams,
  ProviderListParams,
  ProviderListResponse,
  ProviderUpdateParams,
  Providers,
  ProvidersCatalogEntry,
} from './resources/providers/providers';
import {
  BaseTemplateTenantAssociation,
  DefaultPreferences,
  PostTenantTemplatePublishRequest,
  PostTenantTemplatePublishResponse,
  PutTenantTemplateRequest,
  PutTenantTemplateResponse,
  SubscriptionTopicNew,
  Tenant,
  TenantAssociation,
  TenantListParams,
  TenantListResponse,
  TenantListUsersParams,
  TenantListUsersResponse,
  TenantTemplateInput,
  TenantUpdateParams,
  Tenants,
} from './resources/tenants/tenants';
import { Users } from './resources/users/users';
import {
  PublishPreferencesRequest,
  PublishPreferencesResponse,
  WorkspacePreferenceCreateParams,
  WorkspacePreferenceCreateRequest,
  WorkspacePreferenceGetResponse,
  WorkspacePreferenceListResponse,
  WorkspacePreferencePublishParams,
  WorkspacePreferenceReplaceParams,
  WorkspacePreferenceReplaceRequest,
  WorkspacePreferenceTopicCreateRequest,
  WorkspacePreferenceTopicGetResponse,
  WorkspacePreferenceTopicListResponse,
  WorkspacePreferenceTopicReplaceRequest,
  WorkspacePreferences,
} from './resources/workspace-preferences/workspace-preferences';
import { type Fetch } from './internal/builtin-types';
import { HeadersLike, NullableHeaders, buildHeaders } from './internal/headers';
import { FinalRequestOptions, RequestOptions } from './internal/request-options';
import { readEnv } from './internal/utils/env';
import {
  type LogLevel,
  type Logger,
  formatRequestDetails,
  loggerFor,
  parseLogLevel,
} from './internal/utils/log';
import { isEmptyObj } from './internal/utils/values';

export interface ClientOptions {
  /**
   * Defaults to process.env['COURIER_API_KEY'].
   */
  apiKey?: string | undefined;

  /**
   * Override the default base URL for the API, e.g., "https://api.example.com/v2/"
   *
   * Defaults to process.env['COURIER_BASE_URL'].
   */
  baseURL?: string | null | undefined;

  /**
   * The maximum amount of time (in milliseconds) that the client should wait for a response
   * from the server before timing out a single request.
   *
   * Note that request timeouts are retried by default, so in a worst-case scenario you may wait
   * much longer than this timeout before the promise succeeds or fails.
   *
   * @unit milliseconds
   */
  timeout?: number | undefined;
  /**
   * Additional `RequestInit` options to be passed to `fetch` calls.
   * Properties will be overridden by per-request `fetchOptions`.
   */
  fetchOptions?: MergedRequestInit | undefined;

  /**
   * Specify a custom `fetch` function implementation.
   *
   * If not provided, we expect that `fetch` is defined globally.
   */
  fetch?: Fetch | undefined;

  /**
   * The maximum number of times that the client will retry a request in case of a
   * temporary failure, like a network error or a 5XX error from the server.
   *
   * @default 2
   */
  maxRetries?: number | undefined;

  /**
   * Default headers to include with every request to the API.
   *
   * These can be removed in individual requests by explicitly setting the
   * header to `null` in request options.
   */
  defaultHeaders?: HeadersLike | undefined;

  /**
   * Default query parameters to include with every request to the API.
   *
   * These can be removed in individual requests by explicitly setting the
   * param to `undefined` in request options.
   */
  defaultQuery?: Record<string, string | undefined> | undefined;

  /**
   * Set the log level.
   *
   * Defaults to process.env['COURIER_LOG'] or 'warn' if it isn't set.
   */
  logLevel?: LogLevel | undefined;

  /**
   * Set the logger.
   *
   * Defaults to globalThis.console.
   */
  logger?: Logger | undefined;
}

/**
 * API Client for interfacing with the Courier API.
 */
export class Courier {
  apiKey: string;

  baseURL: string;
  maxRetries: number;
  timeout: number;
  logger: Logger;
  logLevel: LogLevel | undefined;
  fetchOptions: MergedRequestInit | undefined;

  private fetch: Fetch;
  #encoder: Opts.RequestEncoder;
  protected idempotencyHeader?: string;
  private _options: ClientOptions;

  /**
   * API Client for interfacing with the Courier API.
   *
   * @param {string | undefined} [opts.apiKey=process.env['COURIER_API_KEY'] ?? undefined]
   * @param {string} [opts.baseURL=process.env['COURIER_BASE_URL'] ?? https://api.courier.com] - Override the default base URL for the API.
   * @param {number} [opts.timeout=1 minute] - The maximum amount of time (in milliseconds) the client will wait for a response before timing out.
   * @param {MergedRequestInit} [opts.fetchOptions] - Additional `RequestInit` options to be passed to `fetch` calls.
   * @param {Fetch} [opts.fetch] - Specify a custom `fetch` function implementation.
   * @param {number} [opts.maxRetries=2] - The maximum number of times the client will retry a request.
   * @param {HeadersLike} opts.defaultHeaders - Default headers to include with every request to the API.
   * @param {Record<string, string | undefined>} opts.defaultQuery - Default query parameters to include with every request to the API.
   */
  constructor({
    baseURL = readEnv('COURIER_BASE_URL'),
    apiKey = readEnv('COURIER_API_KEY'),
    ...opts
  }: ClientOptions = {}) {
    if (apiKey === undefined) {
      throw new Errors.CourierError(
        "The COURIER_API_KEY environment variable is missing or empty; either provide it, or instantiate the Courier client with an apiKey option, like new Courier({ apiKey: 'My API Key' }).",
      );
    }

    const options: ClientOptions = {
      apiKey,
      ...opts,
      baseURL: baseURL || `https://api.courier.com`,
    };

    this.baseURL = options.baseURL!;
    this.timeout = options.timeout ?? Courier.DEFAULT_TIMEOUT /* 1 minute */;
    this.logger = options.logger ?? console;
    const defaultLogLevel = 'warn';
    // Set default logLevel early so that we can log a warning in parseLogLevel.
    this.logLevel = defaultLogLevel;
    this.logLevel =
      parseLogLevel(options.logLevel, 'ClientOptions.logLevel', this) ??
      parseLogLevel(readEnv('COURIER_LOG'), "process.env['COURIER_LOG']", this) ??
      defaultLogLevel;
    this.fetchOptions = options.fetchOptions;
    this.maxRetries = options.maxRetries ?? 2;
    this.fetch = options.fetch ?? Shims.getDefaultFetch();
    this.#encoder = Opts.FallbackEncoder;

    const customHeadersEnv = readEnv('COURIER_CUSTOM_HEADERS');
    if (customHeadersEnv) {
      const parsed: Record<string, string> = {};
      for (const line of customHeadersEnv.split('\n')) {
        const colon = line.indexOf(':');
        if (colon >= 0) {
          parsed[line.substring(0, colon).trim()] = line.substring(colon + 1).trim();
        }
      }
      options.defaultHeaders = { ...parsed, ...options.defaultHeaders };
    }

    this._options = options;

    this.apiKey = apiKey;
  }

  /**
   * Create a new client instance re-using the same options given to the current client with optional overriding.
   */
  withOptions(options: Partial<ClientOptions>): this {
    const client = new (this.constructor as any as new (props: ClientOptions) => typeof this)({
      ...this._options,
      baseURL: this.baseURL,
      maxRetries: this.maxRetries,
      timeout: this.timeout,
      logger: this.logger,
      logLevel: this.logLevel,
      fetch: this.fetch,
      fetchOptions: this.fetchOptions,
      apiKey: this.apiKey,
      ...options,
    });
    return client;
  }

  /**
   * Check whether the base URL is set to its default.
   */
  #baseURLOverridden(): boolean {
    return this.baseURL !== 'https://api.courier.com';
  }

  protected defaultQuery(): Record<string, string | undefined> | undefined {
    return this._options.defaultQuery;
  }

  protected validateHeaders({ values, nulls }: NullableHeaders) {
    return;
  }

  protected async authHeaders(opts: FinalRequestOptions): Promise<NullableHeaders | undefined> {
    return buildHeaders([{ Authorization: `Bearer ${this.apiKey}` }]);
  }

  protected stringifyQuery(query: object | Record<string, unknown>): string {
    return stringifyQuery(query);
  }

  private getUserAgent(): string {
    return `${this.constructor.name}/JS ${VERSION}`;
  }

  protected defaultIdempotencyKey(): string {
    return `stainless-node-retry-${uuid4()}`;
  }

  protected makeStatusError(
    status: number,
    error: Object,
    message: string | undefined,
    headers: Headers,
  ): Errors.APIError {
    return Errors.APIError.generate(status, error, message, headers);
  }

  buildURL(
    path: string,
    query: Record<string, unknown> | null | undefined,
    defaultBaseURL?: string | undefined,
  ): string {
    const baseURL = (!this.#baseURLOverridden() && defaultBaseURL) || this.baseURL;
    const url =
      isAbsoluteURL(path) ?
        new URL(path)
      : new URL(baseURL + (baseURL.endsWith('/') && path.startsWith('/') ? path.slice(1) : path));

    const defaultQuery = this.defaultQuery();
    const pathQuery = Object.fromEntries(url.searchParams);
    if (!isEmptyObj(defaultQuery) || !isEmptyObj(pathQuery)) {
      query = { ...pathQuery, ...defaultQuery, ...query };
    }

    if (typeof query === 'object' && query && !Array.isArray(query)) {
      url.search = this.stringifyQuery(query);
    }

    return url.toString();
  }

  /**
   * Used as a callback for mutating the given `FinalRequestOptions` object.
   */
  protected async prepareOptions(options: FinalRequestOptions): Promise<void> {}

  /**
   * Used as a callback for mutating the given `RequestInit` object.
   *
   * This is useful for cases where you want to add certain headers based off of
   * the request properties, e.g. `method` or `url`.
   */
  protected async prepareRequest(
    request: RequestInit,
    { url, options }: { url: string; options: FinalRequestOptions },
  ): Promise<void> {}

  get<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('get', path, opts);
  }

  post<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('post', path, opts);
  }

  patch<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('patch', path, opts);
  }

  put<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('put', path, opts);
  }

  delete<Rsp>(path: string, opts?: PromiseOrValue<RequestOptions>): APIPromise<Rsp> {
    return this.methodRequest('delete', path, opts);
  }

  private methodRequest<Rsp>(
    method: HTTPMethod,
    path: string,
    opts?: PromiseOrValue<RequestOptions>,
  ): APIPromise<Rsp> {
    return this.request(
      Promise.resolve(opts).then((opts) => {
        return { method, path, ...opts };
      }),
    );
  }

  request<Rsp>(
    options: PromiseOrValue<FinalRequestOptions>,
    remainingRetries: number | null = null,
  ): APIPromise<Rsp> {
    return new APIPromise(this, this.makeRequest(options, remainingRetries, undefined));
  }

  private async makeRequest(
    optionsInput: PromiseOrValue<FinalRequestOptions>,
    retriesRemaining: number | null,
    retryOfRequestLogID: string | undefined,
  ): Promise<APIResponseProps> {
    const options = await optionsInput;
    const maxRetries = options.maxRetries ?? this.maxRetries;
    if (retriesRemaining == null) {
      retriesRemaining = maxRetries;
    }

    await this.prepareOptions(options);

    const { req, url, timeout } = await this.buildRequest(options, {
      retryCount: maxRetries - retriesRemaining,
    });

    await this.prepareRequest(req, { url, options });

    /** Not an API request ID, just for correlating local log entries. */
    const requestLogID = 'log_' + ((Math.random() * (1 << 24)) | 0).toString(16).padStart(6, '0');
    const retryLogStr = retryOfRequestLogID === undefined ? '' : `, retryOf: ${retryOfRequestLogID}`;
    const startTime = Date.now();

    loggerFor(this).debug(
      `[${requestLogID}] sending request`,
      formatRequestDetails({
        retryOfRequestLogID,
        method: options.method,
        url,
        options,
        headers: req.headers,
      }),
    );

    if (options.signal?.aborted) {
      throw new Errors.APIUserAbortError();
    }

    const controller = new AbortController();
    const response = await this.fetchWithTimeout(url, req, timeout, controller).catch(castToError);
    const headersTime = Date.now();

    if (response instanceof globalThis.Error) {
      const retryMessage = `retrying, ${retriesRemaining} attempts remaining`;
      if (options.signal?.aborted) {
        throw new Errors.APIUserAbortError();
      }
      // detect native connection timeout errors
      // deno throws "TypeError: error sending request for url (https://example/): client error (Connect): tcp connect error: Operation timed out (os error 60): Operation timed out (os error 60)"
      // undici throws "TypeError: fetch failed" with cause "ConnectTimeoutError: Connect Timeout Error (attempted address: example:443, timeout: 1ms)"
      // others do not provide enough information to distinguish timeouts from other connection errors
      const isTimeout =
        isAbortError(response) ||
        /timed? ?out/i.test(String(response) + ('cause' in response ? String(response.cause) : ''));
      if (retriesRemaining) {
        loggerFor(this).info(
          `[${requestLogID}] connection ${isTimeout ? 'timed out' : 'failed'} - ${retryMessage}`,
        );
        loggerFor(this).debug(
          `[${requestLogID}] connection ${isTimeout ? 'timed out' : 'failed'} (${retryMessage})`,
          formatRequestDetails({
            retryOfRequestLogID,
            url,
            durationMs: headersTime - startTime,
            message: response.message,
          }),
        );
        return this.retryRequest(options, retriesRemaining, retryOfRequestLogID ?? requestLogID);
      }
      loggerFor(this).info(
        `[${requestLogID}] connection ${isTimeout ? 'timed out' : 'failed'} - error; no more retries left`,
      );
      loggerFor(this).debug(
        `[${requestLogID}] connection ${isTimeout ? 'timed out' : 'failed'} (error; no more retries left)`,
        formatRequestDetails({
          retryOfRequestLogID,
          url,
          durationMs: headersTime - startTime,
          message: response.message,
        }),
      );
      if (isTimeout) {
        throw new Errors.APIConnectionTimeoutError();
      }
      throw new Errors.APIConnectionError({ cause: response });
    }

    const responseInfo = `[${requestLogID}${retryLogStr}] ${req.method} ${url} ${
      response.ok ? 'succeeded' : 'failed'
    } with status ${response.status} in ${headersTime - startTime}ms`;

    if (!response.ok) {
      const shouldRetry = await this.shouldRetry(response);
      if (retriesRemaining && shouldRetry) {
        const retryMessage = `retrying, ${retriesRemaining} attempts remaining`;

        // We don't need the body of this response.
        await Shims.CancelReadableStream(response.body);
        loggerFor(this).info(`${responseInfo} - ${retryMessage}`);
        loggerFor(this).debug(
          `[${requestLogID}] response error (${retryMessage})`,
          formatRequestDetails({
            retryOfRequestLogID,
            url: response.url,
            status: response.status,
            headers: response.headers,
            durationMs: headersTime - startTime,
          }),
        );
        return this.retryRequest(
          options,
          retriesRemaining,
          retryOfRequestLogID ?? requestLogID,
          response.headers,
        );
      }

      const retryMessage = shouldRetry ? `error; no more retries left` : `error; not retryable`;

      loggerFor(this).info(`${responseInfo} - ${retryMessage}`);

      const errText = await response.text().catch((err: any) => castToError(err).message);
      const errJSON = safeJSON(errText) as any;
      const errMessage = errJSON ? undefined : errText;

      loggerFor(this).debug(
        `[${requestLogID}] response error (${retryMessage})`,
        formatRequestDetails({
          retryOfRequestLogID,
          url: response.url,
          status: response.status,
          headers: response.headers,
          message: errMessage,
          durationMs: Date.now() - startTime,
        }),
      );

      const err = this.makeStatusError(response.status, errJSON, errMessage, response.headers);
      throw err;
    }

    loggerFor(this).info(responseInfo);
    loggerFor(this).debug(
      `[${requestLogID}] response start`,
      formatRequestDetails({
        retryOfRequestLogID,
        url: response.url,
        status: response.status,
        headers: response.headers,
        durationMs: headersTime - startTime,
      }),
    );

    return { response, options, controller, requestLogID, retryOfRequestLogID, startTime };
  }

  async fetchWithTimeout(
    url: RequestInfo,
    init: RequestInit | undefined,
    ms: number,
    controller: AbortController,
  ): Promise<Response> {
    const { signal, method, ...options } = init || {};
    const abort = this._makeAbort(controller);
    if (signal) signal.addEventListener('abort', abort, { once: true });

    const timeout = setTimeout(abort, ms);

    const isReadableBody =
      ((globalThis as any).ReadableStream && options.body instanceof (globalThis as any).ReadableStream) ||
      (typeof options.body === 'object' && options.body !== null && Symbol.asyncIterator in options.body);

    const fetchOptions: RequestInit = {
      signal: controller.signal as any,
      ...(isReadableBody ? { duplex: 'half' } : {}),
      method: 'GET',
      ...options,
    };
    if (method) {
      // Custom methods like 'patch' need to be uppercased
      // See https://github.com/nodejs/undici/issues/2294
      fetchOptions.method = method.toUpperCase();
    }

    try {
      // use undefined this binding; fetch errors if bound to something else in browser/cloudflare
      return await this.fetch.call(undefined, url, fetchOptions);
    } finally {
      clearTimeout(timeout);
    }
  }

  private async shouldRetry(response: Response): Promise<boolean> {
    // Note this is not a standard header.
    const shouldRetryHeader = response.headers.get('x-should-retry');

    // If the server explicitly says whether or not to retry, obey.
    if (shouldRetryHeader === 'true') return true;
    if (shouldRetryHeader === 'false') return false;

    // Retry on request timeouts.
    if (response.status === 408) return true;

    // Retry on lock timeouts.
    if (response.status === 409) return true;

    // Retry on rate limits.
    if (response.status === 429) return true;

    // Retry internal errors.
    if (response.status >= 500) return true;

    return false;
  }

  private async retryRequest(
    options: FinalRequestOptions,
    retriesRemaining: number,
    requestLogID: string,
    responseHeaders?: Headers | undefined,
  ): Promise<APIResponseProps> {
    let timeoutMillis: number | undefined;

    // Note the `retry-after-ms` header may not be standard, but is a good idea and we'd like proactive support for it.
    const retryAfterMillisHeader = responseHeaders?.get('retry-after-ms');
    if (retryAfterMillisHeader) {
      const timeoutMs = parseFloat(retryAfterMillisHeader);
      if (!Number.isNaN(timeoutMs)) {
        timeoutMillis = timeoutMs;
      }
    }

    // About the Retry-After header: https://developer.mozilla.org/en-US/docs/Web/HTTP/Headers/Retry-After
    const retryAfterHeader = responseHeaders?.get('retry-after');
    if (retryAfterHeader && !timeoutMillis) {
      const timeoutSeconds = parseFloat(retryAfterHeader);
      if (!Number.isNaN(timeoutSeconds)) {
        timeoutMillis = timeoutSeconds * 1000;
      } else {
        timeoutMillis = Date.parse(retryAfterHeader) - Date.now();
      }
    }

    // If the API asks us to wait a certain amount of time, just do what it
    // says, but otherwise calculate a default
    if (timeoutMillis === undefined) {
      const maxRetries = options.maxRetries ?? this.maxRetries;
      timeoutMillis = this.calculateDefaultRetryTimeoutMillis(retriesRemaining, maxRetries);
    }
    await sleep(timeoutMillis);

    return this.makeRequest(options, retriesRemaining - 1, requestLogID);
  }

  private calculateDefaultRetryTimeoutMillis(retriesRemaining: number, maxRetries: number): number {
    const initialRetryDelay = 0.5;
    const maxRetryDelay = 8.0;

    const numRetries = maxRetries - retriesRemaining;

    // Apply exponential backoff, but not more than the max.
    const sleepSeconds = Math.min(initialRetryDelay * Math.pow(2, numRetries), maxRetryDelay);

    // Apply some jitter, take up to at most 25 percent of the retry time.
    const jitter = 1 - Math.random() * 0.25;

    return sleepSeconds * jitter * 1000;
  }

  async buildRequest(
    inputOptions: FinalRequestOptions,
    { retryCount = 0 }: { retryCount?: number } = {},
  ): Promise<{ req: FinalizedRequestInit; url: string; timeout: number }> {
    const options = { ...inputOptions };
    const { method, path, query, defaultBaseURL } = options;

    const url = this.buildURL(path!, query as Record<string, unknown>, defaultBaseURL);
    if ('timeout' in options) validatePositiveInteger('timeout', options.timeout);
    options.timeout = options.timeout ?? this.timeout;
    const { bodyHeaders, body } = this.buildBody({ options });
    const reqHeaders = await this.buildHeaders({ options: inputOptions, method, bodyHeaders, retryCount });

    const req: FinalizedRequestInit = {
      method,
      headers: reqHeaders,
      ...(options.signal && { signal: options.signal }),
      ...((globalThis as any).ReadableStream &&
        body instanceof (globalThis as any).ReadableStream && { duplex: 'half' }),
      ...(body && { body }),
      ...((this.fetchOptions as any) ?? {}),
      ...((options.fetchOptions as any) ?? {}),
    };

    return { req, url, timeout: options.timeout };
  }

  private async buildHeaders({
    options,
    method,
    bodyHeaders,
    retryCount,
  }: {
    options: FinalRequestOptions;
    method: HTTPMethod;
    bodyHeaders: HeadersLike;
    retryCount: number;
  }): Promise<Headers> {
    let idempotencyHeaders: HeadersLike = {};
    if (this.idempotencyHeader && method !== 'get') {
      if (!options.idempotencyKey) options.idempotencyKey = this.defaultIdempotencyKey();
      idempotencyHeaders[this.idempotencyHeader] = options.idempotencyKey;
    }

    const headers = buildHeaders([
      idempotencyHeaders,
      {
        Accept: 'application/json',
        'User-Agent': this.getUserAgent(),
        'X-Stainless-Retry-Count': String(retryCount),
        ...(options.timeout ? { 'X-Stainless-Timeout': String(Math.trunc(options.timeout / 1000)) } : {}),
        ...getPlatformHeaders(),
      },
      await this.authHeaders(options),
      this._options.defaultHeaders,
      bodyHeaders,
      options.headers,
    ]);

    this.validateHeaders(headers);

    return headers.values;
  }

  private _makeAbort(controller: AbortController) {
    // note: we can't just inline this method inside `fetchWithTimeout()` because then the closure
    //       would capture all request options, and cause a memory leak.
    return () => controller.abort();
  }

  private buildBody({ options }: { options: FinalRequestOptions }): {
    bodyHeaders: HeadersLike;
    body: BodyInit | undefined;
  } {
    const { body, headers: rawHeaders } = options;
    if (!body) {
      // A resource method always passes a `body` key when its operation defines a
      // request body, even if the caller omitted an optional body param. Keep the
      // content-type for those, and only elide it for operations with no body at
      // all (e.g. GET/DELETE).
      if (body == null && 'body' in options) {
        return this.#encoder({ body, headers: buildHeaders([rawHeaders]) });
      }
      return { bodyHeaders: undefined, body: undefined };
    }
    const headers = buildHeaders([rawHeaders]);
    if (
      // Pass raw type verbatim
      ArrayBuffer.isView(body) ||
      body instanceof ArrayBuffer ||
      body instanceof DataView ||
      (typeof body === 'string' &&
        // Preserve legacy string encoding behavior for now
        headers.values.has('content-type')) ||
      // `Blob` is superset of `File`
      ((globalThis as any).Blob && body instanceof (globalThis as any).Blob) ||
      // `FormData` -> `multipart/form-data`
      body instanceof FormData ||
      // `URLSearchParams` -> `application/x-www-form-urlencoded`
      body instanceof URLSearchParams ||
      // Send chunked stream (each chunk has own `length`)
      ((globalThis as any).ReadableStream && body instanceof (globalThis as any).ReadableStream)
    ) {
      return { bodyHeaders: undefined, body: body as BodyInit };
    } else if (
      typeof body === 'object' &&
      (Symbol.asyncIterator in body ||
        (Symbol.iterator in body && 'next' in body && typeof body.next === 'function'))
    ) {
      return { bodyHeaders: undefined, body: Shims.ReadableStreamFrom(body as AsyncIterable<Uint8Array>) };
    } else if (
      typeof body === 'object' &&
      headers.values.get('content-type') === 'application/x-www-form-urlencoded'
    ) {
      return {
        bodyHeaders: { 'content-type': 'application/x-www-form-urlencoded' },
        body: this.stringifyQuery(body),
      };
    } else {
      return this.#encoder({ body, headers });
    }
  }

  static Courier = this;
  static DEFAULT_TIMEOUT = 60000; // 1 minute

  static CourierError = Errors.CourierError;
  static APIError = Errors.APIError;
  static APIConnectionError = Errors.APIConnectionError;
  static APIConnectionTimeoutError = Errors.APIConnectionTimeoutError;
  static APIUserAbortError = Errors.APIUserAbortError;
  static NotFoundError = Errors.NotFoundError;
  static ConflictError = Errors.ConflictError;
  static RateLimitError = Errors.RateLimitError;
  static BadRequestError = Errors.BadRequestError;
  static AuthenticationError = Errors.AuthenticationError;
  static InternalServerError = Errors.InternalServerError;
  static PermissionDeniedError = Errors.PermissionDeniedError;
  static UnprocessableEntityError = Errors.UnprocessableEntityError;

  static toFile = Uploads.toFile;

  /**
   * Send a message to one or more recipients — users, lists, audiences, or tenants — across every channel you have configured.
   */
  send: API.Send = new API.Send(this);
  /**
   * Define filter-based groups whose membership Courier recalculates as user profiles change.
   */
  audiences: API.Audiences = new API.Audiences(this);
  /**
   * Configure the channel providers Courier delivers through, and browse the provider types it supports.
   */
  providers: API.Providers = new API.Providers(this);
  /**
   * Read the audit trail of configuration and access changes in your workspace.
   */
  auditEvents: API.AuditEvents = new API.AuditEvents(this);
  /**
   * Issue scoped, short-lived JWTs so client-side SDKs — Inbox, Preferences, and the embedded designer — can call Courier as a single user. Server-side requests authenticate with your workspace API key instead.
   */
  auth: API.Auth = new API.Auth(this);
  /**
   * Invoke a stored automation template or an ad hoc automation defined in the request.
   */
  automations: API.Automations = new API.Automations(this);
  /**
   * Build, version, publish, invoke, and cancel multi-step notification workflows, along with the templates scoped to them.
   */
  journeys: API.Journeys = new API.Journeys(this);
  /**
   * Create a one-off send to a list or audience, author its content, then send it immediately or schedule it for later.
   */
  broadcasts: API.Broadcasts = new API.Broadcasts(this);
  bulk: API.Bulk = new API.Bulk(this);
  /**
   * Manage the logos, colors, and layout that give the templates you send a consistent look.
   */
  brands: API.Brands = new API.Brands(this);
  digests: API.Digests = new API.Digests(this);
  /**
   * Record an inbound event that triggers the journeys and automations mapped to it.
   */
  inbound: API.Inbound = new API.Inbound(this);
  /**
   * Manage static groups of users that you subscribe explicitly, and send to them by list id or list pattern.
   */
  lists: API.Lists = new API.Lists(this);
  /**
   * Look up the messages Courier has accepted, inspect their delivery history and rendered output, and cancel, resend, or archive them.
   */
  messages: API.Messages = new API.Messages(this);
  /**
   * Look up the messages Courier has accepted, inspect their delivery history and rendered output, and cancel, resend, or archive them.
   */
  requests: API.Requests = new API.Requests(this);
  /**
   * Create, update, version, publish, and localize notification templates and their content.
   */
  notifications: API.Notifications = new API.Notifications(this);
  /**
   * Define reusable channel routing and failover strategies, and see which templates use them.
   */
  routingStrategies: API.RoutingStrategies = new API.RoutingStrategies(this);
  /**
   * Manage the workspace catalog of subscription topics, the sections that group them, and publishing the preference page.
   */
  workspacePreferences: API.WorkspacePreferences = new API.WorkspacePreferences(this);
  /**
   * Store the contact information Courier delivers to for each user — email, phone number, push tokens, and any custom data you send to.
   */
  profiles: API.Profiles = new API.Profiles(this);
  /**
   * Manage tenants — the organizations, teams, or accounts your users belong to — along with their users and default preferences.
   */
  tenants: API.Tenants = new API.Tenants(this);
  /**
   * Store and retrieve the translation strings Courier uses to render localized template content.
   */
  translations: API.Translations = new API.Translations(this);
  users: API.Users = new API.Users(this);
}

Courier.Send = Send;
Courier.Audiences = Audiences;
Courier.Providers = Providers;
Courier.AuditEvents = AuditEvents;
Courier.Auth = Auth;
Courier.Automations = Automations;
Courier.Journeys = Journeys;
Courier.Broadcasts = Broadcasts;
Courier.Bulk = Bulk;
Courier.Brands = Brands;
Courier.Digests = Digests;
Courier.Inbound = Inbound;
Courier.Lists = Lists;
Courier.Messages = Messages;
Courier.Requests = Requests;
Courier.Notifications = Notifications;
Courier.RoutingStrategies = RoutingStrategies;
Courier.WorkspacePreferences = WorkspacePreferences;
Courier.Profiles = Profiles;
Courier.Tenants = Tenants;
Courier.Translations = Translations;
Courier.Users = Users;

export declare namespace Courier {
  export type RequestOptions = Opts.RequestOptions;

  export {
    Send as Send,
    type SendMessageResponse as SendMessageResponse,
    type SendMessageParams as SendMessageParams,
  };

  export {
    Audiences as Audiences,
    type Audience as Audience,
    type AudienceUpdateResponse as AudienceUpdateResponse,
    type AudienceListResponse as AudienceListResponse,
    type AudienceListMembersResponse as AudienceListMembersResponse,
    type AudienceUpdateParams as AudienceUpdateParams,
    type AudienceListParams as AudienceListParams,
    type AudienceListMembersParams as AudienceListMembersParams,
  };

  export {
    Providers as Providers,
    type Provider as Provider,
    type ProvidersCatalogEntry as ProvidersCatalogEntry,
    type ProviderListResponse as ProviderListResponse,
    type ProviderCreateParams as ProviderCreateParams,
    type ProviderUpdateParams as ProviderUpdateParams,
    type ProviderListParams as ProviderListParams,
  };

  export {
    AuditEvents as AuditEvents,
    type AuditEvent as AuditEvent,
    type AuditEventListResponse as AuditEventListResponse,
    type AuditEventListParams as AuditEventListParams,
  };

  export {
    Auth as Auth,
    type AuthIssueTokenResponse as AuthIssueTokenResponse,
    type AuthIssueTokenParams as AuthIssueTokenParams,
  };

  export {
    Automations as Automations,
    type AutomationInvokeResponse as AutomationInvokeResponse,
    type AutomationRunListItem as AutomationRunListItem,
    type AutomationRunListResponse as AutomationRunListResponse,
    type AutomationRunStep as AutomationRunStep,
    type AutomationRunStepsResponse as AutomationRunStepsResponse,
    type AutomationTemplate as AutomationTemplate,
    type AutomationTemplateListResponse as AutomationTemplateListResponse,
    type AutomationListParams as AutomationListParams,
  };

  export {
    Journeys as Journeys,
    type CancelJourneyRequest as CancelJourneyRequest,
    type CancelJourneyResponse as CancelJourneyResponse,
    type CreateJourneyRequest as CreateJourneyRequest,
    type Journey as Journey,
    type JourneyAINode as JourneyAINode,
    type JourneyAPIInvokeTriggerNode as JourneyAPIInvokeTriggerNode,
    type JourneyAudienceTriggerNode as JourneyAudienceTriggerNode,
    type JourneyConditionAtom as JourneyConditionAtom,
    type JourneyConditionGroup as JourneyConditionGroup,
    type JourneyConditionNestedGroup as JourneyConditionNestedGroup,
    type JourneyConditionsField as JourneyConditionsField,
    type JourneyDelayDurationNode as JourneyDelayDurationNode,
    type JourneyDelayUntilNode as JourneyDelayUntilNode,
    type JourneyExitNode as JourneyExitNode,
    type JourneyExperiment as JourneyExperiment,
    type JourneyExperimentVariant as JourneyExperimentVariant,
    type JourneyFetchGetDeleteNode as JourneyFetchGetDeleteNode,
    type JourneyFetchPostPutNode as JourneyFetchPostPutNode,
    type JourneyMergeStrategy as JourneyMergeStrategy,
    type JourneyNode as JourneyNode,
    type JourneyPublishRequest as JourneyPublishRequest,
    type JourneyResponse as JourneyResponse,
    type JourneyRun as JourneyRun,
    type JourneyRunListItem as JourneyRunListItem,
    type JourneyRunListResponse as JourneyRunListResponse,
    type JourneyRunResponse as JourneyRunResponse,
    type JourneyRunStep as JourneyRunStep,
    type JourneyRunStepsResponse as JourneyRunStepsResponse,
    type JourneySegmentTriggerNode as JourneySegmentTriggerNode,
    type JourneySendNode as JourneySendNode,
    type JourneyState as JourneyState,
    type JourneyTemplateCreateRequest as JourneyTemplateCreateRequest,
    type JourneyTemplateGetResponse as JourneyTemplateGetResponse,
    type JourneyTemplateListResponse as JourneyTemplateListResponse,
    type JourneyTemplatePublishRequest as JourneyTemplatePublishRequest,
    type JourneyTemplateReplaceRequest as JourneyTemplateReplaceRequest,
    type JourneyTemplateSummary as JourneyTemplateSummary,
    type JourneyThrottleDynamicNode as JourneyThrottleDynamicNode,
    type JourneyThrottleStaticNode as JourneyThrottleStaticNode,
    type JourneyVersionItem as JourneyVersionItem,
    type JourneyVersionsListResponse as JourneyVersionsListResponse,
    type JourneyWebhookTriggerNode as JourneyWebhookTriggerNode,
    type JourneysInvokeRequest as JourneysInvokeRequest,
    type JourneysInvokeResponse as JourneysInvokeResponse,
    type JourneysListResponse as JourneysListResponse,
    type JourneyCreateParams as JourneyCreateParams,
    type JourneyRetrieveParams as JourneyRetrieveParams,
    type JourneyListParams as JourneyListParams,
    type JourneyCancelParams as JourneyCancelParams,
    type JourneyInvokeParams as JourneyInvokeParams,
    type JourneyPublishParams as JourneyPublishParams,
    type JourneyReplaceParams as JourneyReplaceParams,
  };

  export {
    Broadcasts as Broadcasts,
    type Broadcast as Broadcast,
    type BroadcastListResponse as BroadcastListResponse,
    type BroadcastSchedule as BroadcastSchedule,
    type CreateBroadcastRequest as CreateBroadcastRequest,
    type ScheduleBroadcastRequest as ScheduleBroadcastRequest,
    type SendBroadcastRequest as SendBroadcastRequest,
    type UpdateBroadcastRequest as UpdateBroadcastRequest,
    type BroadcastCreateParams as BroadcastCreateParams,
    type BroadcastUpdateParams as BroadcastUpdateParams,
    type BroadcastListParams as BroadcastListParams,
    type BroadcastPutContentParams as BroadcastPutContentParams,
    type BroadcastRetrieveContentParams as BroadcastRetrieveContentParams,
    type BroadcastScheduleParams as BroadcastScheduleParams,
    type BroadcastSendParams as BroadcastSendParams,
  };

  export {
    Bulk as Bulk,
    type InboundBulkMessage as InboundBulkMessage,
    type InboundBulkMessageUser as InboundBulkMessageUser,
    type BulkCreateJobResponse as BulkCreateJobResponse,
    type BulkListUsersResponse as BulkListUsersResponse,
    type BulkRetrieveJobResponse as BulkRetrieveJobResponse,
    type BulkAddUsersParams as BulkAddUsersParams,
    type BulkCreateJobParams as BulkCreateJobParams,
    type BulkListUsersParams as BulkListUsersParams,
  };

  export {
    Brands as Brands,
    type Brand as Brand,
    type BrandColors as BrandColors,
    type BrandSettings as BrandSettings,
    type BrandSettingsEmail as BrandSettingsEmail,
    type BrandSettingsInApp as BrandSettingsInApp,
    type BrandSnippet as BrandSnippet,
    type BrandSnippets as BrandSnippets,
    type BrandTemplate as BrandTemplate,
    type EmailFooter as EmailFooter,
    type EmailHead as EmailHead,
    type EmailHeader as EmailHeader,
    type Icons as Icons,
    type Logo as Logo,
    type WidgetBackground as WidgetBackground,
    type BrandListResponse as BrandListResponse,
    type BrandCreateParams as BrandCreateParams,
    type BrandUpdateParams as BrandUpdateParams,
    type BrandListParams as BrandListParams,
  };

  export {
    Digests as Digests,
    type DigestCategory as DigestCategory,
    type DigestInstance as DigestInstance,
    type DigestInstanceListResponse as DigestInstanceListResponse,
  };

  export {
    Inbound as Inbound,
    type InboundTrackEventResponse as InboundTrackEventResponse,
    type InboundTrackEventParams as InboundTrackEventParams,
  };

  export {
    Lists as Lists,
    type PutSubscriptionsRecipient as PutSubscriptionsRecipient,
    type SubscriptionList as SubscriptionList,
    type ListListResponse as ListListResponse,
    type ListUpdateParams as ListUpdateParams,
    type ListListParams as ListListParams,
    type ListRestoreParams as ListRestoreParams,
  };

  export {
    Messages as Messages,
    type MessageDetails as MessageDetails,
    type MessageRetrieveResponse as MessageRetrieveResponse,
    type MessageListResponse as MessageListResponse,
    type MessageContentResponse as MessageContentResponse,
    type MessageHistoryResponse as MessageHistoryResponse,
    type MessageResendResponse as MessageResendResponse,
    type MessageListParams as MessageListParams,
    type MessageHistoryParams as MessageHistoryParams,
  };

  export { Requests as Requests };

  export {
    Notifications as Notifications,
    type BaseCheck as BaseCheck,
    type Check as Check,
    type ElementWithChecksums as ElementWithChecksums,
    type NotificationContentGetResponse as NotificationContentGetResponse,
    type NotificationContentMutationResponse as NotificationContentMutationResponse,
    type NotificationContentPutRequest as NotificationContentPutRequest,
    type NotificationElementPutRequest as NotificationElementPutRequest,
    type NotificationGetContent as NotificationGetContent,
    type NotificationLocalePutRequest as NotificationLocalePutRequest,
    type NotificationTemplateAlias as NotificationTemplateAlias,
    type NotificationTemplateCreateRequest as NotificationTemplateCreateRequest,
    type NotificationTemplatePayload as NotificationTemplatePayload,
    type NotificationTemplatePublishRequest as NotificationTemplatePublishRequest,
    type NotificationTemplateResponse as NotificationTemplateResponse,
    type NotificationTemplateState as NotificationTemplateState,
    type NotificationTemplateSummary as NotificationTemplateSummary,
    type NotificationTemplateUpdateRequest as NotificationTemplateUpdateRequest,
    type NotificationTemplateVersionListResponse as NotificationTemplateVersionListResponse,
    type NotificationTemplateWritePayload as NotificationTemplateWritePayload,
    type VersionNode as VersionNode,
    type NotificationListResponse as NotificationListResponse,
    type NotificationRetrieveContentResponse as NotificationRetrieveContentResponse,
    type NotificationCreateParams as NotificationCreateParams,
    type NotificationRetrieveParams as NotificationRetrieveParams,
    type NotificationListParams as NotificationListParams,
    type NotificationListVersionsParams as NotificationListVersionsParams,
    type NotificationPublishParams as NotificationPublishParams,
    type NotificationPutContentParams as NotificationPutContentParams,
    type NotificationPutElementParams as NotificationPutElementParams,
    type NotificationPutLocaleParams as NotificationPutLocaleParams,
    type NotificationReplaceParams as NotificationReplaceParams,
    type NotificationRetrieveContentParams as NotificationRetrieveContentParams,
  };

  export {
    RoutingStrategies as RoutingStrategies,
    type AssociatedNotificationListResponse as AssociatedNotificationListResponse,
    type RoutingStrategyCreateRequest as RoutingStrategyCreateRequest,
    type RoutingStrategyGetResponse as RoutingStrategyGetResponse,
    type RoutingStrategyListResponse as RoutingStrategyListResponse,
    type RoutingStrategyReplaceRequest as RoutingStrategyReplaceRequest,
    type RoutingStrategySummary as RoutingStrategySummary,
    type RoutingStrategyCreateParams as RoutingStrategyCreateParams,
    type RoutingStrategyListParams as RoutingStrategyListParams,
    type RoutingStrategyListNotificationsParams as RoutingStrategyListNotificationsParams,
    type RoutingStrategyReplaceParams as RoutingStrategyReplaceParams,
  };

  export {
    WorkspacePreferences as WorkspacePreferences,
    type PublishPreferencesRequest as PublishPreferencesRequest,
    type PublishPreferencesResponse as PublishPreferencesResponse,
    type WorkspacePreferenceCreateRequest as WorkspacePreferenceCreateRequest,
    type WorkspacePreferenceGetResponse as WorkspacePreferenceGetResponse,
    type WorkspacePreferenceListResponse as WorkspacePreferenceListResponse,
    type WorkspacePreferenceReplaceRequest as WorkspacePreferenceReplaceRequest,
    type WorkspacePreferenceTopicCreateRequest as WorkspacePreferenceTopicCreateRequest,
    type WorkspacePreferenceTopicGetResponse as WorkspacePreferenceTopicGetResponse,
    type WorkspacePreferenceTopicListResponse as WorkspacePreferenceTopicListResponse,
    type WorkspacePreferenceTopicReplaceRequest as WorkspacePreferenceTopicReplaceRequest,
    type WorkspacePreferenceCreateParams as WorkspacePreferenceCreateParams,
    type WorkspacePreferencePublishParams as WorkspacePreferencePublishParams,
    type WorkspacePreferenceReplaceParams as WorkspacePreferenceReplaceParams,
  };

  export {
    Profiles as Profiles,
    type SubscribeToListsRequestItem as SubscribeToListsRequestItem,
    type ProfileCreateResponse as ProfileCreateResponse,
    type ProfileRetrieveResponse as ProfileRetrieveResponse,
    type ProfileReplaceResponse as ProfileReplaceResponse,
    type ProfileCreateParams as ProfileCreateParams,
    type ProfileUpdateParams as ProfileUpdateParams,
    type ProfileReplaceParams as ProfileReplaceParams,
  };

  export {
    Tenants as Tenants,
    type BaseTemplateTenantAssociation as BaseTemplateTenantAssociation,
    type DefaultPreferences as DefaultPreferences,
    type PostTenantTemplatePublishRequest as PostTenantTemplatePublishRequest,
    type PostTenantTemplatePublishResponse as PostTenantTemplatePublishResponse,
    type PutTenantTemplateRequest as PutTenantTemplateRequest,
    type PutTenantTemplateResponse as PutTenantTemplateResponse,
    type SubscriptionTopicNew as SubscriptionTopicNew,
    type Tenant as Tenant,
    type TenantAssociation as TenantAssociation,
    type TenantTemplateInput as TenantTemplateInput,
    type TenantListResponse as TenantListResponse,
    type TenantListUsersResponse as TenantListUsersResponse,
    type TenantUpdateParams as TenantUpdateParams,
    type TenantListParams as TenantListParams,
    type TenantListUsersParams as TenantListUsersParams,
  };

  export {
    Translations as Translations,
    type TranslationRetrieveResponse as TranslationRetrieveResponse,
    type TranslationRetrieveParams as TranslationRetrieveParams,
    type TranslationUpdateParams as TranslationUpdateParams,
  };

  export { Users as Users };

  export type AirshipProfile = API.AirshipProfile;
  export type AirshipProfileAudience = API.AirshipProfileAudience;
  export type Alignment = API.Alignment;
  export type Apn = API.Apn;
  export type AudienceFilter = API.AudienceFilter;
  export type AudienceFilterConfig = API.AudienceFilterConfig;
  export type AudienceRecipient = API.AudienceRecipient;
  export type AwsSns = API.AwsSns;
  export type Channel = API.Channel;
  export type ChannelClassification = API.ChannelClassification;
  export type ChannelMetadata = API.ChannelMetadata;
  export type ChannelPreference = API.ChannelPreference;
  export type DeviceType = API.DeviceType;
  export type Discord = API.Discord;
  export type ElementalActionNodeWithType = API.ElementalActionNodeWithType;
  export type ElementalBaseNode = API.ElementalBaseNode;
  export type ElementalChannelNode = API.ElementalChannelNode;
  export type ElementalChannelNodeWithType = API.ElementalChannelNodeWithType;
  export type ElementalContent = API.ElementalContent;
  export type ElementalContentSugar = API.ElementalContentSugar;
  export type ElementalDividerNodeWithType = API.ElementalDividerNodeWithType;
  export type ElementalHTMLNodeWithType = API.ElementalHTMLNodeWithType;
  export type ElementalImageNodeWithType = API.ElementalImageNodeWithType;
  export type ElementalMetaNodeWithType = API.ElementalMetaNodeWithType;
  export type ElementalNode = API.ElementalNode;
  export type ElementalQuoteNodeWithType = API.ElementalQuoteNodeWithType;
  export type ElementalTextNodeWithType = API.ElementalTextNodeWithType;
  export type Expo = API.Expo;
  export type FilterConfig = API.FilterConfig;
  export type Intercom = API.Intercom;
  export type IntercomRecipient = API.IntercomRecipient;
  export type ListFilter = API.ListFilter;
  export type ListPatternRecipient = API.ListPatternRecipient;
  export type ListRecipient = API.ListRecipient;
  export type MessageChannels = API.MessageChannels;
  export type MessageContext = API.MessageContext;
  export type MessageProviders = API.MessageProviders;
  export type MessageProvidersType = API.MessageProvidersType;
  export type MessageRouting = API.MessageRouting;
  export type MessageRoutingChannel = API.MessageRoutingChannel;
  export type Metadata = API.Metadata;
  export type MsTeams = API.MsTeams;
  export type MsTeamsBaseProperties = API.MsTeamsBaseProperties;
  export type MsTeamsRecipient = API.MsTeamsRecipient;
  export type MultipleTokens = API.MultipleTokens;
  export type NotificationPreferenceDetails = API.NotificationPreferenceDetails;
  export type Pagerduty = API.Pagerduty;
  export type PagerdutyRecipient = API.PagerdutyRecipient;
  export type Paging = API.Paging;
  export type Preference = API.Preference;
  export type PreferenceStatus = API.PreferenceStatus;
  export type RecipientPreferences = API.RecipientPreferences;
  export type Rule = API.Rule;
  export type SendDirectMessage = API.SendDirectMessage;
  export type SendToChannel = API.SendToChannel;
  export type SendToMsTeamsChannelID = API.SendToMsTeamsChannelID;
  export type SendToMsTeamsChannelName = API.SendToMsTeamsChannelName;
  export type SendToMsTeamsConversationID = API.SendToMsTeamsConversationID;
  export type SendToMsTeamsEmail = API.SendToMsTeamsEmail;
  export type SendToMsTeamsUserID = API.SendToMsTeamsUserID;
  export type SendToSlackChannel = API.SendToSlackChannel;
  export type SendToSlackEmail = API.SendToSlackEmail;
  export type SendToSlackUserID = API.SendToSlackUserID;
  export type Slack = API.Slack;
  export type SlackBaseProperties = API.SlackBaseProperties;
  export type SlackRecipient = API.SlackRecipient;
  export type TextStyle = API.TextStyle;
  export type Timeouts = API.Timeouts;
  export type Token = API.Token;
  export type UserProfile = API.UserProfile;
  export type UserProfileFirebaseToken = API.UserProfileFirebaseToken;
  export type UserRecipient = API.UserRecipient;
  export type Utm = API.Utm;
  export type WebhookAuthMode = API.WebhookAuthMode;
  export type WebhookAuthentication = API.WebhookAuthentication;
  export type WebhookMethod = API.WebhookMethod;
  export type WebhookProfile = API.WebhookProfile;
  export type WebhookProfileType = API.WebhookProfileType;
  export type WebhookRecipient = API.WebhookRecipient;
}
