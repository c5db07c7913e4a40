export interface LogoutURLOptions {
  sessionId: string;
  returnTo?: string;
}
