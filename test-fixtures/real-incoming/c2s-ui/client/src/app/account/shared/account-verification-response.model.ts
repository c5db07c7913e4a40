export class AccountVerificationResponse {
  verified: boolean;
  userId: string;
}
