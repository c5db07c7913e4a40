export interface Impersonator {
  email: string;
  reason: string | null;
}

export interface ImpersonatorResponse {
  email: string;
  reason: string | null;
}
