// File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.

import { APIResource } from '../core/resource';

export class Analytics extends APIResource {}

/**
 * The input for capturing an analytics event.
 */
export interface AnalyticsEventInput {
  event_name: string;

  client_id?: string | null;

  payload?: { [key: string]: unknown };
}

export declare namespace Analytics {
  export { type AnalyticsEventInput as AnalyticsEventInput };
}
