/*!
 * @license
 * Copyright 2021 Google LLC
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *   http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { App } from '../app';
import { FirebaseApp } from '../app/firebase-app';
import {
  HttpRequestConfig, HttpClient, RequestResponseError, AuthorizedHttpClient
} from '../utils/api-request';
import { FirebaseError, toHttpResponse } from '../utils/error';
import { FirebaseFunctionsError, FunctionsErrorCode, FUNCTIONS_ERROR_CODE_MAPPING } from './error';
import * as utils from '../utils/index';
import * as validator from '../utils/validator';
import { TaskOptions, FunctionScope } from './functions-api';
import { ApplicationDefaultCredential } from '../app/credential-internal';

export type InternalFunctionScope = FunctionScope | {
  scope: 'kit';
  instance: string;
} | {
  scope: 'extensionOrKit';
  instance: string;
};

const CLOUD_TASKS_API_RESOURCE_PATH = 'projects/{projectId}/locations/{locationId}/queues/{resourceId}/tasks';
const CLOUD_TASKS_API_URL_FORMAT = 'https://cloudtasks.googleapis.com/v2/' + CLOUD_TASKS_API_RESOURCE_PATH;
const FIREBASE_FUNCTION_URL_FORMAT = 'https://{locationId}-{projectId}.cloudfunctions.net/{resourceId}';
export const EMULATED_SERVICE_ACCOUNT_DEFAULT = 'emulated-service-acct@email.com';

const FIREBASE_FUNCTIONS_CONFIG_HEADERS = {
  'X-Firebase-Client': `fire-admin-node/${utils.getSdkVersion()}`
};

// Default canonical location ID of the task queue.
const DEFAULT_LOCATION = 'us-central1';

/**
 * Class that facilitates sending requests to the Firebase Functions backend API.
 *
 * @internal
 */
export class FunctionsApiClient {
  private readonly httpClient: HttpClient;
  private readonly emulatorHost?: string;
  private projectId?: string;
  private accountId?: string;

  constructor(private readonly app: App) {
    if (!validator.isNonNullObject(app) || !('options' in app)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'First argument passed to getFunctions() must be a valid Firebase app instance.'
      });
    }
    const emulatorHost = process.env.CLOUD_TASKS_EMULATOR_HOST?.trim();
    this.emulatorHost = emulatorHost || undefined;
    this.httpClient = new FunctionsHttpClient(app as FirebaseApp, this.emulatorHost);
  }
  /**
   * Deletes a task from a queue.
   *
   * @param id - The ID of the task to delete.
   * @param functionName - The name of the function associated with the queue.
   * @param scope - Optional `FunctionScope` configuration.
   */
  public async delete(
    id: string,
    functionName: string,
    scope?: InternalFunctionScope
  ): Promise<void> {
    if (!validator.isNonEmptyString(functionName)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'Function name must be a non empty string'
      });
    }
    if (!validator.isTaskId(id)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'id can contain only letters ([A-Za-z]), numbers ([0-9]), '
          + 'hyphens (-), or underscores (_). The maximum length is 500 characters.'
      });
    }

    let resources: utils.ParsedResource;
    try {
      resources = utils.parseResourceName(functionName, 'functions');
    } catch (err) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'Function name must be a single string or a qualified resource name',
        cause: err as Error,
      });
    }
    resources.projectId = resources.projectId || await this.getProjectId();
    resources.locationId = resources.locationId || DEFAULT_LOCATION;
    if (!validator.isNonEmptyString(resources.resourceId)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'No valid function name specified to enqueue tasks for.'
      });
    }

    const { resourceId } = this.resolveResourceId(resources.resourceId, scope);
    const targetResources = { ...resources, resourceId };

    try {
      const serviceUrl = tasksEmulatorUrl(targetResources, this.emulatorHost)?.concat('/', id)
        ?? await this.getUrl(targetResources, CLOUD_TASKS_API_URL_FORMAT.concat('/', id));
      const request: HttpRequestConfig = {
        method: 'DELETE',
        url: serviceUrl,
        headers: FIREBASE_FUNCTIONS_CONFIG_HEADERS,
      };
      await this.httpClient.send(request);
    } catch (err: unknown) {
      if (err instanceof RequestResponseError) {
        throw this.toFirebaseError(err);
      } else {
        throw err;
      }
    }
  }

  /**
   * Creates a task and adds it to a queue.
   *
   * @param data - The data payload of the task.
   * @param functionName - The name of the function associated with the queue.
   * @param scope - Optional `FunctionScope` configuration.
   * @param opts - Optional options when enqueuing a new task.
   */
  public async enqueue(
    data: any,
    functionName: string,
    scope?: InternalFunctionScope,
    opts?: TaskOptions
  ): Promise<void> {
    if (!validator.isNonEmptyString(functionName)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'Function name must be a non empty string'
      });
    }

    let resources: utils.ParsedResource;
    try {
      resources = utils.parseResourceName(functionName, 'functions');
    } catch (err) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'Function name must be a single string or a qualified resource name',
        cause: err as Error,
      });
    }
    resources.projectId = resources.projectId || await this.getProjectId();
    resources.locationId = resources.locationId || DEFAULT_LOCATION;
    if (!validator.isNonEmptyString(resources.resourceId)) {
      throw new FirebaseFunctionsError({
        code: 'invalid-argument',
        message: 'No valid function name specified to enqueue tasks for.'
      });
    }

    const { resourceId, extensionOrKitId } = this.resolveResourceId(resources.resourceId, scope);
    const targetResources = { ...resources, resourceId };

    try {
      const task = this.validateTaskOptions(data, targetResources, opts);
      const serviceUrl =
        tasksEmulatorUrl(targetResources, this.emulatorHost) ??
        await this.getUrl(targetResources, CLOUD_TASKS_API_URL_FORMAT);

      const taskPayload = await this.updateTaskPayload(task, targetResources, extensionOrKitId);
      const request: HttpRequestConfig = {
        method: 'POST',
        url: serviceUrl,
        headers: FIREBASE_FUNCTIONS_CONFIG_HEADERS,
        data: {
          task: taskPayload,
        }
      };
      await this.httpClient.send(request);
    } catch (err: unknown) {
      if (err instanceof RequestResponseError) {
        if (err.response.status === 409) {
          throw new FirebaseFunctionsError({
            code: 'task-already-exists',
            message: `A task with ID ${opts?.id} already exists`,
            httpResponse: toHttpResponse(err.response),
            cause: err,
          });
        } else {
          throw this.toFirebaseError(err);
        }
      } else {
        throw err;
      }
    }
  }

  private resolveResourceId(
    resourceId: string,
    scope: InternalFunctionScope = { scope: 'current' }
  ): { resourceId: string; extensionOrKitId?: string } {

    switch (scope.scope) {
    case 'current': {
      const extInstanceId = process.env.EXT_INSTANCE_ID;
      if (validator.isNonEmptyString(extInstanceId)) {
        return {
          resourceId: `ext-${extInstanceId}-${resourceId}`,
          extensionOrKitId: extInstanceId,
        };
      }
      const kitInstanceId = process.env.FIREBASE_KIT_INSTANCE_ID;
      if (validator.isNonEmptyString(kitInstanceId)) {
        return {
          resourceId: `kit-${kitInstanceId}-${resourceId}`,
          extensionOrKitId: kitInstanceId,
        };
      }
      return { resourceId };
    }
    case 'global':
      return { resourceId };
    case 'extension':
      return {
        resourceId: `ext-${scope.instance}-${resourceId}`,
        extensionOrKitId: scope.instance,
      };
    case 'kit': // kit scope is secretly accepted for forward compatibility
      return {
        resourceId: `kit-${scope.instance}-${resourceId}`,
        extensionOrKitId: scope.instance,
      };
    case 'extensionOrKit':
      return {
        resourceId: `ext-${scope.instance}-${resourceId}`,
        extensionOrKitId: scope.instance,
      };
    default:
      return { resourceId };
    }
  }

  private getUrl(resourceName: utils.ParsedResource, urlFormat: string): Promise<string> {
    let { locationId } = resourceName;
    const { projectId, resourceId } = resourceName;
    if (typeof locationId === 'undefined' || !validator.isNonEmptyString(locationId)) {
      locationId = DEFAULT_LOCATION;
    }
    return Promise.resolve()
      .then(() => {
        if (typeof projectId !== 'undefined' && validator.isNonEmptyString(projectId)) {
          return projectId;
        }
        return this.getProjectId();
      })
      .then((projectId) => {
        const urlParams = {
          projectId,
          locationId,
          resourceId,
        };
        // Formats a string of form 'project/{projectId}/{api}' and replaces
        // with corresponding arguments {projectId: '1234', api: 'resource'}
        // and returns output: 'project/1234/resource'.
        return utils.formatString(urlFormat, urlParams);
      });
  }

  private getProjectId(): Promise<string> {
    if (this.projectId) {
      return Promise.resolve(this.projectId);
    }
    return utils.findProjectId(this.app)
      .then((projectId) => {
        if (!validator.isNonEmptyString(projectId)) {
          throw new FirebaseFunctionsError({
            code: 'unknown-error',
            message: 'Failed to determine project ID. Initialize the '
              + 'SDK with service account credentials or set project ID as an app option. '
              + 'Alternatively, set the GOOGLE_CLOUD_PROJECT environment variable.'
          });
        }
        this.projectId = projectId;
        return projectId;
      });
  }

  private getServiceAccount(): Promise<string> {
    if (this.accountId) {
      return Promise.resolve(this.accountId);
    }
    return utils.findServiceAccountEmail(this.app)
      .then((accountId) => {
        if (!validator.isNonEmptyString(accountId)) {
          throw new FirebaseFunctionsError({
            code: 'unknown-error',
            message: 'Failed to determine service account. Initialize the '
              + 'SDK with service account credentials or set service account ID as an app option.'
          });
        }
        this.accountId = accountId;
        return accountId;
      });
  }

  private validateTaskOptions(data: any, resources: utils.ParsedResource, opts?: TaskOptions): Task {
    const task: Task = {
      httpRequest: {
        url: '',
        oidcToken: {
          serviceAccountEmail: '',
        },
        body: Buffer.from(JSON.stringify({ data })).toString('base64'),
        headers: {
          'Content-Type': 'application/json',
          ...opts?.headers,
        }
      }
    }

    if (typeof opts !== 'undefined') {
      if (!validator.isNonNullObject(opts)) {
        throw new FirebaseFunctionsError({
          code: 'invalid-argument',
          message: 'TaskOptions must be a non-null object'
        });
      }
      if ('scheduleTime' in opts && 'scheduleDelaySeconds' in opts) {
        throw new FirebaseFunctionsError({
          code: 'invalid-argument',
          message: 'Both scheduleTime and scheduleDelaySeconds are provided. Only one value should be set.'
        });
      }
      if ('scheduleTime' in opts && typeof opts.scheduleTime !== 'undefined') {
        if (!(opts.scheduleTime instanceof Date)) {
          throw new FirebaseFunctionsError({
            code: 'invalid-argument',
            message: 'scheduleTime must be a valid Date object.'
          });
        }
        task.scheduleTime = opts.scheduleTime.toISOString();
      }
      if ('scheduleDelaySeconds' in opts && typeof opts.scheduleDelaySeconds !== 'undefined') {
        if (!validator.isNumber(opts.scheduleDelaySeconds) || opts.scheduleDelaySeconds < 0) {
          throw new FirebaseFunctionsError({
            code: 'invalid-argument',
            message: 'scheduleDelaySeconds must be a non-negative duration in seconds.'
          });
        }
        const date = new Date();
        date.setSeconds(date.getSeconds() + opts.scheduleDelaySeconds);
        task.scheduleTime = date.toISOString();
      }
      if (typeof opts.dispatchDeadlineSeconds !== 'undefined') {
        if (!validator.isNumber(opts.dispatchDeadlineSeconds) || opts.dispatchDeadlineSeconds < 15
          || opts.dispatchDeadlineSeconds > 1800) {
          throw new FirebaseFunctionsError({
            code: 'invalid-argument',
            message: 'dispatchDeadlineSeconds must be a non-negative duration in seconds '
              + 'and must be in the range of 15s to 30 mins.'
          });
        }
        task.dispatchDeadline = `${opts.dispatchDeadlineSeconds}s`;
      }
      if ('id' in opts && typeof opts.id !== 'undefined') {
        if (!validator.isTaskId(opts.id)) {
          throw new FirebaseFunctionsError({
            code: 'invalid-argument',
            message: 'id can contain only letters ([A-Za-z]), numbers ([0-9]), '
              + 'hyphens (-), or underscores (_). The maximum length is 500 characters.'
          });
        }
        const resourcePath = utils.formatString(CLOUD_TASKS_API_RESOURCE_PATH, {
          projectId: resources.projectId,
          locationId: resources.locationId,
          resourceId: resources.resourceId,
        });
        task.name = resourcePath.concat('/', opts.id);
      }
      if (typeof opts.uri !== 'undefined') {
        if (!validator.isURL(opts.uri)) {
          throw new FirebaseFunctionsError({
            code: 'invalid-argument',
            message: 'uri must be a valid URL string.'
          });
        }
        task.httpRequest.url = opts.uri;
      }
    }
    return task;
  }

  private async updateTaskPayload(
    task: Task,
    resources: utils.ParsedResource,
    extensionOrKitId?: string
  ): Promise<Task> {
    const defaultUrl = this.emulatorHost ?
      ''
      : await this.getUrl(resources, FIREBASE_FUNCTION_URL_FORMAT);

    const functionUrl = validator.isNonEmptyString(task.httpRequest.url)
      ? task.httpRequest.url
      : defaultUrl;

    task.httpRequest.url = functionUrl;
    // When run from a deployed extension, we should be using ComputeEngineCredentials
    if (validator.isNonEmptyString(extensionOrKitId) && this.app.options.credential
    instanceof ApplicationDefaultCredential && await this.app.options.credential.isComputeEngineCredential()) {
      const idToken = await this.app.options.credential.getIDToken(functionUrl);
      task.httpRequest.headers = { ...task.httpRequest.headers, 'Authorization': `Bearer ${idToken}` };
      // Don't send httpRequest.oidcToken if we set Authorization header, or Cloud Tasks will overwrite it.
      delete task.httpRequest.oidcToken;
    } else {
      try {
        const account = await this.getServiceAccount();
        task.httpRequest.oidcToken = { serviceAccountEmail: account };
      } catch (e) {
        if (this.emulatorHost) {
          task.httpRequest.oidcToken = { serviceAccountEmail: EMULATED_SERVICE_ACCOUNT_DEFAULT };
        } else {
          throw e;
        }
      }
    }
    return task;
  }

  private toFirebaseError(err: RequestResponseError): FirebaseError {
    if (err instanceof FirebaseError) {
      return err;
    }

    const response = err.response;
    if (!response.isJson()) {
      return new FirebaseFunctionsError({
        code: 'unknown-error',
        message: `Unexpected response with status: ${response.status} and body: ${response.text}`,
        httpResponse: toHttpResponse(response),
        cause: err
      });
    }

    const error: FunctionsApiError = (response.data as ErrorResponse).error || {};
    let code: FunctionsErrorCode = 'unknown-error';
    if (error.status && error.status in FUNCTIONS_ERROR_CODE_MAPPING) {
      code = FUNCTIONS_ERROR_CODE_MAPPING[error.status];
    }
    const message = error.message || 'Unknown server error';
    return new FirebaseFunctionsError({ code, message, httpResponse: toHttpResponse(response), cause: err });
  }
}

/**
 * Functions-specific HTTP client which uses the special "owner" token
 * when communicating with the Emulator.
 */
class FunctionsHttpClient extends AuthorizedHttpClient {
  constructor(app: FirebaseApp, private readonly emulatorHost?: string) {
    super(app);
  }

  protected getToken(): Promise<string> {
    if (this.emulatorHost) {
      return Promise.resolve('owner');
    }
    return super.getToken();
  }
}

interface ErrorResponse {
  error?: FunctionsApiError;
}

interface FunctionsApiError {
  code?: number;
  message?: string;
  status?: string;
}

/**
 * Task is a limited subset of https://cloud.google.com/tasks/docs/reference/rest/v2/projects.locations.queues.tasks#resource:-task
 * containing the relevant fields for enqueueing tasks that tirgger Cloud Functions.
 */
export interface Task {
  name?: string;
  // A timestamp in RFC3339 UTC "Zulu" format, with nanosecond resolution and up to nine fractional
  // digits. Examples: "2014-10-02T15:01:23Z" and "2014-10-02T15:01:23.045123456Z".
  scheduleTime?: string;
  // A duration in seconds with up to nine fractional digits, terminated by 's'. Example: "3.5s".
  dispatchDeadline?: string;
  httpRequest: {
    url: string;
    oidcToken?: {
      serviceAccountEmail: string;
    };
    // A base64-encoded string.
    body: string;
    headers: { [key: string]: string };
  };
}

function tasksEmulatorUrl(resources: utils.ParsedResource, emulatorHost?: string): string | undefined {
  if (emulatorHost) {
    return `http://${emulatorHost}/projects/${resources.projectId}/locations/${resources.locationId}/queues/${resources.resourceId}/tasks`;
  }
  return undefined;
}
