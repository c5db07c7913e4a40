import { Api } from '../api/api.js';
import * as Types from '../types/Types.js';

// eslint-disable-next-line @typescript-eslint/no-unused-vars -- unused for resources that only expose list methods
interface NegativeBalanceLimitResponse extends Types.NegativeBalanceLimit, Types.APIResponse {}

 
interface NegativeBalanceLimitListResponse extends Types.APIResponse {
  negative_balance_limits: Array<Types.NegativeBalanceLimit>;
  meta: Types.ListMeta;
}

interface NegativeBalanceLimitListRequest {
  // Cursor pointing to the start of the desired set.

  after?: string;

  // Cursor pointing to the end of the desired set.

  before?: string;

  // Unique identifier, beginning with "CR".

  creditor?: string;

  // ISO 4217 (https://en.wikipedia.org/wiki/ISO_4217#Active_codes) currency code.
  // Currently "AUD", "CAD", "DKK", "EUR", "GBP", "NZD", "SEK" and "USD" are
  // supported.

  currency?: `${Types.NegativeBalanceLimitCurrency}`;

  // Number of records to return.

  limit?: string;
}

export class NegativeBalanceLimitService {
  private api: Api;

  constructor(api) {
    this.api = api;
  }

  public async list(
    requestParameters?: Partial<NegativeBalanceLimitListRequest>,
    customHeaders: Types.JsonMap = {},
  ): Promise<NegativeBalanceLimitListResponse> {
    const urlParameters = [];
    const requestParams = {
      path: '/negative_balance_limits',
      method: 'get',
      urlParameters,
      requestParameters,
      payloadKey: null,
      fetch: null,
      customHeaders,
    };

    const response = await this.api.request(requestParams);
    const formattedResponse: NegativeBalanceLimitListResponse = {
      ...response.body,
      __response__: response.__response__,
    };

    return formattedResponse;
  }

  public async *all(
    requestParameters?: Partial<NegativeBalanceLimitListRequest>,
    customHeaders: Types.JsonMap = {},
  ): AsyncGenerator<Types.NegativeBalanceLimit, void, unknown> {
    let cursor = undefined;
    do {
      let list = await this.list({ ...requestParameters, after: cursor }, customHeaders);

      for (let negativebalancelimit of list.negative_balance_limits) {
        yield negativebalancelimit;
      }

      cursor = list.meta.cursors.after;
    } while (cursor);
  }
}
