/** The user object. */
export interface User {
  /** Distinguishes the user object. */
  object: 'user';
  /** The unique ID of the user. */
  id: string;
  /** The email address of the user. */
  email: string;
  /** Whether the user's email has been verified. */
  emailVerified: boolean;
  /** A URL reference to an image representing the user. */
  profilePictureUrl: string | null;
  /** The full name of the user. */
  name: string | null;
  /** The first name of the user. */
  firstName: string | null;
  /** The last name of the user. */
  lastName: string | null;
  /** The timestamp when the user last signed in. */
  lastSignInAt: string | null;
  /** The user's preferred locale. */
  locale: string | null;
  /** An ISO 8601 timestamp. */
  createdAt: string;
  /** An ISO 8601 timestamp. */
  updatedAt: string;
  /** The external ID of the user. */
  externalId: string | null;
  /** Object containing metadata key/value pairs associated with the user. */
  metadata: Record<string, string>;
}

export interface UserResponse {
  object: 'user';
  id: string;
  email: string;
  email_verified: boolean;
  profile_picture_url: string | null;
  name: string | null;
  first_name: string | null;
  last_name: string | null;
  last_sign_in_at: string | null;
  locale: string | null;
  created_at: string;
  updated_at: string;
  external_id?: string;
  metadata?: Record<string, string>;
}

export interface CreateUserResponse extends User {
  radarAuthAttemptId?: string;
}

export interface CreateUserResponseResponse extends UserResponse {
  radar_auth_attempt_id?: string;
}
