import { TaskListElement } from "@bciers/components/navigation/reportingTaskList/types";
import { ActivityData } from "./taskListPages/2_facilitiesInformation";

export enum ReportingPage {
  ReviewOperationInfo = "ReviewOperationInfo",
  PersonResponsible = "PersonResponsible",
  ReviewFacilities = "ReviewFacilities",

  FacilitiesTable = "FacilitiesTable",
  ReviewInformation = "ReviewInformation",
  Activities = "Activities",
  NonAttributableEmission = "NonAttributableEmission",
  EmissionSummary = "EmissionSummary",
  ProductionData = "ProductionData",
  AllocationOfEmissions = "AllocationOfEmissions",
  EndOfReport = "EndOfReport",

  ElectricityImportData = "ElectricityImportData",

  EmissionsData = "EmissionsData",

  AdditionalReportingData = "AdditionalReportingData",
  NewEntrantInformation = "NewEntrantInformation",
  OperationEmissionSummary = "OperationEmissionSummary",

  ComplianceSummary = "ComplianceSummary",

  ChangeReview = "ChangeReview",
  Verification = "Verification",
  Attachments = "Attachments",
  FinalReview = "FinalReview",
  SignOff = "SignOff",
  Validation = "Validation",
}

export enum ReportingOrigin {
  FinalReview = "final-review",
  Submitted = "submitted",
  AnnualReport = "annual-report",
}

export enum ReportingFlow {
  SFO = "SFO",
  LFO = "LFO",
  SimpleReport = "Simple Report",
  EIO = "EIO",
  ReportingOnlySFO = "Reporting Only - SFO",
  ReportingOnlyLFO = "Reporting Only - LFO",
  NewEntrantSFO = "New Entrant - SFO",
  NewEntrantLFO = "New Entrant - LFO",
  PotentialReportingSFO = "Potential Reporting Operation - SFO",
  PotentialReportingLFO = "Potential Reporting Operation - LFO",
  OptedInSFO = "Opted-in Operation - SFO",
  OptedInLFO = "Opted-in Operation - LFO",
}

export enum HeaderStep {
  OperationInformation = "Operation Information",
  ReportInformation = "Report Information",
  EmissionsData = "Emissions Data",
  AdditionalInformation = "Additional Information",
  ComplianceSummary = "Compliance Summary",
  SignOffSubmit = "Sign-off & Submit",
}

export type ReportingFlowDescription = {
  [key in HeaderStep]?: ReportingPage[];
};

export type NavigationInformation = {
  taskList: TaskListElement[];
  continueUrl: string;
  backUrl: string;
  headerSteps: HeaderStep[];
  headerStepIndex: number;
};

export interface TaskListPageFactoryData {
  element: TaskListElement;
  continueUrl?: string;
  backUrl?: string;
  extraOptions?: {
    // Setting this flag to `true` will cause the tasklist element factory
    // to prop that element above all the other ones.
    taskListHeader?: boolean;

    // Setting this flag to `true` will cause the tasklist element factory
    // to skip it when building the task list.
    skip?: boolean;
  };
}

// This is not ideal practice to describe the specific items of that context object,
// because it tightly couples the generic type to the specifics of individual factories.
// But it will help developers knowing what they can expect to set and access
// when building the factories.
export interface TaskListPageFactoryContext {
  facilityName?: string;
  expandActivities?: boolean;
  orderedActivities?: ActivityData[];
  currentActivity?: ActivityData;
  skipVerification?: boolean;
  skipChangeReview?: boolean;
  returnToFacilitiesTable?: boolean;
  isElectricityImport?: boolean;
}

type SyncTaskListPageFactory = (
  activePage: ReportingPage,
  reportVersionId: number,
  facilityId: string,
  context?: TaskListPageFactoryContext,
) => TaskListPageFactoryData;
type AsyncTaskListPageFactory = (
  activePage: ReportingPage,
  reportVersionId: number,
  facilityId: string,
  context?: TaskListPageFactoryContext,
) => Promise<TaskListPageFactoryData>;
export type TaskListPageFactory =
  SyncTaskListPageFactory | AsyncTaskListPageFactory;
