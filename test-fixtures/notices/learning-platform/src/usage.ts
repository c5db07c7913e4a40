/**
 * Usage data (analytics, logs): kept 24 months, anonymised. Location is derived from the IP address.
 */
export interface UsageEvent {
  learnerId: string;
  ipAddress: string;
  userAgent: string;
  pageUrl: string;
  city?: string;
  occurredAt: Date;
}

export interface MarketingPreferences {
  learnerId: string;
  newsletter: boolean;
  courseUpdates: boolean;
  consentRecordedAt: Date;
}
