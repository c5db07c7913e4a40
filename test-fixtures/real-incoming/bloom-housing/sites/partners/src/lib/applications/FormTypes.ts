import { DateFieldValues, DOBFieldValues, TimeFieldValues } from "@bloom-housing/ui-components"
import {
  ApplicationDeclineReasonEnum,
  ApplicationReviewStatusEnum,
  ApplicationStatusEnum,
  IncomePeriodEnum,
  LanguagesEnum,
  YesNoEnum,
} from "@bloom-housing/shared-helpers/src/types/backend-swagger"

export type Address = {
  street: string
  street2?: string
  city: string
  state: string
  zipCode: string
}

export type ApplicationTypes = {
  applicationsMailingAddress: Address
  sendMailToMailingAddress?: boolean
  language?: LanguagesEnum
  additionalPhoneNumber?: string
  additionalPhoneNumberType?: string
  contactPreferences?: string[]
  acceptedTerms?: YesNoEnum
  incomePeriod?: IncomePeriodEnum
  incomeVouchers?: string[]
  incomeVouchersYesNo?: string
  preferredUnit?: string[]
  householdExpectingChanges?: YesNoEnum
  householdStudent?: YesNoEnum
  reasonableAccommodations?: string
  accessibility: string[]
  demographics: {
    ethnicity?: string
    race?: string[]
    gender?: string
    sexualOrientation?: string
    howDidYouHear: string[]
    spokenLanguage?: string
    spokenLanguageNotListed?: string
  }
  alternateContact: {
    firstName?: string
    lastName?: string
    agency?: string
    emailAddress?: string
    phoneNumber?: string
    type?: string
    otherType?: string
    address: Address
  }
  applicant: {
    firstName?: string
    middleName?: string
    lastName?: string
    emailAddress?: string
    workInRegion?: YesNoEnum
    fullTimeStudent?: YesNoEnum
    applicantAddress: Address
    applicantWorkAddress: Address
    phoneNumberType?: string
  }
  preferences?: Record<string, string | unknown>
  programs?: Record<string, string | unknown>
  reviewStatus?: ApplicationReviewStatusEnum
  status?: ApplicationStatusEnum
  applicationDeclineReason?: ApplicationDeclineReasonEnum
  applicationDeclineReasonAdditionalDetails?: string
  phoneNumber?: string
  receivedBy?: string
  accessibleUnitWaitlistNumber?: number
  conventionalUnitWaitlistNumber?: number
  manualLotteryPositionNumber?: number
}

export type FormTypes = {
  dateOfBirth: DOBFieldValues
  timeSubmitted: TimeFieldValues
  dateSubmitted: DateFieldValues
  timeReceived?: TimeFieldValues
  dateReceived?: DateFieldValues
  phoneNumber: string
  incomeYear?: string
  incomeMonth?: string
  application: ApplicationTypes
}
