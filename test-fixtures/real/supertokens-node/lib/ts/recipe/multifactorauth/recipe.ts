/* Copyright (c) 2021, VRAI Labs and/or its affiliates. All rights reserved.
 *
 * This software is licensed under the Apache License, Version 2.0 (the
 * "License") as published by the Apache Software Foundation.
 *
 * You may not use this file except in compliance with the License. You may
 * obtain a copy of the License at http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied. See the
 * License for the specific language governing permissions and limitations
 * under the License.
 */

import OverrideableBuilder from "supertokens-js-override";
import type { BaseRequest, BaseResponse } from "../../framework";
import NormalisedURLPath from "../../normalisedURLPath";
import RecipeModule from "../../recipeModule";
import STError from "../../error";
import { APIHandled, HTTPMethod, NormalisedAppinfo, RecipeListFunction, UserContext } from "../../types";
import RecipeImplementation from "./recipeImplementation";
import APIImplementation from "./api/implementation";
import { RESYNC_SESSION_AND_FETCH_MFA_INFO } from "./constants";
import { MultiFactorAuthClaimClass } from "./multiFactorAuthClaim";
import {
    APIInterface,
    GetAllAvailableSecondaryFactorIdsFromOtherRecipesFunc,
    GetEmailsForFactorFromOtherRecipesFunc,
    GetFactorsSetupForUserFromOtherRecipesFunc,
    GetPhoneNumbersForFactorsFromOtherRecipesFunc,
    RecipeInterface,
    TypeInput,
    TypeNormalisedInput,
} from "./types";
import { updateAndGetMFARelatedInfoInSession, validateAndNormaliseUserInput } from "./utils";
import resyncSessionAndFetchMFAInfoAPI from "./api/resyncSessionAndFetchMFAInfo";
import { PostSuperTokensInitCallbacks } from "../../postSuperTokensInitCallbacks";
import { User } from "../../user";
import RecipeUserId from "../../recipeUserId";
import { TenantConfig } from "../multitenancy/types";
import { isTestEnv } from "../../utils";
import { applyPlugins } from "../../plugins";
import type SuperTokens from "../../supertokens";
import { SessionContainerInterface } from "../session/types";

export default class Recipe extends RecipeModule {
    private static instance: Recipe | undefined = undefined;
    public multiFactorAuthClaim: MultiFactorAuthClaimClass;
    static RECIPE_ID = "multifactorauth" as const;

    getFactorsSetupForUserFromOtherRecipesFuncs: GetFactorsSetupForUserFromOtherRecipesFunc[] = [];
    getAllAvailableSecondaryFactorIdsFromOtherRecipesFuncs: GetAllAvailableSecondaryFactorIdsFromOtherRecipesFunc[] =
        [];

    getEmailsForFactorFromOtherRecipesFunc: GetEmailsForFactorFromOtherRecipesFunc[] = [];
    getPhoneNumbersForFactorFromOtherRecipesFunc: GetPhoneNumbersForFactorsFromOtherRecipesFunc[] = [];

    isGetMfaRequirementsForAuthOverridden: boolean = false;

    config: TypeNormalisedInput;

    recipeInterfaceImpl: RecipeInterface;

    apiImpl: APIInterface;

    isInServerlessEnv: boolean;

    constructor(
        stInstance: SuperTokens,
        recipeId: string,
        appInfo: NormalisedAppinfo,
        isInServerlessEnv: boolean,
        config?: TypeInput
    ) {
        super(stInstance, recipeId, appInfo);
        this.config = validateAndNormaliseUserInput(config);
        this.isInServerlessEnv = isInServerlessEnv;
        this.multiFactorAuthClaim = new MultiFactorAuthClaimClass(() => stInstance);
        {
            let originalImpl = RecipeImplementation(stInstance, this);
            let builder = new OverrideableBuilder(originalImpl);
            this.recipeInterfaceImpl = builder.override(this.config.override.functions).build();

            if (config?.override?.functions !== undefined) {
                this.isGetMfaRequirementsForAuthOverridden = true; // assuming that's what most people will override
            }
        }

        {
            let builder = new OverrideableBuilder(APIImplementation(this.stInstance, this.multiFactorAuthClaim));
            this.apiImpl = builder.override(this.config.override.apis).build();
        }

        PostSuperTokensInitCallbacks.addPostInitCallback(() => {
            const mtRecipe = stInstance.getRecipeInstance("multitenancy");
            if (mtRecipe !== undefined) {
                mtRecipe.staticFirstFactors = this.config.firstFactors;
            }

            // We don't add MultiFactorAuthClaim as a global claim because the values are populated
            // on factor setup / completion any way (in the sign in / up APIs).
            // SessionRecipe.getInstanceOrThrowError().addClaimFromOtherRecipe(MultiFactorAuthClaim);

            stInstance
                .getRecipeInstanceOrThrow("session")
                .addClaimValidatorFromOtherRecipe(
                    this.multiFactorAuthClaim.validators.hasCompletedMFARequirementsForAuth()
                );
        });
    }

    static getInstanceOrThrowError(): Recipe {
        if (Recipe.instance !== undefined) {
            return Recipe.instance;
        }
        throw new Error("Initialisation not done. Did you forget to call the MultiFactorAuth.init function?");
    }

    static getInstance(): Recipe | undefined {
        return Recipe.instance;
    }

    static init(config?: TypeInput): RecipeListFunction {
        return (stInstance, appInfo, isInServerlessEnv, plugins) => {
            if (Recipe.instance === undefined) {
                Recipe.instance = new Recipe(
                    stInstance,
                    Recipe.RECIPE_ID,
                    appInfo,
                    isInServerlessEnv,
                    applyPlugins(Recipe.RECIPE_ID, config, plugins ?? [])
                );
                return Recipe.instance;
            } else {
                throw new Error(
                    "MultiFactorAuth recipe has already been initialised. Please check your code for bugs."
                );
            }
        };
    }

    static reset() {
        if (!isTestEnv()) {
            throw new Error("calling testing function in non testing env");
        }
        Recipe.instance = undefined;
    }

    // abstract instance functions below...............

    getAPIsHandled = (): APIHandled[] => {
        return [
            {
                method: "put",
                pathWithoutApiBasePath: new NormalisedURLPath(RESYNC_SESSION_AND_FETCH_MFA_INFO),
                id: RESYNC_SESSION_AND_FETCH_MFA_INFO,
                disabled: this.apiImpl.resyncSessionAndFetchMFAInfoPUT === undefined,
            },
        ];
    };

    handleAPIRequest = async (
        id: string,
        _tenantId: string,
        req: BaseRequest,
        res: BaseResponse,
        _: NormalisedURLPath,
        __: HTTPMethod,
        userContext: UserContext
    ): Promise<boolean> => {
        let options = {
            recipeInstance: this,
            recipeImplementation: this.recipeInterfaceImpl,
            config: this.config,
            recipeId: this.getRecipeId(),
            isInServerlessEnv: this.isInServerlessEnv,
            req,
            res,
        };
        if (id === RESYNC_SESSION_AND_FETCH_MFA_INFO) {
            return await resyncSessionAndFetchMFAInfoAPI(this.stInstance, this.apiImpl, options, userContext);
        }
        throw new Error("should never come here");
    };

    handleError = async (err: STError, _: BaseRequest, __: BaseResponse): Promise<void> => {
        throw err;
    };

    getAllCORSHeaders = (): string[] => {
        return [];
    };

    isErrorFromThisRecipe = (err: any): err is STError => {
        return STError.isErrorFromSuperTokens(err) && err.fromRecipe === Recipe.RECIPE_ID;
    };

    addFuncToGetAllAvailableSecondaryFactorIdsFromOtherRecipes = (
        f: GetAllAvailableSecondaryFactorIdsFromOtherRecipesFunc
    ) => {
        this.getAllAvailableSecondaryFactorIdsFromOtherRecipesFuncs.push(f);
    };

    getAllAvailableSecondaryFactorIds = (tenantConfig: TenantConfig) => {
        let factorIds: string[] = [];
        for (const func of this.getAllAvailableSecondaryFactorIdsFromOtherRecipesFuncs) {
            const factorIdsRes = func(tenantConfig);
            for (const factorId of factorIdsRes) {
                if (!factorIds.includes(factorId)) {
                    factorIds.push(factorId);
                }
            }
        }
        return factorIds;
    };

    addFuncToGetFactorsSetupForUserFromOtherRecipes = (func: GetFactorsSetupForUserFromOtherRecipesFunc) => {
        this.getFactorsSetupForUserFromOtherRecipesFuncs.push(func);
    };

    addFuncToGetEmailsForFactorFromOtherRecipes = (func: GetEmailsForFactorFromOtherRecipesFunc) => {
        this.getEmailsForFactorFromOtherRecipesFunc.push(func);
    };

    getEmailsForFactors = (
        user: User,
        sessionRecipeUserId: RecipeUserId
    ):
        | { status: "OK"; factorIdToEmailsMap: Record<string, string[]> }
        | { status: "UNKNOWN_SESSION_RECIPE_USER_ID" } => {
        let result: { status: "OK"; factorIdToEmailsMap: Record<string, string[]> } = {
            status: "OK",
            factorIdToEmailsMap: {},
        };

        for (const func of this.getEmailsForFactorFromOtherRecipesFunc) {
            let funcResult = func(user, sessionRecipeUserId);
            if (funcResult.status === "UNKNOWN_SESSION_RECIPE_USER_ID") {
                return {
                    status: "UNKNOWN_SESSION_RECIPE_USER_ID",
                };
            }
            result.factorIdToEmailsMap = {
                ...result.factorIdToEmailsMap,
                ...funcResult.factorIdToEmailsMap,
            };
        }
        return result;
    };

    addFuncToGetPhoneNumbersForFactorsFromOtherRecipes = (func: GetPhoneNumbersForFactorsFromOtherRecipesFunc) => {
        this.getPhoneNumbersForFactorFromOtherRecipesFunc.push(func);
    };

    getPhoneNumbersForFactors = (
        user: User,
        sessionRecipeUserId: RecipeUserId
    ):
        | { status: "OK"; factorIdToPhoneNumberMap: Record<string, string[]> }
        | { status: "UNKNOWN_SESSION_RECIPE_USER_ID" } => {
        let result: { status: "OK"; factorIdToPhoneNumberMap: Record<string, string[]> } = {
            status: "OK",
            factorIdToPhoneNumberMap: {},
        };

        for (const func of this.getPhoneNumbersForFactorFromOtherRecipesFunc) {
            let funcResult = func(user, sessionRecipeUserId);
            if (funcResult.status === "UNKNOWN_SESSION_RECIPE_USER_ID") {
                return {
                    status: "UNKNOWN_SESSION_RECIPE_USER_ID",
                };
            }
            result.factorIdToPhoneNumberMap = {
                ...result.factorIdToPhoneNumberMap,
                ...funcResult.factorIdToPhoneNumberMap,
            };
        }
        return result;
    };

    async assertAllowedToSetupFactorElseThrowInvalidClaimError(
        session: SessionContainerInterface,
        factorId: string,
        userContext: UserContext
    ) {
        const user = await this.stInstance
            .getRecipeInstanceOrThrow("accountlinking")
            .recipeInterfaceImpl.getUser({ userId: session.getUserId(), userContext });
        if (!user) {
            throw new Error("Unknown user id");
        }
        const mfaInfo = await updateAndGetMFARelatedInfoInSession({
            stInstance: this.stInstance,
            session,
            userContext,
        });

        const factorsSetUpForUser = await this.recipeInterfaceImpl.getFactorsSetupForUser({
            user,
            userContext,
        });

        await this.recipeInterfaceImpl.assertAllowedToSetupFactorElseThrowInvalidClaimError({
            session,
            factorId,
            get factorsSetUpForUser() {
                return Promise.resolve(factorsSetUpForUser);
            },
            get mfaRequirementsForAuth() {
                return Promise.resolve(mfaInfo.mfaRequirementsForAuth);
            },
            userContext,
        });
    }
}
