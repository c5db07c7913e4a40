import { Api } from '../api/api.js';
import * as Types from '../types/Types.js';

 
interface FundsAvailabilityResponse extends Types.FundsAvailability, Types.APIResponse {}

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- unused for resources that only expose singular (get/create) methods
interface FundsAvailabilityListResponse extends Types.APIResponse {
  funds_availability: Array<Types.FundsAvailability>;
  meta: Types.ListMeta;
}

interface FundsAvailabilityCheckRequest {
  // The amount of the payment

  amount?: string;
}

export class FundsAvailabilityService {
  private api: Api;

  constructor(api) {
    this.api = api;
  }

  public async check(
    identity: string,
    requestParameters?: Partial<FundsAvailabilityCheckRequest>,
    customHeaders: Types.JsonMap = {},
  ): Promise<FundsAvailabilityResponse> {
    const urlParameters = [{ key: 'identity', value: identity }];
    const requestParams = {
      path: '/funds_availability/:identity',
      method: 'get',
      urlParameters,
      requestParameters,
      payloadKey: null,
      fetch: null,
      customHeaders,
    };

    const response = await this.api.request(requestParams);
    const formattedResponse: FundsAvailabilityResponse = {
      ...response.body['funds_availability'],
      __response__: response.__response__,
    };

    return formattedResponse;
  }
}
