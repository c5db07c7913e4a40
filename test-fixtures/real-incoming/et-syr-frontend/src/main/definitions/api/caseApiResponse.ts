import { CaseType, CaseTypeId, Document, RepresentedTypeC, YesOrNo } from '../case';
import { ClaimantCorrespondence } from '../complexTypes/claimantCorrespondence';
import { ClaimantEmploymentDetails } from '../complexTypes/claimantEmploymentDetails';
import { ClaimantHearingPreference } from '../complexTypes/claimantHearingPreference';
import { ClaimantIndividual } from '../complexTypes/claimantIndividual';
import { ClaimantRequests } from '../complexTypes/claimantRequests';
import { GenericTseApplicationTypeItem } from '../complexTypes/genericTseApplicationTypeItem';
import { NewEmploymentDetails } from '../complexTypes/newEmploymentDetails';
import { RepresentativeType } from '../complexTypes/representative';
import { RespondentType } from '../complexTypes/respondent';
import { SendNotificationTypeItem } from '../complexTypes/sendNotificationTypeItem';
import { TaskListCheckType } from '../complexTypes/taskListCheckType';
import { WorkAddressDetails } from '../complexTypes/workAddressDetails';
import { CaseState } from '../definition';
import { HubLinksStatuses } from '../hub';
import { TypeItem } from '../util-types';

export interface CaseApiDataResponse {
  id: string;
  created_date: string;
  last_modified: string;
  jurisdiction?: string;
  state: CaseState;
  case_type_id?: CaseTypeId;
  locked_by_user_id?: boolean | null;
  security_level?: string | null;
  case_data?: CaseData;
  security_classification?: string;
  callback_response_status?: string | null;
  servingDocumentCollection?: DocumentApiModel[];
  documentCollection?: DocumentApiModel[];
}

export interface CaseData {
  ethosCaseReference?: string;
  feeGroupReference?: string;
  caseType?: CaseType;
  ClaimantPcqId?: string;
  typesOfClaim?: string[];
  caseSource?: string;
  claimantRepresentedQuestion?: YesOrNo;
  representativeClaimantType?: RepresentedTypeC;
  claimant_TypeOfClaimant?: string;
  claimantIndType?: ClaimantIndividual;
  claimantType?: ClaimantCorrespondence;
  claimantOtherType?: ClaimantEmploymentDetails;
  newEmploymentType?: NewEmploymentDetails;
  claimantRequests?: ClaimantRequests;
  claimantHearingPreference?: ClaimantHearingPreference;
  claimantTaskListChecks?: TaskListCheckType;
  respondentCollection?: RespondentApiModel[];
  claimantWorkAddressQuestion?: YesOrNo;
  claimantWorkAddress?: WorkAddressDetails;
  et3ResponseReceived?: boolean;
  et1OnlineSubmission?: string;
  receiptDate?: string;
  hubLinksStatuses?: HubLinksStatuses;
  managingOffice?: string;
  tribunalCorrespondenceEmail?: string;
  tribunalCorrespondenceTelephone?: string;
  servingDocumentCollection?: DocumentApiModel[];
  documentCollection?: DocumentApiModel[];
  et3NotificationDocCollection?: DocumentApiModel[];
  et3ResponseContestClaimDocument?: DocumentApiModel[];
  claimServedDate?: string;
  genericTseApplicationCollection?: GenericTseApplicationTypeItem[];
  tseRespondentStoredCollection?: GenericTseApplicationTypeItem[];
  sendNotificationCollection?: SendNotificationTypeItem[];
  hearingCollection?: HearingModel[];
  judgementCollection?: JudgementModel[];
  repCollection?: RepresentativeApiModel[];
  bundlesClaimantCollection?: TypeItem<HearingBundleType>[];
  bundlesRespondentCollection?: TypeItem<HearingBundleType>[];
  multipleFlag?: YesOrNo;
  leadClaimant?: YesOrNo;
  batchCaseStayed?: YesOrNo;
  preAcceptCase?: PreAcceptCase;
}

export type PreAcceptCase = {
  caseAccepted?: YesOrNo;
  dateAccepted?: string;
};

export type HearingBundleType = {
  uploadFile: Document;
  agreedDocWith: string;
  whatDocuments: string;
  whoseDocuments: string;
  uploadDateTime?: string;
  agreedDocWithNo?: string;
  formattedSelectedHearing?: string;
  agreedDocWithBut?: string;
  hearing: string;
};

export interface HearingModel {
  id: string;
  value: {
    Est_Hearing?: {
      fromDays: string;
      fromHours: string;
      fromMinues: string;
    };
    Hearing_stage?: string;
    hearingFormat: string[];
    Hearing_type?: string;
    hearingNumber: string;
    hearingSitAlone: string;
    judicialMediation: string;
    hearingEstLengthNum: number;
    hearingPublicPrivate: string;
    Hearing_notes?: string;
    Hearing_date_start?: Date;
    Hearing_judge_name?: string;
    Hearing_venue_Scotland?: string;
    Hearing_venue?: {
      value: HearingVenueItem;
      list_items: HearingVenueItem[];
      selectedCode: string;
      selectedLabel: string;
    };
    hearingDateCollection: {
      id: string;
      value: {
        listedDate: Date;
        Hearing_status: string;
        hearingVenueDay?: {
          value: {
            code: string;
            label: string;
          };
          list_items: {
            code: string;
            label: string;
          }[];
          selectedCode: string;
          selectedLabel: string;
        };
        hearingTimingStart?: Date;
        hearingTimingFinish?: Date;
      };
    }[];
  };
}

export interface JudgementModel {
  id: string;
}

export interface HearingVenueItem {
  code: string;
  label: string;
  repCollection?: RepresentativeApiModel[];
}

export interface RespondentApiModel {
  value?: RespondentType;
  id?: string;
}

export interface DocumentApiModel {
  id: string;
  value: {
    typeOfDocument?: string;
    shortDescription?: string;
    uploadedDocument: {
      document_url: string;
      document_filename: string;
      document_binary_url: string;
    };
  };
}

export interface RepresentativeApiModel {
  value?: RepresentativeType;
  id?: string;
}

export interface CaseAssignmentResponse {
  caseDetails?: CaseApiDataResponse[];
  status: 'ASSIGNED' | 'ALREADY_ASSIGNED' | 'PROFESSIONAL_USER';
  message?: string;
}
