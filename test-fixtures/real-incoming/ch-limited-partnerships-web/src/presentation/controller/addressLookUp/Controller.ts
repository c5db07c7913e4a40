import { NextFunction, Request, Response } from "express";
import escape from "escape-html";
import {
  Address,
  GeneralPartner,
  LimitedPartner,
  NatureOfControlType,
  PartnerKind,
  PartnershipType,
  PersonWithSignificantControl
} from "@companieshouse/api-sdk-node/dist/services/limited-partnerships";

import AbstractController from "../AbstractController";
import AddressService from "../../../application/service/AddressService";

import registrationAddressRouting, { AddressCacheKeys } from "./routing/registration/routing";
import transitionAddressRouting from "./routing/transition/routing";
import postTransitionAddressRouting from "./routing/postTransition/routing";

import { Ids, Tokens } from "../../../domain/types";
import { getJourneyTypes } from "../../../utils";
import { APPLICATION_CACHE_KEY, cookieOptions } from "../../../config/constants";
import UIErrors from "../../../domain/entities/UIErrors";

import AddressLookUpPageType, {
  GENERAL_PARTNER_PAGES,
  isConfirmGeneralPartnerAddressPageType,
  isConfirmLimitedPartnerAddressPageType,
  LIMITED_PARTNER_PAGES,
  LIMITED_PARTNERSHIP_MANUAL_PAGES,
  LIMITED_PARTNERSHIP_POSTCODE_PAGES,
  PERSON_WITH_SIGNIFICANT_CONTROL_PAGES,
  CHOOSE_PAGES,
  MANUAL_PAGES,
  isConfirmAddressPageType,
  isManualAddressPageType
} from "./PageType";
import { PageDefault, PageRouting, pageRoutingDefault } from "../PageRouting";
import PageType from "../PageType";

import CacheService from "../../../application/service/CacheService";
import CompanyService from "../../../application/service/CompanyService";
import LimitedPartnershipService from "../../../application/service/LimitedPartnershipService";
import GeneralPartnerService from "../../../application/service/GeneralPartnerService";
import LimitedPartnerService from "../../../application/service/LimitedPartnerService";
import PersonWithSignificantControlService from "../../../application/service/PersonWithSignificantControlService";

import { CONFIRM_PERSON_WITH_SIGNIFICANT_CONTROL_INDIVIDUAL_PERSON_CORRESPONDENCE_ADDRESS_URL, CONFIRM_PRINCIPAL_PLACE_OF_BUSINESS_ADDRESS_URL } from "./url/registration";
import {
  ADD_NATURE_OF_CONTROL_FIRM_URL,
  ADD_NATURE_OF_CONTROL_INDIVIDUAL_URL,
  ADD_NATURE_OF_CONTROL_TRUST_URL,
  REVIEW_GENERAL_PARTNERS_URL
} from "../registration/url";
import {
  UPDATE_GENERAL_PARTNER_CORRESPONDENCE_ADDRESS_YES_NO_URL,
  WHEN_DID_GENERAL_PARTNER_PERSON_DETAILS_CHANGE_URL,
  WHEN_DID_GENERAL_PARTNER_LEGAL_ENTITY_DETAILS_CHANGE_URL,
  WHEN_DID_LIMITED_PARTNER_PERSON_DETAILS_CHANGE_URL,
  WHEN_DID_LIMITED_PARTNER_LEGAL_ENTITY_DETAILS_CHANGE_URL
} from "../postTransition/url";
import { isUpdateKind } from "../../../utils/kind";
import { snakeToNormalCase } from "../../../infrastructure/gateway/utils";

class AddressLookUpController extends AbstractController {
  constructor(
    private readonly addressService: AddressService,
    private readonly limitedPartnershipService: LimitedPartnershipService,
    private readonly generalPartnerService: GeneralPartnerService,
    private readonly limitedPartnerService: LimitedPartnerService,
    private readonly cacheService: CacheService,
    private readonly companyService: CompanyService,
    private readonly personWithSignificantControlService: PersonWithSignificantControlService
  ) {
    super();
  }

  getPageRouting() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);

        const { tokens, pageType, ids } = super.extract(request);
        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        const { limitedPartnership, generalPartner, limitedPartner, personWithSignificantControl } = await this.getData(
          ids,
          tokens
        );

        const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, ids.transactionId);

        const { errors, redirectUrl } = this.validateAddress(cacheById, pageRouting);
        if (errors?.hasErrors() && redirectUrl) {
          response.redirect(redirectUrl);
          return;
        }

        const { addressList, redirectToConfirm } = await this.getAddressList(pageRouting, cacheById, tokens);
        if (redirectToConfirm) {
          response.redirect(redirectToConfirm);
          return;
        }

        const { chsCorrespondenceAddress, chsPrincipalOfficeAddress } = await this.getChsAddressesIfApplicable(
          tokens,
          pageRouting,
          generalPartner,
          limitedPartner,
          cacheById,
          ids
        );

        if (ids.generalPartnerId) {
          this.conditionalBackLink(pageRouting, generalPartner, ids);
        } else if (ids.limitedPartnerId) {
          this.conditionalBackLink(pageRouting, limitedPartner, ids);
        } else if (ids.personWithSignificantControlId) {
          this.conditionalPscBackLink(pageRouting, personWithSignificantControl, ids);
        }

        response.render(
          super.templateName(pageRouting.currentUrl),
          super.makeProps(
            pageRouting,
            {
              limitedPartnership,
              generalPartner,
              limitedPartner,
              personWithSignificantControl,
              addressList,
              cache: { ...cacheById },
              chsCorrespondenceAddress,
              chsPrincipalOfficeAddress
            },
            errors
          )
        );
      } catch (error) {
        next(error);
      }
    };
  }

  private validateAddress(
    cacheById: Record<string, any>,
    pageRouting: PageRouting
  ): { errors: UIErrors; redirectUrl: string } {
    const addressCacheKey = pageRouting.data?.[AddressCacheKeys.addressCacheKey];
    const hasAddressInCache = addressCacheKey && cacheById?.[addressCacheKey];

    let errors: UIErrors | undefined;
    let redirectUrl: string = "";

    if (
      hasAddressInCache &&
      (isConfirmAddressPageType(pageRouting.pageType) || isManualAddressPageType(pageRouting.pageType))
    ) {
      const address = cacheById[addressCacheKey];
      errors = this.addressService.runValidation(address);

      if (isConfirmAddressPageType(pageRouting.pageType) && errors?.hasErrors()) {
        redirectUrl = pageRouting.currentUrl.replace("confirm", "enter");
      }
    }

    return { errors: errors ?? new UIErrors(), redirectUrl };
  }

  private async getChsAddressesIfApplicable(
    tokens: Tokens,
    pageRouting: PageRouting,
    generalPartner: GeneralPartner,
    limitedPartner: LimitedPartner,
    cache: Record<string, any>,
    ids: Ids
  ): Promise<{ chsCorrespondenceAddress?: Address; chsPrincipalOfficeAddress?: Address }> {
    const partner = generalPartner?.data ? generalPartner : limitedPartner;
    let chsPartner;

    if (this.isChsAddressRequired(pageRouting, partner, cache)) {
      if (ids.companyId && partner?.data?.appointment_id) {
        chsPartner = await this.companyService.buildPartnerFromCompanyAppointment(
          tokens,
          ids.companyId,
          partner.data.appointment_id
        );
      }
    }

    return {
      chsCorrespondenceAddress: (chsPartner?.partner as GeneralPartner)?.data?.service_address,
      chsPrincipalOfficeAddress: chsPartner?.partner?.data?.principal_office_address
    };
  }

  private isChsAddressRequired(
    pageRouting: PageRouting,
    partner: GeneralPartner | LimitedPartner,
    cache: Record<string, any>
  ) {
    if (isUpdateKind(partner?.data?.kind) && MANUAL_PAGES.has(pageRouting.pageType)) {
      const noServiceAddress = !(partner as GeneralPartner)?.data?.service_address && !cache?.service_address;
      const noPrincipalOfficeAddress = !partner?.data?.principal_office_address && !cache?.principal_office_address;

      if (noServiceAddress || noPrincipalOfficeAddress) {
        return true;
      }
    }

    return false;
  }

  private conditionalBackLink(pageRouting: PageRouting, partner: GeneralPartner | LimitedPartner, ids: Ids) {
    if (isUpdateKind(partner?.data?.kind)) {
      if (
        pageRouting.pageType === AddressLookUpPageType.territoryChoiceGeneralPartnerUsualResidentialAddress ||
        pageRouting.pageType === AddressLookUpPageType.enterGeneralPartnerCorrespondenceAddress ||
        pageRouting.pageType === AddressLookUpPageType.confirmGeneralPartnerCorrespondenceAddress
      ) {
        pageRouting.previousUrl = this.insertIdsInUrl(pageRouting.data?.previousUrlUpdateGeneralPartnerPerson, ids);
        return;
      }

      if (
        pageRouting.pageType === AddressLookUpPageType.enterGeneralPartnerPrincipalOfficeAddress ||
        pageRouting.pageType === AddressLookUpPageType.confirmGeneralPartnerPrincipalOfficeAddress
      ) {
        pageRouting.previousUrl = this.insertIdsInUrl(
          pageRouting.data?.previousUrlUpdateGeneralPartnerLegalEntity,
          ids
        );
        return;
      }

      if (
        pageRouting.pageType === AddressLookUpPageType.territoryChoiceLimitedPartnerUsualResidentialAddress ||
        pageRouting.pageType === AddressLookUpPageType.confirmLimitedPartnerUsualResidentialAddress
      ) {
        pageRouting.previousUrl = this.insertIdsInUrl(pageRouting.data?.previousUrlUpdateLimitedPartnerPerson, ids);
        return;
      }

      if (
        pageRouting.pageType === AddressLookUpPageType.enterLimitedPartnerPrincipalOfficeAddress ||
        pageRouting.pageType === AddressLookUpPageType.confirmLimitedPartnerPrincipalOfficeAddress
      ) {
        pageRouting.previousUrl = this.insertIdsInUrl(
          pageRouting.data?.previousUrlUpdateLimitedPartnerLegalEntity,
          ids
        );
        return;
      }
    }
  }

  private conditionalPscBackLink(pageRouting: PageRouting, personWithSignificantControl: PersonWithSignificantControl, ids: Ids) {
    if (
      pageRouting.pageType ===
        AddressLookUpPageType.territoryChoicePersonWithSignificantControlIndividualPersonUsualResidentialAddress ||
      pageRouting.pageType ===
        AddressLookUpPageType.territoryChoicePersonWithSignificantControlRelevantLegalEntityPrincipalOfficeAddress ||
      pageRouting.pageType ===
        AddressLookUpPageType.territoryChoicePersonWithSignificantControlOtherRegistrablePersonPrincipalOfficeAddress
    ) {
      const natureOfControlTypes = personWithSignificantControl?.data?.nature_of_control_types ?? [];
      if (natureOfControlTypes.length > 0) {
        const type = natureOfControlTypes[natureOfControlTypes.length - 1];

        const natureOfControlBackLinks: Map<NatureOfControlType, string> = new Map([
          [NatureOfControlType.INDIVIDUAL, ADD_NATURE_OF_CONTROL_INDIVIDUAL_URL],
          [NatureOfControlType.FIRM, ADD_NATURE_OF_CONTROL_FIRM_URL],
          [NatureOfControlType.TRUST, ADD_NATURE_OF_CONTROL_TRUST_URL]
        ]);

        pageRouting.previousUrl = this.insertIdsInUrl(natureOfControlBackLinks.get(type) ?? pageRouting.previousUrl, ids);
      }
    }
  }

  postcodeValidation() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);

        const { tokens, ids } = super.extract(request);
        const { postal_code, premises } = request.body;
        const pageType = super.extractPageTypeOrThrowError(request, AddressLookUpPageType);
        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        let limitedPartnership;
        if (ids.transactionId && ids.submissionId) {
          limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
            tokens,
            ids.transactionId,
            ids.submissionId
          );
        }

        const jurisdiction =
          LIMITED_PARTNERSHIP_POSTCODE_PAGES.has(pageType) ? limitedPartnership?.data?.jurisdiction : undefined;

        const { address, errors } = await this.addressService.isValidUKPostcodeAndHasAnAddress(
          tokens,
          escape(postal_code),
          escape(premises),
          jurisdiction
        );

        if (errors?.hasErrors()) {
          const { generalPartner, limitedPartner, personWithSignificantControl } = await this.getResourcesData(
            pageType,
            tokens,
            ids
          );

          response.render(
            super.templateName(pageRouting.currentUrl),
            super.makeProps(
              pageRouting,
              { limitedPartnership, generalPartner, limitedPartner, personWithSignificantControl, ...request.body },
              errors
            )
          );
          return;
        }

        this.addToCache(request, response, ids.transactionId, pageRouting?.data?.[AddressCacheKeys.postcodeCacheKey], address?.postal_code);

        // if exact match - redirect to confirm page
        if (address?.postal_code && address?.premises && address?.address_line_1) {
          this.addToCache(request, response, ids.transactionId, pageRouting?.data?.[AddressCacheKeys.addressCacheKey], address);
          const url = super.insertIdsInUrl(pageRouting?.data?.confirmAddressUrl, ids, request.url);

          response.redirect(url);
          return;
        }

        // correct postcode - no exact match - redirect to choose address page
        response.redirect(pageRouting.nextUrl);
      } catch (error) {
        next(error);
      }
    };
  }

  selectAddress() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);

        if (!request.body.selected_address) {
          return await this.renderChooseAddressPageWithError(request, response);
        }

        const address: Address = JSON.parse(request.body.selected_address);

        this.saveAndRedirectToNextPage(request, response, address);
      } catch (error) {
        next(error);
      }
    };
  }

  sendManualAddress() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);

        const { premises, address_line_1, address_line_2, locality, region, postal_code, country } = request.body;
        const address = {
          premises,
          address_line_1,
          address_line_2,
          country,
          locality,
          postal_code,
          region
        };

        const { tokens, pageType, ids } = super.extract(request);
        super.extractPageTypeOrThrowError(request, AddressLookUpPageType);

        let limitedPartnership;
        if (ids.transactionId && ids.submissionId) {
          limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
            tokens,
            ids.transactionId,
            ids.submissionId
          );
        }

        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        let errors: UIErrors | undefined = this.addressService.runValidation(address);

        if (LIMITED_PARTNERSHIP_MANUAL_PAGES.has(pageType)) {
          errors = this.addressService.isValidJurisdictionAndCountry(
            limitedPartnership?.data?.jurisdiction ?? "",
            country,
            errors
          );
        }

        if (errors?.hasErrors()) {
          const { generalPartner, limitedPartner, personWithSignificantControl } = await this.getResourcesData(
            pageType,
            tokens,
            ids
          );

          const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, ids.transactionId);

          this.conditionalBackLink(pageRouting, ids?.generalPartnerId ? generalPartner : limitedPartner, ids);

          response.render(
            super.templateName(pageRouting.currentUrl),
            super.makeProps(
              pageRouting,
              {
                address,
                limitedPartnership,
                generalPartner,
                limitedPartner,
                personWithSignificantControl,
                cache: { ...cacheById }
              },
              errors
            )
          );

          return;
        }

        this.saveAndRedirectToNextPage(request, response, address);
      } catch (error) {
        next(error);
      }
    };
  }

  confirmAddress() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);
        this.generalPartnerService.setI18n(response.locals.i18n);
        this.limitedPartnerService.setI18n(response.locals.i18n);

        const { tokens, ids } = super.extract(request);
        const pageType = super.extractPageTypeOrThrowError(request, AddressLookUpPageType);
        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        const cache = this.cacheService.getDataFromCache(request.signedCookies);
        const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, ids.transactionId);

        if (!request.body?.address) {
          await this.handleAddressNotFound(tokens, ids.transactionId, ids.submissionId, pageRouting, cache, response);
          return;
        }

        const address = JSON.parse(request.body?.address);

        const data = {
          [pageRouting.data?.[AddressCacheKeys.addressCacheKey]]: address
        };

        const isGeneralPartnerAddress = GENERAL_PARTNER_PAGES.has(pageType);
        const isLimitedPartnerAddress = LIMITED_PARTNER_PAGES.has(pageType);
        const isPersonWithSignificantControlAddress = PERSON_WITH_SIGNIFICANT_CONTROL_PAGES.has(pageType);

        const uiErrors = this.addressService.hasCountry(address);

        // store in api
        let result;
        if (uiErrors?.hasErrors()) {
          result = { errors: uiErrors };
        } else if (isGeneralPartnerAddress) {
          result = await this.generalPartnerService.sendPageData(tokens, ids.transactionId, ids.generalPartnerId, data);
        } else if (isLimitedPartnerAddress) {
          result = await this.limitedPartnerService.sendPageData(tokens, ids.transactionId, ids.limitedPartnerId, data);
        } else if (isPersonWithSignificantControlAddress) {
          result = await this.personWithSignificantControlService.sendPageData(
            tokens,
            ids.transactionId,
            ids.personWithSignificantControlId,
            data
          );
        } else {
          result = await this.limitedPartnershipService.sendPageData(
            tokens,
            ids.transactionId,
            ids.submissionId,
            pageType,
            data
          );
        }

        if (result?.errors) {
          const { generalPartner, limitedPartner, personWithSignificantControl } = await this.getResourcesData(
            pageType,
            tokens,
            ids
          );

          let limitedPartnership;

          if (
            !isGeneralPartnerAddress &&
            !isLimitedPartnerAddress &&
            !isPersonWithSignificantControlAddress &&
            ids.transactionId &&
            ids.submissionId
          ) {
            limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
              tokens,
              ids.transactionId,
              ids.submissionId
            );
          }

          response.render(
            super.templateName(pageRouting.currentUrl),
            super.makeProps(
              pageRouting,
              {
                cache: { ...cache, ...cacheById },
                generalPartner,
                limitedPartner,
                personWithSignificantControl,
                limitedPartnership
              },
              result.errors
            )
          );
          return;
        }

        // clear address from cache
        const cacheRemoved = this.cacheService.removeDataFromCache(request.signedCookies, ids.transactionId);
        response.cookie(APPLICATION_CACHE_KEY, cacheRemoved, cookieOptions);

        await this.conditionalNextUrl(tokens, ids, pageRouting, request);

        response.redirect(pageRouting.nextUrl);
      } catch (error) {
        next(error);
      }
    };
  }

  generalPartnerUsualResidentialaddressChoice() {
    return (request: Request, response: Response, next: NextFunction) => {
      try {
        const pageType = super.extractPageTypeOrThrowError(request, AddressLookUpPageType);
        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        response.redirect(pageRouting.nextUrl);
      } catch (error) {
        next(error);
      }
    };
  }

  handleTerritoryChoice() {
    return async (request: Request, response: Response, next: NextFunction) => {
      try {
        this.addressService.setI18n(response.locals.i18n);
        const { ids, pageType } = super.extract(request);
        const parameter = request.body.parameter;
        const addressRouting = this.getAddressRouting(request.url);
        const pageRouting = super.getRouting(addressRouting, pageType, request);

        if (!parameter) {
          return await this.renderTerritoryChoicePageWithError(request, pageRouting, response);
        }

        const isUnitedKingdom = parameter === "unitedKingdom";

        const redirectUrl = super.insertIdsInUrl(
          isUnitedKingdom ? pageRouting.nextUrl : pageRouting.data?.["nextUrlOverseas"],
          ids,
          request.url
        );

        const cacheKey = pageRouting.data?.[AddressCacheKeys.territoryCacheKey];

        if (cacheKey) {
          const cache = this.cacheService.addDataToCache(request.signedCookies, {
            [ids.transactionId]: {
              [cacheKey]: parameter
            }
          });
          response.cookie(APPLICATION_CACHE_KEY, cache, cookieOptions);
        }

        response.redirect(redirectUrl);
      } catch (error) {
        next(error);
      }
    };
  }

  private getAddressRouting(url: string) {
    const journeyTypes = getJourneyTypes(url);

    if (journeyTypes.isRegistration) {
      return registrationAddressRouting;
    } else if (journeyTypes.isTransition) {
      return transitionAddressRouting;
    } else {
      return postTransitionAddressRouting;
    }
  }

  private async getData(ids: Ids, tokens: Tokens) {
    let limitedPartnership = {};
    let generalPartner = {};
    let limitedPartner = {};
    let personWithSignificantControl = {};

    if (ids.transactionId && ids.submissionId) {
      limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
        tokens,
        ids.transactionId,
        ids.submissionId
      );
    }

    if (ids.transactionId && ids.generalPartnerId) {
      generalPartner = await this.generalPartnerService.getGeneralPartner(
        tokens,
        ids.transactionId,
        ids.generalPartnerId
      );
    }

    if (ids.transactionId && ids.limitedPartnerId) {
      limitedPartner = await this.limitedPartnerService.getLimitedPartner(
        tokens,
        ids.transactionId,
        ids.limitedPartnerId
      );
    }

    if (ids.transactionId && ids.personWithSignificantControlId) {
      personWithSignificantControl = await this.personWithSignificantControlService.getPersonWithSignificantControl(
        tokens,
        ids.transactionId,
        ids.personWithSignificantControlId
      );
    }

    return { limitedPartnership, generalPartner, limitedPartner, personWithSignificantControl };
  }

  private async getAddressList(
    pageRouting: PageRouting,
    cache: Record<string, any>,
    tokens: Tokens
  ): Promise<{ addressList: Address[]; redirectToConfirm: string }> {
    let addressList: Address[] = [];
    let redirectToConfirm = "";

    if (CHOOSE_PAGES.has(pageRouting.pageType)) {
      const cacheKey = pageRouting.data?.[AddressCacheKeys.postcodeCacheKey];
      const postcode = cache[cacheKey];

      addressList = await this.addressService.getAddressListForPostcode(tokens, postcode);

      if (addressList.length === 1) {
        redirectToConfirm = pageRouting.currentUrl.replace("choose", "confirm");
      }
    }

    return { addressList, redirectToConfirm };
  }

  private addToCache(
    request: Request,
    response: Response,
    transactionId: string,
    key: string,
    value: string | Address
  ) {
    const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, transactionId);

    const cache = this.cacheService.addDataToCache(request.signedCookies, {
      [transactionId]: {
        ...cacheById,
        [key]: value
      }
    });
    response.cookie(APPLICATION_CACHE_KEY, cache, cookieOptions);
  }

  private async conditionalNextUrl(tokens: Tokens, ids: Ids, pageRouting: PageRouting, request: Request) {
    const pageTypes: Array<PageType | PageDefault> = [
      AddressLookUpPageType.confirmRegisteredOfficeAddress,
      AddressLookUpPageType.confirmPrincipalPlaceOfBusinessAddress
    ];

    let limitedPartnership;

    if (pageTypes.includes(pageRouting.pageType) && ids.transactionId && ids.submissionId) {
      limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
        tokens,
        ids.transactionId,
        ids.submissionId
      );
    }

    if (pageRouting.pageType === AddressLookUpPageType.confirmPersonWithSignificantControlIndividualPersonUsualResidentialAddress) {
      const personWithSignificantControl = await this.personWithSignificantControlService.getPersonWithSignificantControl(
        tokens,
        ids.transactionId,
        ids.personWithSignificantControlId
      );
      if (personWithSignificantControl?.data?.service_address) {
        pageRouting.nextUrl = super.insertIdsInUrl(CONFIRM_PERSON_WITH_SIGNIFICANT_CONTROL_INDIVIDUAL_PERSON_CORRESPONDENCE_ADDRESS_URL, ids, request.url);
        return;
      }
    }

    if (pageRouting.pageType === AddressLookUpPageType.confirmRegisteredOfficeAddress) {
      if (limitedPartnership?.data?.principal_place_of_business_address) {
        pageRouting.nextUrl = super.insertIdsInUrl(CONFIRM_PRINCIPAL_PLACE_OF_BUSINESS_ADDRESS_URL, ids, request.url);
      }
    } else if (pageRouting.pageType === AddressLookUpPageType.confirmPrincipalPlaceOfBusinessAddress) {
      const result = await this.generalPartnerService.getGeneralPartners(tokens, ids.transactionId);

      if (
        (limitedPartnership?.data?.partnership_type === PartnershipType.PFLP ||
          limitedPartnership?.data?.partnership_type === PartnershipType.SPFLP) &&
        result.generalPartners.length > 0
      ) {
        pageRouting.nextUrl = super.insertIdsInUrl(REVIEW_GENERAL_PARTNERS_URL, ids, request.url);
      }
    }
    if (ids.generalPartnerId) {
      await this.handleConditionalNextUrlForGeneralPartners(tokens, ids, pageRouting, request);
    }
    if (ids.limitedPartnerId) {
      await this.handleConditionalNextUrlForLimitedPartners(tokens, ids, pageRouting, request);
    }
  }

  private async handleConditionalNextUrlForGeneralPartners(
    tokens: Tokens,
    ids: Ids,
    pageRouting: PageRouting,
    request: Request
  ) {
    if (!isConfirmGeneralPartnerAddressPageType(pageRouting.pageType)) {
      return;
    }

    const generalPartner = await this.generalPartnerService.getGeneralPartner(
      tokens,
      ids.transactionId,
      ids.generalPartnerId
    );

    if (pageRouting.pageType === AddressLookUpPageType.confirmGeneralPartnerUsualResidentialAddress) {
      if (generalPartner?.data?.service_address?.address_line_1) {
        pageRouting.nextUrl = super.insertIdsInUrl(pageRouting.data?.confirmAddressUrl, ids, request.url);
      } else if (generalPartner?.data?.kind === PartnerKind.UPDATE_GENERAL_PARTNER_PERSON) {
        pageRouting.nextUrl = super.insertIdsInUrl(
          UPDATE_GENERAL_PARTNER_CORRESPONDENCE_ADDRESS_YES_NO_URL,
          ids,
          request.url
        );
      }
    }

    if (pageRouting.pageType === AddressLookUpPageType.confirmGeneralPartnerCorrespondenceAddress) {
      if (generalPartner.data?.kind === PartnerKind.UPDATE_GENERAL_PARTNER_PERSON) {
        pageRouting.nextUrl = super.insertIdsInUrl(
          WHEN_DID_GENERAL_PARTNER_PERSON_DETAILS_CHANGE_URL,
          ids,
          request.url
        );
      }
    }

    if (pageRouting.pageType === AddressLookUpPageType.confirmGeneralPartnerPrincipalOfficeAddress) {
      if (generalPartner.data?.kind === PartnerKind.UPDATE_GENERAL_PARTNER_LEGAL_ENTITY) {
        pageRouting.nextUrl = super.insertIdsInUrl(
          WHEN_DID_GENERAL_PARTNER_LEGAL_ENTITY_DETAILS_CHANGE_URL,
          ids,
          request.url
        );
      }
    }
  }

  private async handleConditionalNextUrlForLimitedPartners(
    tokens: Tokens,
    ids: Ids,
    pageRouting: PageRouting,
    request: Request
  ) {
    if (!isConfirmLimitedPartnerAddressPageType(pageRouting.pageType)) {
      return;
    }

    const limitedPartner = await this.limitedPartnerService.getLimitedPartner(
      tokens,
      ids.transactionId,
      ids.limitedPartnerId
    );

    if (pageRouting.pageType === AddressLookUpPageType.confirmLimitedPartnerUsualResidentialAddress) {
      if (limitedPartner?.data?.kind === PartnerKind.UPDATE_LIMITED_PARTNER_PERSON) {
        pageRouting.nextUrl = super.insertIdsInUrl(
          WHEN_DID_LIMITED_PARTNER_PERSON_DETAILS_CHANGE_URL,
          ids,
          request.url
        );
      }
    }
    if (pageRouting.pageType === AddressLookUpPageType.confirmLimitedPartnerPrincipalOfficeAddress) {
      if (limitedPartner?.data?.kind === PartnerKind.UPDATE_LIMITED_PARTNER_LEGAL_ENTITY) {
        pageRouting.nextUrl = super.insertIdsInUrl(
          WHEN_DID_LIMITED_PARTNER_LEGAL_ENTITY_DETAILS_CHANGE_URL,
          ids,
          request.url
        );
      }
    }
  }

  private async handleAddressNotFound(
    tokens: Tokens,
    transactionId: string,
    submissionId: string,
    pageRouting: PageRouting | typeof pageRoutingDefault,
    cache: Record<string, any>,
    response: Response
  ) {
    const uiErrors = new UIErrors();
    uiErrors.formatValidationErrorToUiErrors({
      errors: {
        address: "You must provide an address"
      }
    });

    const ids = super.extractIds(response.req);

    let limitedPartnership;

    if (ids.transactionId && ids.submissionId) {
      limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
        tokens,
        transactionId,
        submissionId
      );
    }

    return response.render(
      super.templateName(pageRouting.currentUrl),
      super.makeProps(pageRouting, { cache, limitedPartnership }, uiErrors)
    );
  }

  private saveAndRedirectToNextPage(request: Request, response: Response<any, Record<string, any>>, dataToStore: any) {
    const { ids } = super.extract(request);
    const pageType = super.extractPageTypeOrThrowError(request, AddressLookUpPageType);
    const addressRouting = this.getAddressRouting(request.url);
    const pageRouting = super.getRouting(addressRouting, pageType, request);

    const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, ids.transactionId);
    const cacheKey = pageRouting.data?.[AddressCacheKeys.addressCacheKey];

    if (cacheKey) {
      const cache = this.cacheService.addDataToCache(request.signedCookies, {
        [ids.transactionId]: {
          ...cacheById,
          [cacheKey]: dataToStore
        }
      });
      response.cookie(APPLICATION_CACHE_KEY, cache, cookieOptions);
    }

    response.redirect(pageRouting.nextUrl);
  }

  private async getResourcesData(pageType: any, tokens: Tokens, ids: Ids) {
    let generalPartner: GeneralPartner = {};
    let limitedPartner: LimitedPartner = {};
    let personWithSignificantControl: PersonWithSignificantControl = {};

    if (GENERAL_PARTNER_PAGES.has(pageType)) {
      generalPartner = await this.generalPartnerService.getGeneralPartner(
        tokens,
        ids.transactionId,
        ids.generalPartnerId
      );
    }

    if (LIMITED_PARTNER_PAGES.has(pageType)) {
      limitedPartner = await this.limitedPartnerService.getLimitedPartner(
        tokens,
        ids.transactionId,
        ids.limitedPartnerId
      );
    }

    if (PERSON_WITH_SIGNIFICANT_CONTROL_PAGES.has(pageType)) {
      personWithSignificantControl = await this.personWithSignificantControlService.getPersonWithSignificantControl(
        tokens,
        ids.transactionId,
        ids.personWithSignificantControlId
      );
    }

    return { generalPartner, limitedPartner, personWithSignificantControl };
  }

  private async renderTerritoryChoicePageWithError(request: Request, pageRouting: PageRouting, response: Response) {
    const { tokens, ids, pageType } = super.extract(request);

    const errorMessage =
      response.locals.i18n?.errorMessages?.address?.territoryChoice?.noOptionSelectedStart +
      snakeToNormalCase(pageRouting.data?.[AddressCacheKeys.addressCacheKey]) +
      response.locals.i18n?.errorMessages?.address?.territoryChoice?.noOptionSelectedEnd;

    const uiErrors = new UIErrors().setWebError("parameter", errorMessage);

    const { generalPartner, limitedPartner, personWithSignificantControl } = await this.getResourcesData(
      pageType,
      tokens,
      ids
    );

    return response.render(
      super.templateName(pageRouting.currentUrl),
      super.makeProps(pageRouting, { generalPartner, limitedPartner, personWithSignificantControl }, uiErrors)
    );
  }

  private async renderChooseAddressPageWithError(request: Request, response: Response) {
    const { tokens, ids, pageType } = super.extract(request);

    const addressRouting = this.getAddressRouting(request.url);
    const pageRouting = super.getRouting(addressRouting, pageType, request);

    const errorMessage = response.locals.i18n?.errorMessages?.address?.chooseAddress?.selectionRequired;

    const uiErrors = new UIErrors().setWebError("selected_address", errorMessage);

    let limitedPartnership;
    if (ids.transactionId && ids.submissionId) {
      limitedPartnership = await this.limitedPartnershipService.getLimitedPartnership(
        tokens,
        ids.transactionId,
        ids.submissionId
      );
    }

    const { generalPartner, limitedPartner, personWithSignificantControl } = await this.getResourcesData(
      pageType,
      tokens,
      ids
    );

    const cacheById = this.cacheService.getDataFromCacheById(request.signedCookies, ids.transactionId);
    const { addressList } = await this.getAddressList(pageRouting, cacheById, tokens);

    return response.render(
      super.templateName(pageRouting.currentUrl),
      super.makeProps(pageRouting, { limitedPartnership, generalPartner, limitedPartner, personWithSignificantControl, addressList }, uiErrors)
    );
  }
}

export default AddressLookUpController;
