/* eslint-disable */

import crypto from "crypto";

import { GeneralPartner } from "@companieshouse/api-sdk-node/dist/services/limited-partnerships";
import IGeneralPartnerGateway from "../../../domain/IGeneralPartnerGateway";
import UIErrors, { ApiErrors } from "../../../domain/entities/UIErrors";
import TransactionGeneralPartner from "../../../domain/entities/TransactionGeneralPartner";
import {
  resetFormerNamesIfPreviousNameIsFalse,
  validateAndFormatPartnerCeaseDate,
  validateAndFormatPartnerDateEffectiveFrom,
  validateAndFormatPartnerDateOfUpdate,
  validateAndFormatPersonDateOfBirth,
  validateFormerNamesNotEmptyIfPreviousNameIsTrue
} from "../utils";

class GeneralPartnerInMemoryGateway implements IGeneralPartnerGateway {
  private readonly partnerType = "general";

  generalPartnerId = crypto.randomUUID().toString();
  error = false;

  generalPartners: TransactionGeneralPartner[] = [];
  uiErrors: UIErrors = new UIErrors();

  feedGeneralPartners(generalPartners: TransactionGeneralPartner[]) {
    this.generalPartners = generalPartners;
  }

  feedErrors(errors?: ApiErrors) {
    this.uiErrors.errors.errorList = [];

    if (!errors) {
      return;
    }

    this.uiErrors.formatValidationErrorToUiErrors(errors);
  }

  setError(value: boolean) {
    this.error = value;
  }

  async createGeneralPartner(
    opt: { access_token: string },
    transactionId: string,
    data: Record<string, any>
  ): Promise<string> {
    if (this.uiErrors?.hasErrors()) {
      throw this.uiErrors;
    }

    validateAndFormatPersonDateOfBirth(data);
    validateAndFormatPartnerDateEffectiveFrom(data);
    validateFormerNamesNotEmptyIfPreviousNameIsTrue(data, this.partnerType);
    resetFormerNamesIfPreviousNameIsFalse(data);
    validateAndFormatPartnerCeaseDate(data);

    this.generalPartners.push({
      data
    });

    return this.generalPartnerId;
  }

  async getGeneralPartner(
    opt: { access_token: string; refresh_token: string },
    transactionId: string,
    generalPartnerId: string
  ): Promise<GeneralPartner> {
    if (this.error) {
      throw new Error(`Not found: ${generalPartnerId}`);
    }

    const partner = this.generalPartners.find((gp) => gp._id === generalPartnerId);

    if (!partner) {
      throw new Error(`Not found: ${generalPartnerId}`);
    }

    return partner;
  }

  async getGeneralPartners(
    opt: { access_token: string; refresh_token: string },
    transactionId: string
  ): Promise<GeneralPartner[]> {
    return this.generalPartners;
  }

  async sendPageData(
    opt: { access_token: string },
    transactionId: string,
    generalPartnerId: string,
    data: Record<string, any>
  ): Promise<void> {
    if (this.uiErrors?.hasErrors()) {
      throw this.uiErrors;
    }

    let index = this.generalPartners.findIndex((gp) => gp._id === generalPartnerId);

    if (index === -1) {
      throw new Error(`Not found: ${generalPartnerId}`);
    }

    validateAndFormatPersonDateOfBirth(data);
    validateAndFormatPartnerDateEffectiveFrom(data);
    validateFormerNamesNotEmptyIfPreviousNameIsTrue(data, this.partnerType);
    resetFormerNamesIfPreviousNameIsFalse(data);
    validateAndFormatPartnerCeaseDate(data);
    validateAndFormatPartnerDateOfUpdate(data);

    this.generalPartners[index].data = { ...this.generalPartners[index].data, ...data };
  }

  async deleteGeneralPartner(
    opt: { access_token: string; refresh_token: string },
    transactionId: string,
    generalPartnerId: string
  ): Promise<void> {
    if (this.uiErrors?.hasErrors()) {
      throw this.uiErrors;
    }

    let index = this.generalPartners.findIndex((gp) => gp._id === generalPartnerId);

    if (index === -1) {
      throw new Error(`Not found: ${generalPartnerId}`);
    }

    this.generalPartners = this.generalPartners.filter((gp) => gp._id !== generalPartnerId);
  }
}

export default GeneralPartnerInMemoryGateway;
