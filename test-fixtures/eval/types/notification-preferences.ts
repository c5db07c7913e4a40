// Per-user notification settings. Nothing in here is itself personal data about the user beyond the
// preferences; the addresses live on the User record.

export type Channel = "email" | "sms" | "push";

export interface NotificationPreferences {
  readonly userId: string; // @pii none
  emailEnabled: boolean; // @pii none
  smsEnabled: boolean; // @pii none
  pushEnabled: boolean; // @pii none
  digestFrequency: "daily" | "weekly" | "never"; // @pii none
  emailBouncedAt?: string | null; // @pii none
  phoneVerified: boolean; // @pii none
  unsubscribedFromMarketingAt?: string | null; // @pii none
}

export interface DeliveryStats {
  emailCount: number; // @pii none
  smsCount: number; // @pii none
  lastEmailSentAt?: string; // @pii none
  bounceRate: number; // @pii none
}

export interface EmailTemplate {
  name: string; // @pii none
  emailSubject: string; // @pii none
  bodyHtml: string; // @pii none
  fromAddress: string; // @pii none  noreply@ sender of the product
  locale: string; // @pii none
}

export interface PushRegistration {
  userId: string; // @pii none
  pushToken: string; // @pii user.device.device_id
  platform: "ios" | "android" | "web"; // @pii none
  deviceName?: string; // @pii user.device
}
