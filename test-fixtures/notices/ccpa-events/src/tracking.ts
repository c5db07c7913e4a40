/**
 * Website analytics: internet activity and coarse geolocation of visitors.
 */
export interface PageView {
  sessionId: string;
  ipAddress: string;
  userAgent: string;
  timezone: string;
  pageUrl: string;
  referrer?: string;
  durationMs: number;
  latitude?: number;
  longitude?: number;
  viewedAt: Date;
}
