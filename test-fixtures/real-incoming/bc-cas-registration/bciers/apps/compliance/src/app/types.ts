import {
  AnalystSuggestion,
  ComplianceSummaryStatus,
  IssuanceStatus,
} from "@bciers/utils/src/enums";

export interface DataGridSearchParams {
  page?: string;
  pageSize?: string;
  sortBy?: string;
  sortOrder?: "asc" | "desc";
}

export interface ComplianceReportVersionGridSearchParams extends DataGridSearchParams {
  operator_name?: string;
  operation_name?: string;
  status?: string;
  penalty_status?: string;
  obligation_id?: string;
}
export interface BccrAccountDetailsResponse {
  bccr_trading_name?: string | null;
  error?: string;
}

export interface BccrComplianceAccountResponse {
  bccr_trading_name?: string | null;
  bccr_compliance_account_id?: string;
  bccr_units?: BccrUnit[];
  charge_rate: number;
  outstanding_balance: number;
  compliance_unit_cap_limit: number;
  compliance_unit_cap_remaining: number;
  max_credit_usage_percentage: number;
}

export interface RequestIssuanceOfEarnedCreditsFormData {
  bccr_holding_account_id?: string;
  bccr_trading_name?: string | null;
  issuance_status?: IssuanceStatus;
}

export interface ApplyComplianceUnitsFormData extends BccrComplianceAccountResponse {
  bccr_holding_account_id?: string;
  total_quantity_to_be_applied: number;
  total_equivalent_emission_reduced: number;
  total_equivalent_value: number;
  outstanding_balance: number;
  confirmation_checkbox?: boolean;
}

export interface BccrUnit {
  id: string;
  type: string;
  serial_number: string;
  vintage_year: string;
  quantity_available: number;
  quantity_to_be_applied: number;
  equivalent_emission_reduced: number;
  equivalent_value: number;
}

export interface ComplianceSummaryReviewNoEmissionNoObligationData {
  reporting_year: number;
  emissions_attributable_for_compliance: string;
  emissions_limit: string;
  excess_emissions: number;
}

export interface ComplianceAppliedUnits {
  id: string;
  type: string;
  serial_number: string;
  vintage_year: string;
  quantity_applied: number;
  equivalent_value: number;
}

export interface RequestIssuanceComplianceSummaryData {
  reporting_year: number;
  emissions_attributable_for_compliance: number;
  emissions_limit: number;
  excess_emissions: number;
  earned_credits_amount: number;
  issuance_status: IssuanceStatus;
  bccr_trading_name: string;
  bccr_holding_account_id: string;
  analyst_comment: string;
  director_comment: string;
  analyst_submitted_date: string;
  analyst_submitted_by: string;
  analyst_suggestion: AnalystSuggestion;
  supplementary_declined: boolean;
  latest_compliance_report_version_id?: number;
}

export interface ComplianceEarnedCreditData {
  bccr_holding_account_id?: string;
  bccr_trading_name?: string;
  analyst_comment?: string;
  analyst_suggestion?: AnalystSuggestion;
  director_comment?: string;
  director_decision?: "Approved" | "Declined";
}

export interface PaymentSummary {
  compliance_year: number;
  operation_name: string;
  payment_towards: string;
  invoice_number: string;
  payment_amount: number;
  outstanding_balance: number;
}

export interface Payment {
  id: string | number;
  formatted_received_date: string;
  received_date?: string;
  amount: number;
  method?: string;
  payment_object_id: string;
  payment_header?: string;
  receipt_number?: string;
}

export interface PaymentData {
  rows: Payment[];
  row_count: number;
}

export interface ObligationData {
  reporting_year: number;
  outstanding_balance: number;
  equivalent_value: number;
  obligation_id: string;
  payment_data: PaymentData;
  penalty_status?: string;
}

export interface PayObligationTrackPaymentsFormData extends ObligationData {
  payments: Payment[];
}

export interface ComplianceSummary {
  id: number;
  operation_name: string;
  reporting_year: number;
  excess_emissions: number;
  status?: ComplianceSummaryStatus;
  penalty_status?: string;
  obligation_id?: string;
  issuance_status?: IssuanceStatus;
  compliance_charge_rate?: number;
  outstanding_balance_tco2e?: number;
  equivalent_value?: number;
  outstanding_balance_equivalent_value?: number;
  emissions_attributable_for_compliance?: string;
  emissions_limit?: string;
  has_late_submission_penalty: boolean;
  has_overdue_penalty: boolean;
  requires_manual_handling: boolean;
  director_decision?: string;
  max_credit_usage_percentage: number;
}

export interface ComplianceAppliedUnitsData {
  rows: ComplianceAppliedUnits[];
  row_count: number;
  can_apply_compliance_units: boolean;
}

export interface ComplianceAppliedUnitsSummary {
  compliance_report_version_id: number;
  applied_compliance_units: ComplianceAppliedUnitsData;
}

export interface AccruingPenalties {
  faa_interest: string;
  automatic_overdue_penalty_amount: string;
  ggeapar_interest_amount: string;
}

export interface ComplianceSummaryReviewPageData
  extends ComplianceSummary, AccruingPenalties {
  monetary_payments: PaymentData;
  applied_units_summary: ComplianceAppliedUnitsSummary;
}

export interface Invoice {
  invoice_number: string;
}

export interface HasComplianceReportVersion {
  compliance_report_version_id: number;
}

export interface AutomaticOverduePenalty {
  penalty_status: string;
  penalty_type: string;
  penalty_charge_rate: string;
  total_penalty: string;
  faa_interest: string;
  total_amount: string;
}

export interface LateSubmissionPenalty {
  has_penalty: boolean;
  penalty_status: string;
  penalty_type: string;
  penalty_amount: string;
  faa_interest: string;
  total_amount: string;
}

export interface PenaltyData {
  outstanding_amount: string;
  penalty_status: string;
  payment_data: PaymentData;
}

export interface PayPenaltyTrackPaymentsFormData extends PenaltyData {
  payments: Payment[];
}

export interface ObligationTasklistData {
  reportingYear: number;
  penaltyStatus?: string;
  outstandingBalance?: number;
  hasLateSubmissionPenalty?: boolean;
  hasOverduePenalty?: boolean;
}
export type ElicensingLastRefreshData = {
  last_refreshed_display: string;
  data_is_fresh: boolean;
};

export type ElicensingInvoice = {
  compliance_report_version_id: number;
  compliance_period: number;
  operator_legal_name: string;
  operation_name: string;
  invoice_total: string;
  total_adjustments: string;
  total_payments: string;
  invoice_type: string;
  id: number;
  invoice_number: string;
  outstanding_balance: string;
  due_date: string;
  is_void: false;
  last_refreshed: string;
};

export type ManualHandlingData = {
  handling_type: "obligation" | "earned_credits";

  // analyst fields
  analyst_comment?: string | null;
  analyst_submitted_date?: string | null;
  analyst_submitted_by?: string | null;

  // director fields
  director_decision?: "pending_manual_handling" | "issue_resolved";
  director_decision_date?: string | null;
  director_decision_by?: string | null;
};
