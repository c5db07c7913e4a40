export type ChallengeFactorOptions =
  | {
      authenticationFactorId: string;
    }
  | {
      authenticationFactorId: string;
      smsTemplate: string;
    };
