import { Body, Controller, Logger, Post, Req, Res, UseGuards } from '@nestjs/common'
import { ApiBearerAuth, ApiOperation, ApiResponse } from '@nestjs/swagger'
import { ConfigService } from '@nestjs/config'

import { JwtRefreshAuthGuard, LocalAuthGuard } from '../guards'

import { AuthService } from '@/domain'

import { LoginUserRequest, LoginUserResponse } from '../dtos'
import { Response } from 'express'
import { User } from '@shared/models'

@ApiBearerAuth()
@Controller('auth')
export class AuthController {
  private readonly logger = new Logger(AuthController.name)

  constructor(
    private authService: AuthService,
    private configService: ConfigService,
  ) {}

  @UseGuards(LocalAuthGuard)
  @Post('login')
  @ApiOperation({ summary: 'Login a user' })
  @ApiResponse({ status: 200, type: LoginUserResponse })
  @ApiResponse({ status: 400, description: 'Failed due to a malformed request' })
  @ApiResponse({ status: 500, description: 'Failed due to a technical error. Try again later' })
  async login(
    @Req() { user }: { user: User },
    @Body() _body: LoginUserRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginUserResponse> {
    const { accessToken, refreshToken } = await this.authService.issueTokens(user)
    this.setRefreshTokenCookie({ res, refreshToken })
    return { accessToken }
  }

  @UseGuards(JwtRefreshAuthGuard)
  @Post('refresh')
  @ApiOperation({ summary: 'Refresh access token' })
  @ApiResponse({ status: 200, type: LoginUserResponse })
  @ApiResponse({ status: 400, description: 'Failed due to a malformed request' })
  @ApiResponse({ status: 500, description: 'Failed due to a technical error. Try again later' })
  async refresh(
    @Req() { user }: { user: User },
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginUserResponse> {
    const { accessToken, refreshToken } = await this.authService.issueTokens(user)
    this.setRefreshTokenCookie({ res, refreshToken })
    return { accessToken }
  }

  @UseGuards(JwtRefreshAuthGuard)
  @Post('logout')
  @ApiOperation({ summary: 'Logout a user' })
  @ApiResponse({ status: 200, description: 'User logged out successfully' })
  @ApiResponse({ status: 400, description: 'Failed due to a malformed request' })
  @ApiResponse({ status: 500, description: 'Failed due to a technical error. Try again later' })
  async logout(@Res({ passthrough: true }) res: Response): Promise<void> {
    this.setRefreshTokenCookie({ res, refreshToken: '', expired: true })
  }

  private setRefreshTokenCookie({
    res,
    refreshToken,
    expired = false,
  }: {
    res: Response
    refreshToken: string
    expired?: boolean
  }) {
    const isProduction = this.configService.get('NODE_ENV') === 'production'
    res.cookie('refresh_token', refreshToken, {
      httpOnly: true,
      secure: isProduction,
      sameSite: isProduction ? 'strict' : 'lax',
      path: this.configService.get('REFRESH_TOKEN_COOKIE_PATH', '/auth'),
      maxAge: !expired
        ? parseInt(this.configService.get<string>('JWT_REFRESH_TOKEN_LIFETIME_MS', '0'), 10)
        : 0,
    })
    this.logger.log(`Setting refresh token cookie${expired ? ' (expired)' : ''}`)
  }
}
