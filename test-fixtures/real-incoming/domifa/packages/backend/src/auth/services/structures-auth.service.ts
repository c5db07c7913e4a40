import { Injectable } from "@nestjs/common";
import { JwtService } from "@nestjs/jwt";
import { differenceInCalendarDays } from "date-fns";
import * as jwt from "jsonwebtoken";
import { Not } from "typeorm";
import { domifaConfig } from "../../config";
import {
  userStructureRepository,
  structureRepository,
  appLogsRepository,
} from "../../database";
import { appLogger } from "../../util";
import {
  CURRENT_JWT_PAYLOAD_VERSION,
  CurrentUserSession,
  STRUCTURE_TRUST_JWT_SUBJECT,
  STRUCTURE_TRUST_JWT_TTL_SECONDS,
  StructureTrustJwtPayload,
  UserStructureAuthenticated,
  UserStructureJwtPayload,
  UserStructurePublic,
} from "../../_common/model";

import { UserStructure, StructureCommon } from "@domifa/common";
import { LogAction } from "../../modules/app-logs/types";
import { buildStructureActorFields } from "../../modules/app-logs/app-logs.helpers";
import { SessionFingerprintService } from "./session-fingerprint.service";

export const APP_USER_PUBLIC_ATTRIBUTES: (keyof UserStructurePublic)[] = [
  "uuid",
  "id",
  "prenom",
  "nom",
  "email",
  "status",
  "structureId",
  "lastLogin",
  "acceptTerms",
  "role",
  "fonction",
  "fonctionDetail",
  "createdAt",
];

type ReactivationType = "STRUCTURE" | "ACCOUNT";

interface ReactivationEvent {
  type: ReactivationType;
  userId: number;
  structureId: number;
  role: UserStructureAuthenticated["role"];
  inactivityDays: number;
  lastLoginBefore: Date | null;
}

@Injectable()
export class StructuresAuthService {
  constructor(
    private readonly jwtService: JwtService,
    private readonly sessionFingerprintService: SessionFingerprintService
  ) {}

  public async login(
    user: UserStructure,
    request: { ipAddress: string; userAgent: string }
  ) {
    // Rotate the session on every full login: any prior active session is
    // moved to history and a new one (with a fresh salt + fingerprint) is
    // created. Called for the OTP-validated path. The trusted-device path
    // uses signForExistingSession to keep the current session alive.
    const session = await this.sessionFingerprintService.startNewSession(
      "structure",
      user.id,
      user.uuid,
      request.ipAddress,
      request.userAgent,
      user.structureId
    );

    return this.signAccessTokenForSession(user, session);
  }

  // Trusted-device path: keep the existing session (no salt rotation) and
  // re-issue an access JWT carrying a fresh trust token. Caller has already
  // verified the trust token presented by the client.
  public signForExistingSession(
    user: UserStructure,
    session: CurrentUserSession
  ) {
    return this.signAccessTokenForSession(user, session);
  }

  private signAccessTokenForSession(
    user: UserStructure,
    session: CurrentUserSession
  ) {
    const trustToken = this.signTrustToken(user, session);

    const payload: UserStructureJwtPayload = {
      _jwtPayloadVersion: CURRENT_JWT_PAYLOAD_VERSION,
      _userId: user.id,
      _userProfile: "structure",
      email: user.email,
      id: user.id,
      userId: user.id,
      lastLogin: user.lastLogin,
      nom: user.nom,
      prenom: user.prenom,
      fonction: user.fonction,
      fonctionDetail: user.fonctionDetail,
      role: user.role,
      acceptTerms: user.acceptTerms,
      structureId: user.structureId,
      domifaVersion: domifaConfig().version.toString(),
      fingerprintHash: session.fingerprintHash,
      trustToken,
    };
    return {
      access_token: this.jwtService.sign(payload),
      trustToken,
    };
  }

  // Deterministic trust JWT: `iat` and `exp` are pinned on the session's
  // `createdAt` (which only changes when a fresh session is created after
  // an OTP validation). Same payload + same HMAC key = byte-identical JWT
  // across every trusted-path login, so the client's stored trust token is
  // never rotated except at OTP time. Prevents the sliding-window effect
  // where each trusted reconnection pushed `exp` further into the future.
  private signTrustToken(
    user: UserStructure,
    session: CurrentUserSession
  ): string {
    const iat = Math.floor(new Date(session.createdAt).getTime() / 1000);
    const exp = iat + STRUCTURE_TRUST_JWT_TTL_SECONDS;
    const payload: StructureTrustJwtPayload & { iat: number; exp: number } = {
      sub: STRUCTURE_TRUST_JWT_SUBJECT,
      userUuid: user.uuid,
      userId: user.id,
      sessionUuid: session.uuid,
      salt: session.salt,
      fingerprintHash: session.fingerprintHash,
      iat,
      exp,
    };
    // Bypasses @nestjs/jwt's default `expiresIn: "12h"` (meant for access
    // tokens) — jsonwebtoken throws when both `payload.exp` and
    // `options.expiresIn` are set, and passing `expiresIn: undefined` still
    // fails its schema validator. Calling jsonwebtoken directly lets us keep
    // the deterministic payload as-is.
    return jwt.sign(payload, domifaConfig().security.jwtSecret);
  }

  public async validateUserStructure(
    payload: UserStructureJwtPayload
  ): Promise<false | UserStructureAuthenticated> {
    if (payload._userProfile !== "structure") {
      return false;
    }

    const authUser = await this.findAuthUser(payload);
    if (!authUser) {
      return false;
    }

    const today = new Date();

    await this.handleReactivationCheck(
      authUser,
      "ACCOUNT",
      authUser.lastLogin,
      authUser.createdAt,
      today
    );

    await this.handleReactivationCheck(
      authUser,
      "STRUCTURE",
      authUser.structure.lastLogin,
      authUser.structure.createdAt,
      today
    );

    return authUser;
  }

  private async handleReactivationCheck(
    authUser: UserStructureAuthenticated,
    type: ReactivationType,
    lastLogin: Date | null,
    createdAt: Date,
    today: Date
  ): Promise<void> {
    const referenceDate = lastLogin ? new Date(lastLogin) : new Date(createdAt);
    const inactivityDays = differenceInCalendarDays(today, referenceDate);

    if (inactivityDays <= 0) {
      return;
    }

    const isReactivation = !lastLogin || inactivityDays > 365;

    if (isReactivation) {
      const event: ReactivationEvent = {
        type,
        userId: authUser.id,
        structureId: authUser.structureId,
        role: authUser.role,
        inactivityDays,
        lastLoginBefore: lastLogin,
      };

      await this.logReactivation(event);
    }

    await this.updateLastLogin(type, authUser, today);
  }

  private async logReactivation(event: ReactivationEvent): Promise<void> {
    const actionMap: Record<ReactivationType, string> = {
      STRUCTURE: "REACTIVATION_STRUCTURE",
      ACCOUNT: "REACTIVATION_ACCOUNT",
    };

    const action = actionMap[event.type];

    const context = {
      lastLoginBefore: event.lastLoginBefore,
      daysOfInactivity: event.inactivityDays,
    };

    appLogger.info(
      `Réactivation de ${
        event.type === "STRUCTURE" ? "structure" : "compte utilisateur"
      } - ` +
        `userId: ${event.userId}, structureId: ${event.structureId}, ` +
        `inactivité: ${event.inactivityDays} jours`
    );

    await appLogsRepository.save({
      ...buildStructureActorFields({
        id: event.userId,
        role: event.role,
        structureId: event.structureId,
      }),
      action: action as LogAction,
      context,
    });
  }

  private async updateLastLogin(
    type: ReactivationType,
    authUser: UserStructureAuthenticated,
    today: Date
  ): Promise<void> {
    if (type === "STRUCTURE") {
      await structureRepository.update(
        { id: authUser.structureId },
        { lastLogin: today }
      );
    } else {
      await userStructureRepository.update(
        { id: authUser.id, structureId: authUser.structureId },
        { lastLogin: today }
      );
    }
  }

  public async findAuthUser(
    payload: Pick<UserStructureJwtPayload, "_userId" | "_userProfile">
  ): Promise<UserStructureAuthenticated> {
    const user = await userStructureRepository.findOne({
      where: { id: payload._userId, status: Not("DELETE") },
      select: APP_USER_PUBLIC_ATTRIBUTES,
    });

    const structure: StructureCommon = await structureRepository.findOne({
      where: { id: user.structureId },
      select: [
        "uuid",
        "updatedAt",
        "id",
        "adresse",
        "adresseCourrier",
        "agrement",
        "capacite",
        "codePostal",
        "complementAdresse",
        "departement",
        "region",
        "email",
        "nom",
        "options",
        "telephone",
        "responsable",
        "structureType",
        "ville",
        "lastLogin",
        "organismeType",
        "createdAt",
        "sms",
        "portailUsager",
        "acceptTerms",
        "timeZone",
        "reseau",
        "reseauDetail",
        "registrationData",
        "siret",
        "noSiret",
      ],
    });

    return {
      _userId: payload._userId,
      _userProfile: payload._userProfile,
      ...user,
      structure,
    };
  }
}
