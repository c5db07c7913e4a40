/**
 * Events the browser SDK sends to /collect. The collector enriches them with geo data before they are
 * written to the warehouse.
 */
export interface TrackedEventBase {
  anonymousId: string; // @pii user.device.cookie_id
  userId?: string; // @pii none
  sessionId: string; // @pii none
  sentAt: string; // @pii none
}

export interface PageViewEvent extends TrackedEventBase {
  type: "page";
  url: string; // @pii user.behavior.browsing_history
  path: string; // @pii user.behavior.browsing_history
  title: string; // @pii user.behavior.browsing_history  the title of the page viewed (the issue lists pageTitle among tracking data)
  referrer?: string; // @pii user.behavior.browsing_history
  searchQuery?: string; // @pii user.behavior.browsing_history
}

export interface DeviceContext {
  userAgent: string; // @pii user.device
  deviceModel?: string; // @pii user.device
  osVersion?: string; // @pii user.device
  viewportWidth: number; // @pii user.device
  advertisingId?: string; // @pii user.device.device_id
}

export type EnrichedPageView = PageViewEvent & {
  ip: string; // @pii user.device.ip_address
  ipHash: string; // @pii none  salted hash used for unique-visitor counting
  geo: { // @pii user.location.imprecise  the whole geo object is where the visitor was, as its parts are
    city?: string; // @pii user.location.imprecise
    region?: string; // @pii user.location.imprecise
    country: string; // @pii user.location.imprecise
  };
  device: DeviceContext;
};

export interface CollectorConfig {
  endpoint: string;
  ipVersion: 4 | 6; // @pii none
  anonymizeIp: boolean; // @pii none
  cookieName: string; // @pii none
  cookieDomain: string; // @pii none
  sampleRate: number;
}
