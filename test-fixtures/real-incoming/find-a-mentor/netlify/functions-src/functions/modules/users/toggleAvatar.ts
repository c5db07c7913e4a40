import type { ApiHandler } from '../../types';
import { error, success } from '../../utils/response';
import { getUserBy, upsertUser } from '../../data/users';
import { UserDto } from '../../common/dto/user.dto';
import crypto from 'crypto';

export type ToggleAvatarRequest = {
  useGravatar: boolean;
};

function getGravatarUrl(email: string): string {
  const hash = crypto
    .createHash('md5')
    .update(email.trim().toLowerCase())
    .digest('hex');
  return `https://www.gravatar.com/avatar/${hash}?s=200&d=identicon`;
}


export const toggleAvatarHandler: ApiHandler<ToggleAvatarRequest> = async (event, context) => {
  try {
    const { useGravatar } = event.parsedBody || {};

    if (typeof useGravatar !== 'boolean') {
      return error('Invalid request body: useGravatar must be a boolean', 400);
    }

    const auth0Id = context.user?.auth0Id;
    if (!auth0Id) {
      return error('Unauthorized', 401);
    }

    const currentUser = await getUserBy('auth0Id', auth0Id);
    if (!currentUser) {
      return error('User not found', 404);
    }

    const isGoogleOAuthUser = auth0Id.startsWith('google-oauth2|');
    if (!useGravatar) {
      if (!isGoogleOAuthUser || !context.user?.picture) {
        return error(
          'Switching to Google profile picture is only allowed for Google OAuth users.',
          400
        );
      }
    }

    const avatarUrl = useGravatar ? getGravatarUrl(currentUser.email) : context.user.picture;
    const userDto: UserDto = new UserDto({
      _id: currentUser._id,
      avatar: avatarUrl,
    });

    const updatedUser = await upsertUser(userDto);

    return success({
      data: {
        ...updatedUser,
        email_verified: context.user?.email_verified,
        auth0Picture: context.user?.picture,
        auth0Id: updatedUser.auth0Id,
      },
    });
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    return error(message, 500);
  }
};
