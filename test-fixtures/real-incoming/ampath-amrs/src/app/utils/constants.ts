export class Constants {
  public static readonly CREDENTIALS_KEY = 'auth.credentials';

  public static readonly USER_KEY = 'user';
}
