import {
  ApiFetchClient,
  buildOAuth2ApiClientOptions,
  ELASTIC_SIP_TRUNKING_HOSTNAME,
  LazyApiClient,
  SinchClientParameters,
  UnifiedCredentials,
  resolveClientParameters,
} from '@sinch/sdk-client';
import { SipTrunksApi } from './sip-trunks';
import { AccessControlListApi } from './access-control-list';
import { SipEndpointsApi } from './sip-endpoints';
import { CountryPermissionsApi } from './country-permissions';
import { CallsHistoryApi } from './calls-history';
import { ProjectsApi } from './projects';
import { CallBlockingRulesApi } from './call-blocking-rules';
import { CredentialListsApi } from './credential-lists';
import { PhoneNumbersApi } from './phone-numbers';

/** @internal */
export class LazyElasticSipTrunkingApiClient extends LazyApiClient {
  public getApiClient(): ApiFetchClient {
    if (!this.apiFetchClient) {
      const apiClientOptions = buildOAuth2ApiClientOptions(this.sharedConfig, 'Elastic SIP Trunking');
      this.apiFetchClient = new ApiFetchClient(apiClientOptions);
      this.apiFetchClient.apiClientOptions.hostname = this.sharedConfig.elasticSipTrunkingHostname
        ?? ELASTIC_SIP_TRUNKING_HOSTNAME;
    }
    return this.apiFetchClient;
  }
}

export class ElasticSipTrunkingService {

  public readonly sipTrunks: SipTrunksApi;
  public readonly sipEndpoints: SipEndpointsApi;
  public readonly accessControlList: AccessControlListApi;
  public readonly countryPermissions: CountryPermissionsApi;
  public readonly calls: CallsHistoryApi;
  public readonly projects: ProjectsApi;
  public readonly callBlockingRules: CallBlockingRulesApi;
  public readonly credentialLists: CredentialListsApi;
  public readonly phoneNumbers: PhoneNumbersApi;

  /** @internal */
  public readonly lazyClient: LazyElasticSipTrunkingApiClient;

  /** @internal */
  constructor(params: SinchClientParameters) {
    const resolvedParams = resolveClientParameters(params);
    this.lazyClient = new LazyElasticSipTrunkingApiClient(resolvedParams);

    this.sipTrunks = new SipTrunksApi(this.lazyClient);
    this.sipEndpoints = new SipEndpointsApi(this.lazyClient);
    this.accessControlList = new AccessControlListApi(this.lazyClient);
    this.countryPermissions = new CountryPermissionsApi(this.lazyClient);
    this.calls = new CallsHistoryApi(this.lazyClient);
    this.projects = new ProjectsApi(this.lazyClient);
    this.callBlockingRules = new CallBlockingRulesApi(this.lazyClient);
    this.credentialLists = new CredentialListsApi(this.lazyClient);
    this.phoneNumbers = new PhoneNumbersApi(this.lazyClient);
  }

  public setApiClientConfig(newParams: SinchClientParameters) {
    const resolvedParams = resolveClientParameters(newParams);
    this.lazyClient.sharedConfig = resolvedParams;
    this.lazyClient.resetApiClient();
  }

  /**
   * Update the default hostname for each API
   *
   * @param {string} hostname - The new hostname to use for all the APIs.
   */
  public setHostname(hostname: string): void {
    this.lazyClient.sharedConfig.elasticSipTrunkingHostname = hostname;
    this.lazyClient.getApiClient().apiClientOptions.hostname = hostname;
  }

  public setCredentials(credentials: Partial<UnifiedCredentials>): void {
    const parametersBackup = { ...this.lazyClient.sharedConfig };
    this.lazyClient.sharedConfig = {
      ...parametersBackup,
      ...credentials,
    };
    this.lazyClient.resetApiClient();
    try {
      this.lazyClient.getApiClient();
    } catch (error) {
      this.lazyClient.sharedConfig.logger.error(
        'Impossible to assign the new credentials to the Elastic SIP Trunking API',
      );
      this.lazyClient.sharedConfig = parametersBackup;
      throw error;
    }
  }
}
