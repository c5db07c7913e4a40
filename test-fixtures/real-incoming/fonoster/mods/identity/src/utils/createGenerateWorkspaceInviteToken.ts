/**
 * Copyright (C) 2025 by Fonoster Inc (https://fonoster.com)
 * http://github.com/fonoster/fonoster
 *
 * This file is part of Fonoster
 *
 * Licensed under the MIT License (the "License");
 * you may not use this file except in compliance with
 * the License. You may obtain a copy of the License at
 *
 *    https://opensource.org/licenses/MIT
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
import jwt from "jsonwebtoken";
import { SIGN_ALGORITHM } from "../constants";
import { IdentityConfig } from "../exchanges/types";

function createGenerateWorkspaceInviteToken(identityConfig: IdentityConfig) {
  return async function generateWorkspaceInviteToken(params: {
    userRef: string;
    memberRef: string;
    accessKeyId: string;
    expiresIn?: string;
  }): Promise<string> {
    const { privateKey } = identityConfig;
    const { issuer, audience } = identityConfig;
    const { userRef, memberRef, accessKeyId, expiresIn } = params;

    const accessTokenSignOptions = {
      algorithm: SIGN_ALGORITHM,
      expiresIn: expiresIn || "1d"
    } as jwt.SignOptions;

    const unsignedToken = {
      iss: issuer,
      sub: userRef,
      aud: audience,
      memberRef: memberRef,
      accessKeyId
    };

    return jwt.sign(unsignedToken, privateKey, accessTokenSignOptions);
  };
}

export { createGenerateWorkspaceInviteToken };
