import { AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios';
import * as Models from './models/marketplace';
import { buildUrl, extractParams, getAuthToken, RequestConfig } from '../../utils/request-utils';

/**
 * Marketplace Service
 * Documentation for Marketplace API
 */
export class Marketplace {
  private client: AxiosInstance;

  constructor(httpClient: AxiosInstance) {
    this.client = httpClient;
  }

  /**
   * Create a new wallet charge
   * Create a new wallet charge
   */
  async charge(
    requestBody: Models.RaiseChargeBodyDTO,
    options?: AxiosRequestConfig
  ): Promise<any> {
    const paramDefs: Array<{name: string, in: string}> = [];
    const extracted = extractParams(null, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'POST',
      url: buildUrl('/marketplace/billing/charges', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      data: requestBody,
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, requestBody);
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<any> = await this.client.request(config);
    return response.data;
  }

  /**
   * Get all wallet charges
   * Get all wallet charges
   */
  async getCharges(
    params: {
      meterId?: string;
      eventId?: string;
      userId?: string;
      startDate?: string;
      endDate?: string;
      skip?: number;
      limit?: number;
    },
    options?: AxiosRequestConfig
  ): Promise<any> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'meterId', in: 'query'},{name: 'eventId', in: 'query'},{name: 'userId', in: 'query'},{name: 'startDate', in: 'query'},{name: 'endDate', in: 'query'},{name: 'skip', in: 'query'},{name: 'limit', in: 'query'}];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'GET',
      url: buildUrl('/marketplace/billing/charges', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {});
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<any> = await this.client.request(config);
    return response.data;
  }

  /**
   * Delete a wallet charge
   * Delete a wallet charge
   */
  async deleteCharge(
    params: {
      chargeId: string;
    },
    options?: AxiosRequestConfig
  ): Promise<any> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'chargeId', in: 'path'}];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'DELETE',
      url: buildUrl('/marketplace/billing/charges/{chargeId}', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {});
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<any> = await this.client.request(config);
    return response.data;
  }

  /**
   * Get specific wallet charge details
   * Get specific wallet charge details
   */
  async getSpecificCharge(
    params: {
      chargeId: string;
    },
    options?: AxiosRequestConfig
  ): Promise<any> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'chargeId', in: 'path'}];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'GET',
      url: buildUrl('/marketplace/billing/charges/{chargeId}', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {});
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<any> = await this.client.request(config);
    return response.data;
  }

  /**
   * Check if account has sufficient funds
   * Check if account has sufficient funds
   */
  async hasFunds(
    options?: AxiosRequestConfig
  ): Promise<any> {
    const paramDefs: Array<{name: string, in: string}> = [];
    const extracted = extractParams(null, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'GET',
      url: buildUrl('/marketplace/billing/charges/has-funds', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {});
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<any> = await this.client.request(config);
    return response.data;
  }

  /**
   * Uninstall an application
   * Uninstalls an application from your company or a specific location. This will remove the application&#x60;s access and stop all its functionalities
   */
  async uninstallApplication(
    params: {
      appId: string;
    },
    requestBody: Models.DeleteIntegrationBodyDto,
    options?: AxiosRequestConfig & { preferredTokenType?: 'company' | 'location' }
  ): Promise<Models.DeleteIntegrationResponse> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'appId', in: 'path'},];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only","Agency-Access"];
    
    const config: RequestConfig = {
      method: 'DELETE',
      url: buildUrl('/marketplace/app/{appId}/installations', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      data: requestBody,
      __secutiryRequirements: requirements,
      __preferredTokenType: options?.preferredTokenType,
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, requestBody, options?.preferredTokenType);
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<Models.DeleteIntegrationResponse> = await this.client.request(config);
    return response.data;
  }

  /**
   * Get Installer Details
   * Fetches installer details for the authenticated user. This endpoint returns information about the company, location, user, and installation details associated with the current OAuth token.
   */
  async getInstallerDetails(
    params: {
      appId: string;
    },
    options?: AxiosRequestConfig & { preferredTokenType?: 'company' | 'location' }
  ): Promise<Models.GetInstallerDetailsResponseDTO> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'appId', in: 'path'},];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only","Agency-Access-Only"];
    
    const config: RequestConfig = {
      method: 'GET',
      url: buildUrl('/marketplace/app/{appId}/installations', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      __preferredTokenType: options?.preferredTokenType,
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {}, options?.preferredTokenType);
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<Models.GetInstallerDetailsResponseDTO> = await this.client.request(config);
    return response.data;
  }

  /**
   * Get rebilling config for an app subscription and usage plans
   * Get rebilling config for an app subscription and usage plans for the authenticated sub-account. This endpoint returns the subscription and usage plans for an app.
   */
  async getRebillingConfigForApp(
    params: {
      appId: string;
      locationId: string;
    },
    options?: AxiosRequestConfig
  ): Promise<Models.GetRebillingConfigResponseDTO> {
    const paramDefs: Array<{name: string, in: string}> = [{name: 'appId', in: 'path'},{name: 'locationId', in: 'path'},];
    const extracted = extractParams(params, paramDefs);
    const requirements: string[] = ["Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'GET',
      url: buildUrl('/marketplace/app/{appId}/rebilling-config/location/{locationId}', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, {});
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<Models.GetRebillingConfigResponseDTO> = await this.client.request(config);
    return response.data;
  }

  /**
   * Migrate external authentication connection
   * Migrates an external authentication connection credentials (basic or oauth2) for a specific app and location. This endpoint validates the app configuration, stores credentials safely in CRM&#x27;s native encrypted storage. With this the lifecycle of the token is managed by CRM.
   */
  async migrateConnection(
    requestBody: Models.MigrateConnectionDto,
    options?: AxiosRequestConfig
  ): Promise<Models.MigrateConnectionResponseDto> {
    const paramDefs: Array<{name: string, in: string}> = [];
    const extracted = extractParams(null, paramDefs);
    const requirements: string[] = ["Location-Access","Location-Access-Only"];
    
    const config: RequestConfig = {
      method: 'POST',
      url: buildUrl('/marketplace/external-auth/migration', extracted.path),
      params: extracted.query,
      headers: { ...extracted.header, ...options?.headers },
      data: requestBody,
      __secutiryRequirements: requirements,
      
      __pathParams: extracted.path,
      ...options
    };

    const authToken = await getAuthToken(this.client, requirements, config.headers || {}, { ...config.params || {}, ...config.__pathParams }, requestBody);
    if (authToken) {
      config.headers = { ...config.headers, Authorization: authToken };
    }

    const response: AxiosResponse<Models.MigrateConnectionResponseDto> = await this.client.request(config);
    return response.data;
  }

}

export default Marketplace; 