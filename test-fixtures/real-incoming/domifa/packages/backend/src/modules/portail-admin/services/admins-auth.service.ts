import { Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import { SessionFingerprintService } from "../../../auth/services/session-fingerprint.service";
import { userSupervisorRepository } from "../../../database";

import {
  CURRENT_JWT_PAYLOAD_VERSION,
  UserAdminAuthenticated,
  UserSupervisorJwtPayload,
} from "../../../_common/model";
import { PortailAdminAuthApiResponse, UserSupervisor } from "@domifa/common";

@Injectable()
export class AdminsAuthService {
  constructor(
    private readonly jwtService: JwtService,
    private readonly sessionFingerprintService: SessionFingerprintService
  ) {}

  public async login(
    user: UserSupervisor,
    request: { ipAddress: string; userAgent: string }
  ) {
    const session = await this.sessionFingerprintService.startNewSession(
      "supervisor",
      user.id,
      user.uuid,
      request.ipAddress,
      request.userAgent
    );

    const payload: UserSupervisorJwtPayload = {
      _jwtPayloadVersion: CURRENT_JWT_PAYLOAD_VERSION,
      _userId: user.id,
      _userProfile: "supervisor",
      lastLogin: user.lastLogin,
      id: user.id,
      userId: user.id,
      fingerprintHash: session.fingerprintHash,
    };

    const response: PortailAdminAuthApiResponse = {
      token: this.jwtService.sign(payload),
      user: {
        id: user.id,
        email: user.email,
        nom: user.nom,
        role: user.role,
        prenom: user.prenom,
        status: user.status,
        lastLogin: user.lastLogin,
      },
    };
    return response;
  }

  public async validateUserAdmin(
    payload: UserSupervisorJwtPayload
  ): Promise<false | UserAdminAuthenticated> {
    if (payload._userProfile !== "supervisor") {
      return false;
    }
    const authUser = await this.findAuthUserAdmin(payload);

    if (!authUser) {
      return false;
    }

    // update supervisor's last login date
    await userSupervisorRepository.update(
      { id: authUser.id },
      { lastLogin: new Date() }
    );

    return authUser;
  }

  public async findAuthUserAdmin(
    payload: Pick<UserSupervisorJwtPayload, "_userId">
  ): Promise<UserAdminAuthenticated> {
    const user = await userSupervisorRepository.getAdminProfile(
      payload._userId
    );

    return {
      _userId: payload._userId,
      _userProfile: "supervisor",
      ...user,
    };
  }
}
