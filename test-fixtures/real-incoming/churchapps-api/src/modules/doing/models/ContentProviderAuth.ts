export class ContentProviderAuth {
  public id?: string;
  public churchId?: string;
  public ministryId?: string;
  public providerId?: string;
  public accessToken?: string;
  public refreshToken?: string;
  public tokenType?: string;
  public expiresAt?: Date;
  public scope?: string;
}
