export type AgoraConfig = {
  appId?: string;
  appCertificate?: string;
  customerId?: string;
  customerSecret?: string;
};
