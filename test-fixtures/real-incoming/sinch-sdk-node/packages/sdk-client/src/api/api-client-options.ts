import { RequestPlugin } from '../plugins/core/request-plugin';
import { ResponsePlugin } from '../plugins/core/response-plugin';
import { WithLogger } from '../domain';

interface BaseApiClientOptions {
  /**
   * ID of the umbrella project containing the access keys
   * Found on your [Sinch Customer Dashboard](https://dashboard.sinch.com/settings/project-management).
   */
  projectId: string;

  /** Hostname of the API server */
  hostname: string;

  /**
   * List of plugins to apply to the request before calling the API
   * @default [new Oauth2RequestPlugin()]
   */
  requestPlugins: RequestPlugin[];

  /**
   * List of plugins to apply to the response of the API call
   * @default [new ExceptionResponse()]
   */
  responsePlugins: ResponsePlugin<any>[];

  /** Some APIs have not been migrated fully to the 'projectId' structure and use another URL for their authentication
   *  This flag indicates the API is not using the 'projectId'
   *  @default false
   */
  useServicePlanId?: boolean;
}

/** @internal */
export interface ApiClientOptions extends Partial<BaseApiClientOptions>, WithLogger {}
