export class SocialAuth {
  userId: string = null;

  accessToken?: string = null;

  email: string = null;
}

export class LocalAuth {
  hashed: string = null;
}
