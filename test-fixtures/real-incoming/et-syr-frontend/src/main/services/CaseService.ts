import axiosService, { AxiosInstance, AxiosResponse } from 'axios';
import config from 'config';
import FormData from 'form-data';

import { CaseApiDataResponse, CaseAssignmentResponse } from '../definitions/api/caseApiResponse';
import { CaseTransferInfoResponse } from '../definitions/api/caseTransferInfoResponse';
import { DocumentUploadResponse } from '../definitions/api/documentApiResponse';
import { UploadedFile } from '../definitions/api/uploadedFile';
import { AppRequest, UserDetails } from '../definitions/appRequest';
import { CaseWithId } from '../definitions/case';
import { GenericTseApplicationTypeItem } from '../definitions/complexTypes/genericTseApplicationTypeItem';
import { PseResponseType, SendNotificationTypeItem } from '../definitions/complexTypes/sendNotificationTypeItem';
import { DefaultValues, JavaApiUrls, Roles, ServiceErrors, SessionErrors } from '../definitions/constants';
import { application } from '../definitions/contact-tribunal-applications';
import { LinkStatus } from '../definitions/links';
import { RespondentTse } from '../definitions/respondentTse';
import { TypeItem } from '../definitions/util-types';
import { toApiFormat } from '../helpers/ApiFormatter';
import { getApplicationByCode } from '../helpers/ApplicationHelper';
import ET3DataModelUtil from '../utils/ET3DataModelUtil';
import ErrorUtils from '../utils/ErrorUtils';

import { axiosErrorDetails } from './AxiosErrorAdapter';

export const resolveRespondentNameForAssignment = (request: AppRequest): string | undefined => {
  const formName = request.session.respondentNameFromForm?.trim();
  const userCase = request.session.userCase;

  if (userCase?.respondentName?.trim()) {
    return userCase.respondentName.trim();
  }

  const respondents = userCase?.respondents ?? [];
  if (formName) {
    const matchedRespondent = respondents.find(
      respondent => respondent.respondentName?.trim().toLowerCase() === formName.toLowerCase()
    );
    if (matchedRespondent?.respondentName?.trim()) {
      return matchedRespondent.respondentName.trim();
    }
  }

  return respondents[0]?.respondentName?.trim() ?? formName;
};

export class CaseApi {
  constructor(private readonly axios: AxiosInstance) {}

  updateDraftCase = async (caseItem: CaseWithId): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.UPDATE_CASE_DRAFT, toApiFormat(caseItem));
    } catch (error) {
      throw new Error(ServiceErrors.ERROR_UPDATING_DRAFT_CASE + axiosErrorDetails(error));
    }
  };

  /**
   * Retrieves case data by userCase value of the session(req.session.userCase).
   * throws an exception when there is no value of userCase in the session.
   * @param request receives userCase from request object's session field. Fields that we use from userCase are:
   *                id Case id, usually referred as case submission reference entered to the form by respondent.
   *                id value can be only 16 digit decimal or 16 digit divided by dash like 1234-5678-1234-5678.
   *                If it is divided by dash, this method automatically removes dash values with empty string.
   *                respondentName Name of the respondent entered to the form by respondent.
   *                firstName First Name of the claimant entered to the form by respondent.
   *                lastName Last name of the claimant entered to the form by respondent.
   */
  getCaseByApplicationRequest = async (request: AppRequest): Promise<AxiosResponse<CaseApiDataResponse>> => {
    if (request.session.userCase) {
      try {
        const caseWithId: CaseWithId = request.session.userCase;
        let caseSubmissionReference = caseWithId.id;
        if (caseSubmissionReference?.includes(DefaultValues.STRING_DASH)) {
          caseSubmissionReference = caseSubmissionReference.replace(
            DefaultValues.STRING_DASH,
            DefaultValues.STRING_EMPTY
          );
        }
        return await this.axios.post(JavaApiUrls.FIND_CASE_FOR_ROLE_MODIFICATION, {
          caseSubmissionReference,
          respondentName: caseWithId.respondentName,
          claimantFirstNames: caseWithId.firstName,
          claimantLastName: caseWithId.lastName,
        });
      } catch (error) {
        throw new Error(ServiceErrors.ERROR_GETTING_USER_CASE + axiosErrorDetails(error));
      }
    } else {
      ErrorUtils.throwManualError(
        SessionErrors.ERROR_FAILED_TO_RETRIEVE_USER_CASE_FROM_REQUEST_SESSION,
        SessionErrors.ERROR_NAME_DATA_NOT_FOUND
      );
    }
  };

  assignCaseUserRole = async (request: AppRequest): Promise<AxiosResponse<CaseAssignmentResponse>> => {
    try {
      const respondentName = resolveRespondentNameForAssignment(request);

      return await this.axios.post<CaseAssignmentResponse>(JavaApiUrls.ASSIGN_CASE_USER_ROLES, {
        case_users: [
          {
            case_id: request.session.userCase.id,
            user_id: request.session.user.id,
            case_role: Roles.DEFENDANT_ROLE_WITH_BRACKETS,
            case_type_id: request.session.userCase.caseTypeId,
            respondent_name: respondentName,
          },
        ],
      });
    } catch (error) {
      throw new Error(ServiceErrors.ERROR_ASSIGNING_USER_ROLE + axiosErrorDetails(error));
    }
  };

  getUserCase = async (id: string): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.post(
        JavaApiUrls.GET_CASE +
          DefaultValues.STRING_QUESTION_MARK +
          JavaApiUrls.ROLE_PARAM_NAME +
          DefaultValues.STRING_EQUALS +
          Roles.DEFENDANT_ROLE_WITHOUT_BRACKETS,
        { case_id: id }
      );
    } catch (error) {
      throw new Error('Error getting user case: ' + axiosErrorDetails(error));
    }
  };

  getUserCases = async (): Promise<AxiosResponse<CaseApiDataResponse[]>> => {
    try {
      return await this.axios.get<CaseApiDataResponse[]>(
        JavaApiUrls.GET_CASES +
          DefaultValues.STRING_QUESTION_MARK +
          JavaApiUrls.ROLE_PARAM_NAME +
          DefaultValues.STRING_EQUALS +
          Roles.DEFENDANT_ROLE_WITHOUT_BRACKETS
      );
    } catch (error) {
      throw new Error('Error getting user cases: ' + axiosErrorDetails(error));
    }
  };

  getCaseTransferInfo = async (caseId: string): Promise<AxiosResponse<CaseTransferInfoResponse>> => {
    try {
      return await this.axios.get<CaseTransferInfoResponse>(
        `cases/${caseId}/transfer-info` +
          DefaultValues.STRING_QUESTION_MARK +
          JavaApiUrls.ROLE_PARAM_NAME +
          DefaultValues.STRING_EQUALS +
          Roles.DEFENDANT_ROLE_WITHOUT_BRACKETS
      );
    } catch (error) {
      throw new Error('Error getting case transfer info: ' + axiosErrorDetails(error));
    }
  };

  checkEthosCaseReference = async (ethosCaseReference: string): Promise<AxiosResponse<string>> => {
    try {
      return await this.axios.get<string>(
        JavaApiUrls.FIND_CASE_BY_ETHOS_CASE_REFERENCE +
          DefaultValues.STRING_QUESTION_MARK +
          JavaApiUrls.FIND_CASE_BY_ETHOS_CASE_REFERENCE_PARAM_NAME +
          DefaultValues.STRING_EQUALS +
          ethosCaseReference
      );
    } catch (error) {
      throw new Error('Error getting user cases: ' + axiosErrorDetails(error));
    }
  };

  checkIdAndState = async (id: string): Promise<AxiosResponse<string>> => {
    try {
      return await this.axios.get<string>(
        JavaApiUrls.FIND_CASE_BY_ID + DefaultValues.STRING_QUESTION_MARK + 'id' + DefaultValues.STRING_EQUALS + id
      );
    } catch (error) {
      throw new Error('Error getting user cases: ' + axiosErrorDetails(error));
    }
  };

  modifyEt3Data = async (
    req: AppRequest,
    requestType: string,
    caseDetailsLinksSectionId: string,
    caseDetailsLinksSectionStatus: string,
    responseHubLinksSectionId: string,
    responseHubLinksSectionStatus: string
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      const et3Request = ET3DataModelUtil.convertCaseWithIdToET3Request(
        req,
        requestType,
        caseDetailsLinksSectionId,
        caseDetailsLinksSectionStatus,
        responseHubLinksSectionId,
        responseHubLinksSectionStatus
      );
      return await this.axios.post(JavaApiUrls.MODIFY_ET3_DATA, et3Request);
    } catch (error) {
      throw new Error(ServiceErrors.ERROR_MODIFYING_SUBMITTED_CASE + axiosErrorDetails(error));
    }
  };

  getCaseDocument = async (docId: string): Promise<AxiosResponse> => {
    try {
      return await this.axios.get(`${JavaApiUrls.DOCUMENT_DOWNLOAD}${docId}`, {
        responseType: 'arraybuffer',
      });
    } catch (error) {
      throw new Error('Error fetching document: ' + axiosErrorDetails(error));
    }
  };

  removeRespondentRepresentative = async (req: AppRequest): Promise<AxiosResponse<string>> => {
    try {
      return await this.axios.post(
        `${JavaApiUrls.REVOKE_RESPONDENT_REPRESENTATIVE}?caseSubmissionReference=${req.session.userCase.id}&respondentIndex=${req.session.selectedRespondentIndex}`,
        {}
      );
    } catch (error) {
      throw new Error(ServiceErrors.ERROR_REVOKING_USER_ROLE + axiosErrorDetails(error));
    }
  };

  uploadDocument = async (file: UploadedFile, caseTypeId: string): Promise<AxiosResponse<DocumentUploadResponse>> => {
    try {
      const formData: FormData = new FormData();
      formData.append('document_upload', file.buffer, file.originalname);

      return await this.axios.post(JavaApiUrls.UPLOAD_FILE + caseTypeId, formData, {
        headers: {
          ...formData.getHeaders(),
        },
        maxContentLength: Infinity,
        maxBodyLength: Infinity,
      });
    } catch (error) {
      throw new Error('Error uploading document: ' + axiosErrorDetails(error));
    }
  };

  submitRespondentTse = async (req: AppRequest): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      const caseItem = req.session.userCase;
      const appType = getApplicationByCode(caseItem.contactApplicationType);
      return await this.axios.put(JavaApiUrls.SUBMIT_RESPONDENT_APPLICATION, {
        case_id: caseItem.id,
        case_type_id: caseItem.caseTypeId,
        type_c: application.ORDER_WITNESS_ATTEND.code.includes(caseItem.contactApplicationType),
        respondent_tse: {
          respondentIdamId: req.session.user.id,
          contactApplicationType: caseItem.contactApplicationType,
          contactApplicationClaimantType: appType ? appType.claimant : null,
          contactApplicationText: caseItem.contactApplicationText,
          contactApplicationFile: caseItem.contactApplicationFile,
          copyToOtherPartyYesOrNo: caseItem.copyToOtherPartyYesOrNo,
          copyToOtherPartyText: caseItem.copyToOtherPartyText,
        },
      });
    } catch (error) {
      throw new Error('Error submitting respondent tse application: ' + axiosErrorDetails(error));
    }
  };

  storeRespondentTse = async (req: AppRequest): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      const { user } = req.session;
      const caseItem = req.session.userCase;
      return await this.axios.put(JavaApiUrls.STORE_RESPONDENT_APPLICATION, {
        case_id: caseItem.id,
        case_type_id: caseItem.caseTypeId,
        respondent_tse: {
          respondentIdamId: user.id,
          contactApplicationType: caseItem.contactApplicationType,
          contactApplicationText: caseItem.contactApplicationText,
          contactApplicationFile: caseItem.contactApplicationFile,
          copyToOtherPartyYesOrNo: caseItem.copyToOtherPartyYesOrNo,
        },
      });
    } catch (error) {
      throw new Error('Error storing respondent tse application: ' + axiosErrorDetails(error));
    }
  };

  submitStoredRespondentTse = async (
    req: AppRequest,
    respondentTse: RespondentTse
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      const caseItem = req.session.userCase;
      return await this.axios.put(JavaApiUrls.SUBMIT_RESPONDENT_APPLICATION, {
        case_id: caseItem.id,
        case_type_id: caseItem.caseTypeId,
        type_c: false,
        respondent_tse: respondentTse,
      });
    } catch (error) {
      throw new Error('Error submitting respondent tse application: ' + axiosErrorDetails(error));
    }
  };

  submitRespondentResponseToApplication = async (caseItem: CaseWithId): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.SUBMIT_RESPONDENT_RESPONSE_TO_APP, {
        case_id: caseItem.id,
        case_type_id: caseItem.caseTypeId,
        applicationId: caseItem.selectedGenericTseApplication.id,
        supportingMaterialFile: caseItem.supportingMaterialFile,
        isRespondingToRequestOrOrder: caseItem.isRespondingToRequestOrOrder,
        response: {
          response: caseItem.responseText,
          hasSupportingMaterial: caseItem.hasSupportingMaterial,
          copyToOtherParty: caseItem.copyToOtherPartyYesOrNo,
          copyNoGiveDetails: caseItem.copyToOtherPartyText,
          fromIdamId: caseItem.idamId,
        },
      });
    } catch (error) {
      throw new Error('Error responding to tse application: ' + axiosErrorDetails(error));
    }
  };

  changeApplicationStatus = async (
    req: AppRequest,
    selectedApplication: GenericTseApplicationTypeItem,
    newStatus: LinkStatus
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      const caseItem = req.session.userCase;
      return await this.axios.put(JavaApiUrls.CHANGE_RESPONDENT_APPLICATION_STATUS, {
        case_id: caseItem.id,
        case_type_id: caseItem.caseTypeId,
        application_id: selectedApplication.id,
        user_idam_id: req.session.user.id,
        new_status: newStatus,
      });
    } catch (error) {
      throw new Error('Error changing tse application status: ' + axiosErrorDetails(error));
    }
  };

  changeNotificationStatus = async (
    userCase: CaseWithId,
    user: UserDetails,
    selectedNotification: SendNotificationTypeItem,
    newStatus: LinkStatus
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.CHANGE_RESPONDENT_NOTIFICATION_STATUS, {
        case_id: userCase.id,
        case_type_id: userCase.caseTypeId,
        notification_id: selectedNotification.id,
        user_idam_id: user.id,
        new_status: newStatus,
      });
    } catch (error) {
      throw new Error('Error changing notification status: ' + axiosErrorDetails(error));
    }
  };

  submitResponseToNotification = async (
    userCase: CaseWithId,
    user: UserDetails
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.SUBMIT_RESPONSE_TO_NOTIFICATION, {
        case_id: userCase.id,
        case_type_id: userCase.caseTypeId,
        send_notification_id: userCase.selectedNotification.id,
        supportingMaterialFile: userCase.supportingMaterialFile,
        pseResponseType: {
          response: userCase.responseText,
          hasSupportingMaterial: userCase.hasSupportingMaterial,
          copyToOtherParty: userCase.copyToOtherPartyYesOrNo,
          copyNoGiveDetails: userCase.copyToOtherPartyText,
          fromIdamId: user.id,
        },
      });
    } catch (error) {
      throw new Error('Error responding to notification: ' + axiosErrorDetails(error));
    }
  };

  storeResponseToNotification = async (
    userCase: CaseWithId,
    user: UserDetails
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.STORE_RESPONSE_TO_NOTIFICATION, {
        case_id: userCase.id,
        case_type_id: userCase.caseTypeId,
        send_notification_id: userCase.selectedNotification.id,
        supportingMaterialFile: userCase.supportingMaterialFile,
        pseResponseType: {
          response: userCase.responseText,
          hasSupportingMaterial: userCase.hasSupportingMaterial,
          copyToOtherParty: userCase.copyToOtherPartyYesOrNo,
          copyNoGiveDetails: userCase.copyToOtherPartyText,
          fromIdamId: user.id,
        },
      });
    } catch (error) {
      throw new Error('Error storing response to notification: ' + axiosErrorDetails(error));
    }
  };

  submitStoredResponseToNotification = async (
    userCase: CaseWithId,
    user: UserDetails,
    selectedNotification: SendNotificationTypeItem,
    selectedResponse: TypeItem<PseResponseType>
  ): Promise<AxiosResponse<CaseApiDataResponse>> => {
    try {
      return await this.axios.put(JavaApiUrls.SUBMIT_STORE_RESPONSE_TO_NOTIFICATION, {
        case_id: userCase.id,
        case_type_id: userCase.caseTypeId,
        from_idam_id: user.id,
        notification_id: selectedNotification.id,
        stored_response_id: selectedResponse.id,
      });
    } catch (error) {
      throw new Error('Error submitting stored responding to notification: ' + axiosErrorDetails(error));
    }
  };
}

export const getCaseApi = (token: string): CaseApi => {
  return new CaseApi(
    axiosService.create({
      baseURL: process.env.ET_SYA_API_HOST ?? config.get('services.etSyaApi.host'),
      headers: {
        Authorization: 'Bearer ' + token,
        Accept: '*/*',
        'Content-Type': 'application/json',
      },
    })
  );
};

export const isCaseNotFoundError = (error: unknown): boolean => {
  const message = error instanceof Error ? error.message.toLowerCase() : String(error).toLowerCase();
  return message.includes('status code 404') || message.includes('casenotfoundexception');
};

export const isTransferredCaseError = (error: unknown): boolean => {
  const message = error instanceof Error ? error.message.toLowerCase() : String(error).toLowerCase();
  return (
    message.includes('case_transferred') ||
    message.includes('transferred to ecm') ||
    (message.includes('transferred') && message.includes('legacy')) ||
    message.includes('status code 410')
  );
};

export const isTransferredCaseAccessError = (error: unknown): boolean => {
  return isCaseNotFoundError(error) || isTransferredCaseError(error);
};
