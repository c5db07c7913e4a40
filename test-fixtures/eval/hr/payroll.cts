import type { Decimal } from "decimal.js";

// Payroll export consumed by the accounting integration (CommonJS build of the HR service).

export interface PayrollEmployee {
  employeeNumber: string; // @pii none
  firstName: string; // @pii user.name.first
  surname: string; // @pii user.name.last
  dateOfBirth: string; // @pii user.demographic.date_of_birth
  niNumber: string; // @pii user.government_id.national_identification_number
  utr?: string; // @pii user.government_id  self-assessment unique taxpayer reference
  bankSortCode: string; // @pii user.financial.bank_account
  bankAccountNumber: string; // @pii user.financial.bank_account
  grossSalary: Decimal; // @pii user.financial
  pensionContributionPercent: number; // @pii none  scheme rate
  homeAddress: { // @pii user.contact.address  a whole postal-address object of a person (issue 12: composites)
    houseNumber: string; // @pii user.contact.address.street
    street: string; // @pii user.contact.address.street
    town: string; // @pii user.contact.address.city
    postcode: string; // @pii user.contact.address.postal_code
  };
  sicknessAbsenceReason?: string; // @pii user.health_and_medical
  unionDuesDeducted: boolean; // @pii user.demographic.union_membership
}

export interface PayrollRun {
  period: string; // @pii none
  payDate: string; // @pii none
  employerName: string; // @pii none  our own company
  employerPayeReference: string; // @pii none
  employeeCount: number; // @pii none
  exportFileName: string; // @pii none
}

export type PayslipEmailJob = {
  templateId: string; // @pii none
  emailSubject: string; // @pii none
  sendEmail: boolean; // @pii none
  recipientEmail: string; // @pii user.contact.email
};
