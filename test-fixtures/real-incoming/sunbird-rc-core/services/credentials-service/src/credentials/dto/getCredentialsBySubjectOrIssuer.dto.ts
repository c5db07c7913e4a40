export class GetCredentialsBySubjectOrIssuer {
  subject?: {
    id: string;
  };
  issuer?: {
    id: string;
  };
  type?: string;
}
