export interface Credential {
  /** The id of the credential. */
  id: string;
  /** The username for the credential. */
  username: string;
}
