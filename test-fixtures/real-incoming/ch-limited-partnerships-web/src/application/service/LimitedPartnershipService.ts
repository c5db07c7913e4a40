import { IncorporationKind, LimitedPartnership } from "@companieshouse/api-sdk-node/dist/services/limited-partnerships";

import RegistrationPageType from "../../presentation/controller/registration/PageType";
import ILimitedPartnershipGateway from "../../domain/ILimitedPartnershipGateway";
import { logger } from "../../utils";
import UIErrors from "../../domain/entities/UIErrors";
import ITransactionGateway from "../../domain/ITransactionGateway";
import IIncorporationGateway from "../../domain/IIncorporationGateway";
import { extractAPIErrors } from "./utils";
import { ApiResponse } from "@companieshouse/api-sdk-node/dist/services/resource";
import { Transaction } from "@companieshouse/api-sdk-node/dist/services/transaction/types";
import { JourneyTypes } from "../../domain/entities/journey";
import PageType from "../../presentation/controller/PageType";
import LimitedPartnershipValidator from "../../domain/validator/LimitedPartnershipValidator";
import SicCodesValidator from "../../domain/validator/SicCodes";

class LimitedPartnershipService {
  i18n: any;

  constructor(
    private readonly limitedPartnershipGateway: ILimitedPartnershipGateway,
    private readonly transactionGateway: ITransactionGateway,
    private readonly incorporationGateway: IIncorporationGateway,
    private readonly limitedPartnershipValidator: LimitedPartnershipValidator,
    private readonly sicCodesValidator: SicCodesValidator
  ) {}

  setI18n(i18n: any) {
    this.i18n = i18n;
  }

  runValidation(data: Record<string, any>): UIErrors {
    return this.limitedPartnershipValidator.set(data, this.i18n).runValidation();
  }

  runAddSicCodeValidation(sicCodes: Array<{ code: string; description: string }>, sicCode: string): UIErrors {
    return this.sicCodesValidator.addSicCode(sicCodes, sicCode, this.i18n);
  }

  async createLimitedPartnership(
    opt: { access_token: string; refresh_token: string },
    transactionId: string,
    pageType: PageType,
    data: Record<string, any>
  ): Promise<{
    submissionId: string;
    errors?: UIErrors;
  }> {
    try {
      const validationErrors = this.runValidation(data);
      if (validationErrors.hasErrors()) {
        return { submissionId: "", errors: validationErrors };
      }
      const submissionId = await this.limitedPartnershipGateway.createSubmission(opt, pageType, transactionId, data);
      return { submissionId };
    } catch (errors: any) {
      const { apiErrors, isValidationErrors } = extractAPIErrors(errors);

      logger.error(`Error creating limited partnership: txnId: ${transactionId} ${JSON.stringify(apiErrors)}`);
      if (!isValidationErrors) {
        throw errors;
      }

      return {
        submissionId: "",
        errors
      };
    }
  }

  async getLimitedPartnership(
    opt: { access_token: string; refresh_token: string },
    transactionId: string,
    submissionId: string
  ): Promise<LimitedPartnership> {
    try {
      return await this.limitedPartnershipGateway.getLimitedPartnership(opt, transactionId, submissionId);
    } catch (error: any) {
      logger.error(
        `Error getting LimitedPartnership txnId: ${transactionId} submissionId: ${submissionId} ${JSON.stringify(error)}`
      );

      throw error;
    }
  }

  async createTransactionAndFirstSubmission(
    opt: { access_token: string; refresh_token: string },
    pageType: PageType,
    journeyTypes: JourneyTypes,
    data: Record<string, any>,
    company?: {
      companyName: string;
      companyNumber: string;
    },
    description?: string
  ): Promise<{
    submissionId: string;
    transactionId: string;
    errors?: UIErrors;
  }> {
    try {
      const validationErrors = this.runValidation(data);
      if (validationErrors.hasErrors()) {
        return { submissionId: "", transactionId: "", errors: validationErrors };
      }

      const incorporationKind = journeyTypes.isRegistration ? IncorporationKind.REGISTRATION : IncorporationKind.TRANSITION;

      const transactionId = await this.transactionGateway.createTransaction(opt, incorporationKind, company, description);

      await this.incorporationGateway.createIncorporation(opt, pageType, transactionId, incorporationKind);

      const submissionId = await this.limitedPartnershipGateway.createSubmission(opt, pageType, transactionId, data);

      return { submissionId, transactionId };
    } catch (errors: any) {
      const { apiErrors, isValidationErrors } = extractAPIErrors(errors);

      logger.error(`Error creating transaction or submission: ${JSON.stringify(apiErrors)}`);

      if (!isValidationErrors) {
        throw errors;
      }

      return {
        submissionId: "",
        transactionId: "",
        errors
      };
    }
  }

  async closeTransaction(
    opt: { access_token: string; refresh_token: string },
    transactionId: string
  ): Promise<ApiResponse<Transaction>> {
    try {
      return await this.transactionGateway.closeTransaction(opt, transactionId);
    } catch (errors: any) {
      const { apiErrors } = extractAPIErrors(errors);

      logger.error(`Error closing transaction: ${JSON.stringify(apiErrors)}`);

      throw errors;
    }
  }

  async sendPageData(
    opt: { access_token: string; refresh_token: string },
    transactionId: string,
    submissionId: string,
    registrationType: RegistrationPageType,
    data: Record<string, any>
  ): Promise<void | {
    errors?: UIErrors;
  }> {
    try {
      const validationErrors = this.runValidation(data);
      if (validationErrors.hasErrors()) {
        return { errors: validationErrors };
      }

      await this.limitedPartnershipGateway.sendPageData(opt, transactionId, submissionId, registrationType, data);
    } catch (errors: any) {
      const { apiErrors, isValidationErrors } = extractAPIErrors(errors);

      logger.error(`Error sending data: ${JSON.stringify(apiErrors)}`);

      if (!isValidationErrors) {
        throw errors;
      }

      return {
        errors
      };
    }
  }
}

export default LimitedPartnershipService;
