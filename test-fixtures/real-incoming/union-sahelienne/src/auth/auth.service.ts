import {
  HttpStatus,
  Injectable,
  Logger,
  NotFoundException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import ms from 'ms';
import crypto from 'crypto';
import { randomStringGenerator } from '@nestjs/common/utils/random-string-generator.util';
import { JwtService } from '@nestjs/jwt';
import bcrypt from 'bcryptjs';
import { ConfigService } from '@nestjs/config';
import { AuthEmailLoginDto } from './dto/auth-email-login.dto';
import { AuthUpdateDto } from './dto/auth-update.dto';
import { AuthProvidersEnum } from './auth-providers.enum';
import { SocialInterface } from '../social/interfaces/social.interface';
import { AuthRegisterLoginDto } from './dto/auth-register-login.dto';
import { NullableType } from '../utils/types/nullable.type';
import { LoginResponseDto } from './dto/login-response.dto';
import { JwtRefreshPayloadType } from './strategies/types/jwt-refresh-payload.type';
import { JwtPayloadType } from './strategies/types/jwt-payload.type';
import { UsersService } from '../users/users.service';
import { AllConfigType } from '../config/config.type';
import { MailService } from '../mail/mail.service';
import { RoleEnum } from '../roles/roles.enum';
import { Session } from '../session/domain/session';
import { SessionService } from '../session/session.service';
import { StatusEnum } from '../statuses/statuses.enum';
import { User } from '../users/domain/user';
import { AuthPhoneLoginDto } from './dto/auth-phone-login.dto';
import { AuthOtpSendDto } from './dto/auth-otp-send.dto';
import { AuthOtpVerifyDto } from './dto/auth-otp-verify.dto';
import { OtpChallengeResponseDto } from './dto/otp-challenge-response.dto';
import { OtpService } from '../otp/otp.service';
import { AuthForgotPasswordDto } from './dto/auth-forgot-password.dto';
import { AuthResetPasswordWithOtpDto } from './dto/auth-reset-password-with-otp.dto';
import { ProfilesService } from '../profiles/profiles.service';
import { GenderBalanceService } from '../waitlist/gender-balance.service';
import { WaitlistService } from '../waitlist/waitlist.service';

const OTP_REQUIRED_AFTER_DAYS = 30;

export interface WaitlistBlock {
  reason: string;
  since: string;
  position: number;
  genderRatio: { male: number; female: number };
}

@Injectable()
export class AuthService {
  private readonly logger = new Logger(AuthService.name);

  constructor(
    private readonly jwtService: JwtService,
    private readonly usersService: UsersService,
    private readonly sessionService: SessionService,
    private readonly mailService: MailService,
    private readonly configService: ConfigService<AllConfigType>,
    private readonly otpService: OtpService,
    private readonly profilesService: ProfilesService,
    private readonly genderBalanceService: GenderBalanceService,
    private readonly waitlistService: WaitlistService,
  ) {}

  async validateLogin(
    loginDto: AuthEmailLoginDto,
  ): Promise<LoginResponseDto | OtpChallengeResponseDto> {
    const user = await this.usersService.findByEmail(loginDto.email);

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          email: 'notFound',
        },
      });
    }

    return this.loginWithPassword(user, loginDto.password, 'email');
  }

  async validatePhoneLogin(
    loginDto: AuthPhoneLoginDto,
  ): Promise<LoginResponseDto | OtpChallengeResponseDto> {
    const user = await this.usersService.findByPhone(loginDto.phone);

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          phone: 'notFound',
        },
      });
    }

    return this.loginWithPassword(user, loginDto.password, 'phone');
  }

  async sendOtp(dto: AuthOtpSendDto): Promise<OtpChallengeResponseDto> {
    const user = await this.resolveUserByContact(dto);
    const purpose = dto.purpose ?? 'login';

    if (purpose === 'login' && !this.shouldRequireOtp(user)) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          otp: 'otpNotRequired',
        },
      });
    }

    if (
      purpose === 'register' &&
      user.status?.id?.toString() !== StatusEnum.inactive.toString()
    ) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          otp: 'accountAlreadyVerified',
        },
      });
    }

    return this.otpService.sendOtp(user, {
      purpose,
      preferredChannel: dto.channel,
    });
  }

  async verifyOtp(dto: AuthOtpVerifyDto): Promise<LoginResponseDto> {
    const user = await this.resolveUserByContact(dto);
    // Honour the purpose the OTP was actually issued for. The client need not
    // echo it back — a registration OTP (stored purpose 'register') must verify
    // as 'register' so the account is activated, even though the mobile client
    // sends no purpose and would otherwise default to 'login' → otpPurposeMismatch.
    const purpose =
      dto.purpose ??
      (user.otpPurpose as 'login' | 'register' | 'forgot-password' | null) ??
      'login';

    if (purpose === 'forgot-password') {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          otp: 'useResetPasswordEndpoint',
        },
      });
    }

    await this.otpService.verifyOtp(user, dto.otp, purpose);

    if (purpose === 'register') {
      await this.usersService.updateAuthState(user.id, {
        status: {
          id: StatusEnum.active,
        },
      });
      const activatedUser = await this.usersService.findById(user.id);
      return this.issueLogin(activatedUser ?? user);
    }

    if (user.status?.id?.toString() === StatusEnum.inactive.toString()) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          account: 'accountNotVerified',
        },
      });
    }

    return this.issueLogin(user);
  }

  async validateSocialLogin(
    authProvider: string,
    socialData: SocialInterface,
  ): Promise<LoginResponseDto> {
    let user: NullableType<User> = null;
    const socialEmail = socialData.email?.toLowerCase();
    let userByEmail: NullableType<User> = null;

    if (socialEmail) {
      userByEmail = await this.usersService.findByEmail(socialEmail);
    }

    if (socialData.id) {
      user = await this.usersService.findBySocialIdAndProvider({
        socialId: socialData.id,
        provider: authProvider,
      });
    }

    if (user) {
      if (socialEmail && !userByEmail) {
        user.email = socialEmail;
      }
      await this.usersService.update(user.id, user);
    } else if (userByEmail) {
      user = userByEmail;
    } else if (socialData.id) {
      user = await this.usersService.create({
        email: socialEmail ?? null,
        firstName: socialData.firstName ?? null,
        lastName: socialData.lastName ?? null,
        socialId: socialData.id,
        provider: authProvider,
        role: {
          id: RoleEnum.user,
        },
        status: {
          id: StatusEnum.active,
        },
      });

      user = await this.usersService.findById(user.id);
    }

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          user: 'userNotFound',
        },
      });
    }

    return this.issueLogin(user);
  }

  async register(dto: AuthRegisterLoginDto): Promise<
    | {
        requiresOtp: true;
        channel: 'email' | 'phone';
        target: string;
        expiresAt: number;
        code?: string;
      }
    | void
  > {
    // If this email already belongs to an unverified (inactive) account, a prior
    // attempt created the user but failed before activation (e.g. OTP delivery
    // error). Treat the re-submit as a resend instead of throwing
    // "email already exists", which would otherwise strand the account.
    if (dto.email) {
      const existing = await this.usersService.findByEmail(dto.email);
      if (
        existing &&
        existing.status?.id?.toString() === StatusEnum.inactive.toString()
      ) {
        return this.otpService.sendOtp(existing, {
          purpose: 'register',
          preferredChannel: 'email',
        });
      }
    }

    const user = await this.usersService.create({
      email: dto.email ?? null,
      phone: dto.phone ?? null,
      password: dto.password,
      firstName: dto.firstName,
      lastName: dto.lastName,
      role: {
        id: RoleEnum.user,
      },
      status: {
        id: dto.email || dto.phone ? StatusEnum.inactive : StatusEnum.active,
      },
    });

    if (
      dto.gender ||
      dto.age !== undefined ||
      dto.profession ||
      dto.country ||
      dto.city
    ) {
      await this.profilesService.upsertMyProfile(user.id as number, {
        gender: dto.gender,
        age: dto.age,
        profession: dto.profession,
        country: dto.country,
        city: dto.city,
      });
    }

    // Use OTP for both email and phone registration (replaces email link confirmation)
    if (dto.email) {
      return this.otpService.sendOtp(user, {
        purpose: 'register',
        preferredChannel: 'email',
      });
    }

    if (dto.phone) {
      return this.otpService.sendOtp(user, {
        purpose: 'register',
        preferredChannel: 'phone',
      });
    }

    return undefined;
  }

  async confirmEmail(hash: string): Promise<void> {
    let userId: User['id'];

    try {
      const jwtData = await this.jwtService.verifyAsync<{
        confirmEmailUserId: User['id'];
      }>(hash, {
        secret: this.configService.getOrThrow('auth.confirmEmailSecret', {
          infer: true,
        }),
      });

      userId = jwtData.confirmEmailUserId;
    } catch {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          hash: 'invalidHash',
        },
      });
    }

    const user = await this.usersService.findById(userId);

    if (
      !user ||
      user.status?.id?.toString() !== StatusEnum.inactive.toString()
    ) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        error: 'notFound',
      });
    }

    user.status = {
      id: StatusEnum.active,
    };

    await this.usersService.update(user.id, user);
  }

  async confirmNewEmail(hash: string): Promise<void> {
    let userId: User['id'];
    let newEmail: User['email'];

    try {
      const jwtData = await this.jwtService.verifyAsync<{
        confirmEmailUserId: User['id'];
        newEmail: User['email'];
      }>(hash, {
        secret: this.configService.getOrThrow('auth.confirmEmailSecret', {
          infer: true,
        }),
      });

      userId = jwtData.confirmEmailUserId;
      newEmail = jwtData.newEmail;
    } catch {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          hash: 'invalidHash',
        },
      });
    }

    const user = await this.usersService.findById(userId);

    if (!user) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        error: 'notFound',
      });
    }

    user.email = newEmail;
    user.status = {
      id: StatusEnum.active,
    };

    await this.usersService.update(user.id, user);
  }

  async forgotPassword(email?: string): Promise<void> {
    if (!email) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          email: 'emailNotExists',
        },
      });
    }

    const user = await this.usersService.findByEmail(email);

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          email: 'emailNotExists',
        },
      });
    }

    const tokenExpiresIn = this.configService.getOrThrow('auth.forgotExpires', {
      infer: true,
    });
    const tokenExpires = Date.now() + ms(tokenExpiresIn);
    const hash = await this.jwtService.signAsync(
      {
        forgotUserId: user.id,
      },
      {
        secret: this.configService.getOrThrow('auth.forgotSecret', {
          infer: true,
        }),
        expiresIn: tokenExpiresIn,
      },
    );

    try {
      await this.mailService.forgotPassword({
        to: email,
        data: {
          hash,
          tokenExpires,
        },
      });
    } catch (error) {
      this.logger.warn(
        `Failed to send forgot-password email to ${email}: ${
          error instanceof Error ? error.message : error
        }`,
      );
    }
  }

  async forgotPasswordWithOtp(
    dto: AuthForgotPasswordDto,
  ): Promise<OtpChallengeResponseDto> {
    const user = await this.resolveUserByContact(dto);
    return this.otpService.sendOtp(user, {
      purpose: 'forgot-password',
      preferredChannel: dto.phone ? 'phone' : 'email',
    });
  }

  async resetPassword(hash: string, password: string): Promise<void> {
    let userId: User['id'];

    try {
      const jwtData = await this.jwtService.verifyAsync<{
        forgotUserId: User['id'];
      }>(hash, {
        secret: this.configService.getOrThrow('auth.forgotSecret', {
          infer: true,
        }),
      });

      userId = jwtData.forgotUserId;
    } catch {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          hash: 'invalidHash',
        },
      });
    }

    const user = await this.usersService.findById(userId);

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          hash: 'notFound',
        },
      });
    }

    user.password = password;

    await this.sessionService.deleteByUserId({
      userId: user.id,
    });

    await this.usersService.update(user.id, user);
  }

  async resetPasswordWithOtp(dto: AuthResetPasswordWithOtpDto): Promise<void> {
    const user = await this.resolveUserByContact(dto);

    await this.otpService.verifyOtp(user, dto.otp, 'forgot-password');

    user.password = dto.password;

    await this.sessionService.deleteByUserId({
      userId: user.id,
    });

    await this.usersService.update(user.id, user);
  }

  async me(
    userJwtPayload: JwtPayloadType,
  ): Promise<NullableType<User & { waitlist?: WaitlistBlock }>> {
    const user = await this.usersService.findById(userJwtPayload.id);
    if (!user) {
      return null;
    }

    // Lazy re-check: if this user is waitlisted, recompute the ratio and
    // see if the waitlist has shifted enough to admit them. If so, flip
    // them active right here in /auth/me.
    if (user.waitlistReason && user.waitlistedAt) {
      const autoUnblock =
        await this.genderBalanceService.findUsersToAutoUnblock();
      if (autoUnblock.includes(userJwtPayload.id as number)) {
        await this.waitlistService.activate(userJwtPayload.id as number);
        const fresh = await this.usersService.findById(userJwtPayload.id);
        return fresh as NullableType<User & { waitlist?: WaitlistBlock }>;
      }

      const ratio = await this.genderBalanceService.getRatio();
      const position = await this.waitlistService.getState(
        userJwtPayload.id as number,
        user.waitlistReason as 'gender_balance',
        user.waitlistedAt,
      );
      return {
        ...user,
        waitlist: {
          reason: user.waitlistReason,
          since: user.waitlistedAt.toISOString(),
          position: position?.position ?? 1,
          genderRatio: ratio,
        },
      } as User & { waitlist?: WaitlistBlock };
    }

    return user as NullableType<User & { waitlist?: WaitlistBlock }>;
  }

  async update(
    userJwtPayload: JwtPayloadType,
    userDto: AuthUpdateDto,
  ): Promise<NullableType<User>> {
    const currentUser = await this.usersService.findById(userJwtPayload.id);

    if (!currentUser) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          user: 'userNotFound',
        },
      });
    }

    if (userDto.password) {
      if (!userDto.oldPassword) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            oldPassword: 'missingOldPassword',
          },
        });
      }

      if (!currentUser.password) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            oldPassword: 'incorrectOldPassword',
          },
        });
      }

      const isValidOldPassword = await bcrypt.compare(
        userDto.oldPassword,
        currentUser.password,
      );

      if (!isValidOldPassword) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            oldPassword: 'incorrectOldPassword',
          },
        });
      }

      await this.sessionService.deleteByUserIdWithExclude({
        userId: currentUser.id,
        excludeSessionId: userJwtPayload.sessionId,
      });
    }

    if (userDto.email && userDto.email !== currentUser.email) {
      const userByEmail = await this.usersService.findByEmail(userDto.email);

      if (userByEmail && userByEmail.id !== currentUser.id) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            email: 'emailExists',
          },
        });
      }

      const hash = await this.jwtService.signAsync(
        {
          confirmEmailUserId: currentUser.id,
          newEmail: userDto.email,
        },
        {
          secret: this.configService.getOrThrow('auth.confirmEmailSecret', {
            infer: true,
          }),
          expiresIn: this.configService.getOrThrow('auth.confirmEmailExpires', {
            infer: true,
          }),
        },
      );

      try {
        await this.mailService.confirmNewEmail({
          to: userDto.email,
          data: {
            hash,
          },
        });
      } catch (error) {
        this.logger.warn(
          `Failed to send confirm-new-email to ${userDto.email}: ${
            error instanceof Error ? error.message : error
          }`,
        );
      }
    }

    delete userDto.email;
    delete userDto.oldPassword;

    await this.usersService.update(userJwtPayload.id, userDto);

    return this.usersService.findById(userJwtPayload.id);
  }

  async refreshToken(
    data: Pick<JwtRefreshPayloadType, 'sessionId' | 'hash'>,
  ): Promise<Omit<LoginResponseDto, 'user'>> {
    const session = await this.sessionService.findById(data.sessionId);

    if (!session || session.hash !== data.hash) {
      throw new UnauthorizedException();
    }

    const hash = crypto
      .createHash('sha256')
      .update(randomStringGenerator())
      .digest('hex');

    const user = await this.usersService.findById(session.user.id);

    if (!user?.role) {
      throw new UnauthorizedException();
    }

    await this.sessionService.update(session.id, {
      hash,
    });

    const { token, refreshToken, tokenExpires } = await this.getTokensData({
      id: session.user.id,
      role: {
        id: user.role.id,
      },
      sessionId: session.id,
      hash,
    });

    return {
      token,
      refreshToken,
      tokenExpires,
    };
  }

  async softDelete(user: User): Promise<void> {
    await this.usersService.remove(user.id);
  }

  async logout(data: Pick<JwtRefreshPayloadType, 'sessionId'>) {
    return this.sessionService.deleteById(data.sessionId);
  }

  private async loginWithPassword(
    user: User,
    password: string,
    preferredChannel: 'email' | 'phone',
  ): Promise<LoginResponseDto | OtpChallengeResponseDto> {
    if (user.status?.id?.toString() === StatusEnum.inactive.toString()) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          account: 'accountNotVerified',
        },
      });
    }

    if (user.provider !== AuthProvidersEnum.email) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          email: `needLoginViaProvider:${user.provider}`,
        },
      });
    }

    if (!user.password) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          password: 'incorrectPassword',
        },
      });
    }

    const isValidPassword = await bcrypt.compare(password, user.password);

    if (!isValidPassword) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          password: 'incorrectPassword',
        },
      });
    }

    if (this.shouldRequireOtp(user)) {
      return this.otpService.sendOtp(user, {
        purpose: 'login',
        preferredChannel,
      });
    }

    return this.issueLogin(user);
  }

  private shouldRequireOtp(user: User): boolean {
    if (
      user.status?.id?.toString() === StatusEnum.inactive.toString() ||
      !user.lastLoginAt
    ) {
      return false;
    }

    return (
      Date.now() - new Date(user.lastLoginAt).getTime() >
      OTP_REQUIRED_AFTER_DAYS * 24 * 60 * 60 * 1000
    );
  }

  private async issueLogin(user: User): Promise<LoginResponseDto> {
    const hash = crypto
      .createHash('sha256')
      .update(randomStringGenerator())
      .digest('hex');

    const session = await this.sessionService.create({
      user,
      hash,
    });

    await this.usersService.updateAuthState(user.id, {
      lastLoginAt: new Date(),
    });

    const freshUser = (await this.usersService.findById(user.id)) ?? user;

    const { token, refreshToken, tokenExpires } = await this.getTokensData({
      id: freshUser.id,
      role: freshUser.role,
      sessionId: session.id,
      hash,
    });

    return {
      refreshToken,
      token,
      tokenExpires,
      user: freshUser,
    };
  }

  private async resolveUserByContact(contact: {
    email?: string;
    phone?: string;
  }): Promise<User> {
    const user = contact.email
      ? await this.usersService.findByEmail(contact.email)
      : contact.phone
        ? await this.usersService.findByPhone(contact.phone)
        : null;

    if (!user) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: {
          contact: 'notFound',
        },
      });
    }

    return user;
  }

  private async getTokensData(data: {
    id: User['id'];
    role: User['role'];
    sessionId: Session['id'];
    hash: Session['hash'];
  }) {
    const tokenExpiresIn = this.configService.getOrThrow('auth.expires', {
      infer: true,
    });
    const tokenExpires = Date.now() + ms(tokenExpiresIn);

    const [token, refreshToken] = await Promise.all([
      this.jwtService.signAsync(
        {
          id: data.id,
          role: data.role,
          sessionId: data.sessionId,
        },
        {
          secret: this.configService.getOrThrow('auth.secret', { infer: true }),
          expiresIn: tokenExpiresIn,
        },
      ),
      this.jwtService.signAsync(
        {
          sessionId: data.sessionId,
          hash: data.hash,
        },
        {
          secret: this.configService.getOrThrow('auth.refreshSecret', {
            infer: true,
          }),
          expiresIn: this.configService.getOrThrow('auth.refreshExpires', {
            infer: true,
          }),
        },
      ),
    ]);

    return {
      token,
      refreshToken,
      tokenExpires,
    };
  }
}
