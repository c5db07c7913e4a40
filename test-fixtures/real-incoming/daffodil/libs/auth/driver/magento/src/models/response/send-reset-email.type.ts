export interface MagentoSendResetEmailResponse {
  requestPasswordResetEmail: boolean;
}
