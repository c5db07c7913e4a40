/**
 * What the twenty-first round of the real-code dev set taught (approved premises referrals, GOV.UK One Login's
 * account management and ID-check backend, a COVID-19 exposure app, a tracking SDK, a Mastodon client, Amplify's UI
 * components), each written as the general way of writing code it stands for.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields as scanProject } from "./classify-helpers";

describe("classifier: round 21 (referrals, account management, exposure apps, tracking SDKs, UI kits)", () => {
  it("reads `<what> of <whose>` and drops what follows `with`", () => {
    const found = scan("interface RequiredActions { nameOfAreaManager: string; emailOfContact: string; typeOfAddress: string; dateOfBirthWithShortMonth: string; assessorName: string }");
    assert.strictEqual(found["RequiredActions.nameOfAreaManager"], "user.name");
    assert.strictEqual(found["RequiredActions.emailOfContact"], "user.contact.email");
    assert.strictEqual(found["RequiredActions.typeOfAddress"], undefined);
    assert.strictEqual(found["RequiredActions.dateOfBirthWithShortMonth"], "user.demographic.date_of_birth");
    assert.strictEqual(found["RequiredActions.assessorName"], "user.name");
  });

  it("a device's information, an event's screen and platform objects, a user agent a plugin reads are device data", () => {
    const found = scan(
      [
        "interface Restricted { device_information?: DeviceInformation }",
        "interface RudderContext { userAgent: string; os: OSInfo; screen: ScreenInfo; campaign: Campaign }",
        "interface AuditEvent { event_name: string; platform: Platform; timestamp: number; ip_address: string }",
        "class EnvironmentEnrichmentPlugin { userAgentData: UADataValues; backendUserAgent: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["Restricted.device_information"], "user.device");
    assert.strictEqual(found["RudderContext.screen"], "user.device");
    assert.strictEqual(found["AuditEvent.platform"], "user.device");
    assert.strictEqual(found["EnvironmentEnrichmentPlugin.userAgentData"], "user.device");
    assert.strictEqual(found["EnvironmentEnrichmentPlugin.backendUserAgent"], undefined);
  });

  it("an IP named for its client counts in a request's options; a device id whatever service handles it", () => {
    const found = scan(
      [
        "interface RequestConfig { sourceIp?: string; timeout?: number; serverIp?: string }",
        "class PasskeyService { deviceId: string; rpId: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["RequestConfig.sourceIp"], "user.device.ip_address");
    assert.strictEqual(found["RequestConfig.serverIp"], undefined);
    assert.strictEqual(found["PasskeyService.deviceId"], "user.device.device_id");
  });

  it("a preferred language is a person's wherever it is; a symptom's onset, underlying conditions and immune status are health data", () => {
    const found = scan(
      [
        "interface PushPayload { access_token: string; preferred_locale: string; title: string }",
        "interface SelfAssessmentAnswers { underlyingConditions: string[]; immunosuppressed: boolean; symptomOnsetDate: string | null }",
        "interface HealthState { riskToSelf: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["PushPayload.preferred_locale"], "user.demographic.language");
    assert.strictEqual(found["SelfAssessmentAnswers.underlyingConditions"], "user.health_and_medical");
    assert.strictEqual(found["SelfAssessmentAnswers.immunosuppressed"], "user.health_and_medical");
    assert.strictEqual(found["SelfAssessmentAnswers.symptomOnsetDate"], "user.health_and_medical");
    assert.strictEqual(found["HealthState.riskToSelf"], "user.health_and_medical");
  });

  it("free text in a record named for a health topic is health data; a service's health check is not", () => {
    const found = scan(
      [
        "type AccessNeedsAdditionalDetailsBody = { additionalAdjustments: string }",
        "interface AllergyEntry { description: string; notes: string }",
        "interface HealthCheckResult { details: string; description: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["AccessNeedsAdditionalDetailsBody.additionalAdjustments"], "user.health_and_medical");
    assert.strictEqual(found["AllergyEntry.description"], "user.health_and_medical");
    assert.strictEqual(found["AllergyEntry.notes"], "user.health_and_medical");
    assert.strictEqual(found["HealthCheckResult.details"], undefined);
    assert.strictEqual(found["HealthCheckResult.description"], undefined);
  });

  it("a configuration's switch about a health feature is the app's; a prescription's initial pump settings are the patient's", () => {
    const found = scan(
      [
        "interface Configuration { displaySymptomHistory: boolean; appName: string }",
        "interface InitialSettings { bloodGlucoseTargetSchedule: { low: number; high: number }[] }",
      ].join("\n"),
    );
    assert.strictEqual(found["Configuration.displaySymptomHistory"], undefined);
    assert.strictEqual(found["InitialSettings.bloodGlucoseTargetSchedule"], "user.health_and_medical");
  });

  it("a class's own fixed texts are constants; an empty starting value is a form's field", () => {
    const found = scan("export default class ApplicationTimeliness { name = 'application-timeliness' as const; title = 'Application timeliness'; email = ''; contactEmail: string }");
    assert.strictEqual(found["ApplicationTimeliness.name"], undefined);
    assert.strictEqual(found["ApplicationTimeliness.title"], undefined);
    assert.strictEqual(found["ApplicationTimeliness.email"], "user.contact.email");
    assert.strictEqual(found["ApplicationTimeliness.contactEmail"], "user.contact.email");
  });

  it("an app's name is not a person's; a session's state is no region unless places are beside it", () => {
    const found = scan(
      [
        "interface ApplicationInfo { applicationName: string; versionInfo: string }",
        "type Session = { sessionId: string; redirectUri?: string; state: string }",
        "interface Visit { country: string; state: string; ip: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ApplicationInfo.applicationName"], undefined);
    assert.strictEqual(found["Session.state"], undefined);
    assert.strictEqual(found["Visit.state"], "user.location.imprecise");
  });

  it("a premises' address is the service's; a billing address a checkout's form service holds is the customer's", async () => {
    const found = await scanProject({
      "models.ts": [
        "export interface Address { line1: string; town: string; postalCode: string }",
        "export interface Cas1PremisesBasicSummary { id: string; name: string; fullAddress: string; postcode: string }",
        "export class CheckoutBillingAddressFormService { billingAddress: Address | undefined = undefined; isSameAsDelivery = true }",
      ].join("\n"),
    });
    assert.strictEqual(found["Cas1PremisesBasicSummary.fullAddress"], undefined);
    assert.strictEqual(found["Cas1PremisesBasicSummary.postcode"], undefined);
    assert.strictEqual(found["CheckoutBillingAddressFormService.billingAddress"], "user.contact.address");
  });

  it("a country with its state is a region (a statistic's), not an address; a street makes it one", async () => {
    const found = await scanProject({
      "covid.ts": "export type CovidData = { source: string; fips: string; country: string; state: string; population: number }",
      "address.ts": "export type HomeAddress = { street: string; city: string; country: string }",
      "use.ts": [
        "import { CovidData } from './covid'",
        "import { HomeAddress } from './address'",
        "export type CovidDataRequest = { status: string; data: CovidData }",
        "export interface Customer { id: string; home: HomeAddress }",
      ].join("\n"),
    });
    assert.strictEqual(found["CovidDataRequest.data"], undefined);
    assert.strictEqual(found["Customer.home"], "user.contact.address");
  });

  it("a member typed by the declaration's own type parameter holds what its constraint allows, not a project type of that name", async () => {
    const found = await scanProject({
      "name.ts": "export interface Name { first: string; last: string }",
      "field.ts": "import { Name } from './name'\nexport interface UseField<Name extends string = string> { name: Name; onChange(v: string): void }\nexport interface Person { name: Name; email: string }",
    });
    assert.strictEqual(found["UseField.name"], undefined);
    assert.strictEqual(found["Person.name"], "user.name");
  });

  it("a helper object is no record: `cookie: Cookie` with methods holds no one's data", async () => {
    const found = await scanProject({
      "cookie.ts": "export class Cookie { private name: string; get(): string { return '' } set(v: string): void {} remove(): void {} }",
      "client.ts": "import { Cookie } from './cookie'\nexport class HttpClient { timeout: number; cookie: Cookie }",
      "request.ts": "export interface IncomingRequest { cookie: string; path: string; userAgent: string }",
    });
    assert.strictEqual(found["HttpClient.cookie"], undefined);
    assert.strictEqual(found["IncomingRequest.cookie"], "user.device.cookie_id");
  });

  it("where a person works held as a record, a phone record's numbers and its country code", async () => {
    const found = await scanProject({
      "traits.ts": [
        "type Company = { name?: string; industry?: string; employee_count?: number; plan?: string }",
        "export type IdentifyTraits = { firstName?: string; email?: string; company?: Company }",
        "export type Organization = { id: string; name: string; plan: string }",
        "export type Member = { email: string; organization: Organization }",
        "export type ContactPhoneNumbers = { numbers: { type: string; number: string }[] }",
        "export type Contact = { phoneNumber: { countryCode: string; number: string } }",
      ].join("\n"),
    });
    assert.strictEqual(found["IdentifyTraits.company"], "user.contact.organization");
    assert.strictEqual(found["Member.organization"], undefined);
    assert.strictEqual(found["ContactPhoneNumbers.numbers"], "user.contact.phone_number");
    assert.strictEqual(found["Contact.phoneNumber.countryCode"], "user.contact.phone_number");
  });
});

describe("classifier: round 22 (a prescription tracker, a SaaS starter, a storefront, a learning portal)", () => {
  it("given and family names held as lists, a date of birth held as its parts, an address held as its lines", async () => {
    const found = await scanProject({
      "patient.ts": [
        "export interface DateOfBirth { day: string; month: string; year: string }",
        "export interface PatientSummary { nhsNumber: string; givenName: Array<string>; familyName: string; address: Array<string>; dateOfBirth: DateOfBirth }",
      ].join("\n"),
    });
    assert.strictEqual(found["PatientSummary.givenName"], "user.name.first");
    assert.strictEqual(found["PatientSummary.address"], "user.contact.address");
    assert.strictEqual(found["PatientSummary.dateOfBirth"], "user.demographic.date_of_birth");
  });

  it("a React provider's context holds a screen's state; a form's default values are its data; a cookie's name is no person's", () => {
    const found = scan(
      [
        "export interface SearchProviderContextType { firstName?: string; lastName?: string; postcode?: string; setFirstName: (v: string) => void }",
        "export interface SearchProviderConfig { name: string; apiKey: string }",
        "export function YourInfoForm({ defaultValues }: { defaultValues?: { name?: string; email?: string } }) {}",
        "export interface AccountState { accountCookieName: string; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["SearchProviderContextType.firstName"], "user.name.first");
    assert.strictEqual(found["SearchProviderContextType.postcode"], "user.contact.address.postal_code");
    assert.strictEqual(found["SearchProviderConfig.name"], undefined);
    assert.strictEqual(found["YourInfoForm.defaultValues.email"], "user.contact.email");
    assert.strictEqual(found["AccountState.accountCookieName"], undefined);
  });

  it("a person's status or schedule record is theirs; interface words are skipped when reading whose a component is", () => {
    const found = scan(
      [
        "export interface IUserUploadStatusResult { email: string; phone: string; gender: string; status: string }",
        "export interface OrderStatus { name: string; code: string }",
        "export interface PrisonerSchedule { cellLocation: string; payRate: number; eventType: string }",
        "export class ProfilePageComponent { userLocation: string; phone: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["IUserUploadStatusResult.email"], "user.contact.email");
    assert.strictEqual(found["IUserUploadStatusResult.gender"], "user.demographic.gender");
    assert.strictEqual(found["OrderStatus.name"], undefined);
    assert.strictEqual(found["PrisonerSchedule.cellLocation"], "user.location.imprecise");
    assert.strictEqual(found["ProfilePageComponent.phone"], "user.contact.phone_number");
  });

  it("a saved payment method held as a library's type named for one is card data; as a code or a list of a shop's ways to pay it is not", async () => {
    // (A type the project declares holds its card data where it is declared: the field that refers to it is no new row.)
    const found = await scanProject({
      "billing.ts": [
        "import type { StripePaymentMethod } from '@stripe/stripe-js'",
        "export interface Subscription { id: string; defaultPaymentMethod: StripePaymentMethod | null }",
        "export interface Checkout { paymentMethod: 'card' | 'paypal'; paymentMethods: StripePaymentMethod[]; paymentMethodConfig: PaymentMethodConfig }",
        "export interface PaymentMethodConfig { enabled: boolean }",
      ].join("\n"),
    });
    assert.strictEqual(found["Subscription.defaultPaymentMethod"], "user.financial.credit_card");
    assert.strictEqual(found["Checkout.paymentMethod"], undefined);
    assert.strictEqual(found["Checkout.paymentMethods"], undefined);
    assert.strictEqual(found["Checkout.paymentMethodConfig"], undefined);
  });

  it("pages seen need a visit's data beside them; an account holder's name beside bank details is part of them", () => {
    const found = scan(
      [
        "export type InvoiceRequestAssignedProps = { requesterName: string; requestUrl: string; isCorrection: boolean }",
        "export type Hit = { ip: string; userAgent: string; requestUrl: string }",
        "export interface BacsElementData { holderName: string; bankAccountNumber: string; bankLocationId: string }",
        "export interface Passport { holderName: string; number: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["InvoiceRequestAssignedProps.requestUrl"], undefined);
    assert.strictEqual(found["Hit.requestUrl"], "user.behavior.browsing_history");
    assert.strictEqual(found["BacsElementData.holderName"], "user.financial.bank_account");
    assert.strictEqual(found["Passport.holderName"], "user.name");
  });

  it("an interface word alone says nothing of whose data it shows; a form's field held as an object is the control", () => {
    const found = scan(
      [
        "export const emailCell = (item: { email: string; name: string }) => item.email;",
        "interface WidgetState { formName: string; formEmail: string; isLoading: boolean }",
        "interface ObjectMemberEntry { name: string; value: string }",
        "interface Components { phoneNumberField: PhoneNumberFieldStyles; emailInput: HTMLInputElement; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["emailCell.item.email"], "user.contact.email");
    assert.strictEqual(found["WidgetState.formEmail"], "user.contact.email");
    assert.strictEqual(found["ObjectMemberEntry.name"], undefined);
    assert.strictEqual(found["Components.phoneNumberField"], undefined);
    assert.strictEqual(found["Components.emailInput"], undefined);
  });
});

describe("classifier: after round 23 (SDKs' options, exports, balances, rare categories)", () => {
  it("an SDK call's options to create or change a person are that person's data; a tracking SDK's user options are its settings", () => {
    const found = scan(
      [
        "export interface CreateUserOptions { email: string; firstName?: string; ipAddress?: string; userAgent?: string }",
        "export interface UpdateUserOptions { userId: string; firstName?: string; locale?: string }",
        "export interface UserOptions { cookie?: { key: string }; persist?: boolean; firstName?: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["CreateUserOptions.firstName"], "user.name.first");
    assert.strictEqual(found["CreateUserOptions.ipAddress"], "user.device.ip_address");
    assert.strictEqual(found["UpdateUserOptions.firstName"], "user.name.first");
    assert.strictEqual(found["UserOptions.firstName"], undefined);
  });

  it("a data export is a file; a union's repeated `state` is one field, not a region beside other places", () => {
    const found = scan(
      [
        "export interface AuditLogExport { id: string; state: string; url?: string; createdAt: string }",
        "type SessionState = { session: Session; state: 'authenticated' } | { state: 'unauthenticated' } | { state: 'error'; error: Error }",
      ].join("\n"),
    );
    assert.strictEqual(found["AuditLogExport.url"], undefined);
    assert.strictEqual(found["SessionState.state"], undefined);
  });

  it("a person's balance, a screen's density and a glucose target before meals are theirs", () => {
    const found = scan(
      [
        "export interface User { id: string; firstName: string; email: string; balance: number }",
        "export interface Company { name: string; balance: number }",
        "export interface NativeContextInfo { screenDensity: number; screenWidth: number; screenHeight: number; osName: string; userAgent: string }",
        "export interface Prescription { bloodGlucoseTargetPreprandial: { low: number; high: number } }",
      ].join("\n"),
    );
    assert.strictEqual(found["User.balance"], "user.financial");
    assert.strictEqual(found["Company.balance"], undefined);
    assert.strictEqual(found["NativeContextInfo.screenDensity"], "user.device");
    assert.strictEqual(found["Prescription.bloodGlucoseTargetPreprandial"], "user.health_and_medical");
  });

  it("a parcel's ship-to zip, union dues and a BRCA mutation; a file's zip is none", () => {
    const found = scan(
      [
        "export interface Order { shipToStreet: string; shipToZip: string; customerEmail: string }",
        "export interface Archive { pathToZip: string; extractToZip: string }",
        "export interface Payslip { employeeName: string; unionDuesDeducted: boolean }",
        "export interface Patient { name: string; brcaMutation?: boolean }",
      ].join("\n"),
    );
    assert.strictEqual(found["Order.shipToZip"], "user.contact.address.postal_code");
    assert.strictEqual(found["Archive.pathToZip"], undefined);
    assert.strictEqual(found["Archive.extractToZip"], undefined);
    assert.strictEqual(found["Payslip.unionDuesDeducted"], "user.demographic.union_membership");
    assert.strictEqual(found["Patient.brcaMutation"], "user.health_and_medical.genetic");
  });
});

describe("classifier: after round 24 (SDKs' location records and sub-clients)", () => {
  it("a record of where a person is says where they are, not where to post a letter; a shop's location is a place", () => {
    const found = scan(
      [
        "export interface ContactLocation { type?: string; country?: string; region?: string; city?: string }",
        "export interface LocationData { city_name?: string; country_code?: string; region_name?: string }",
        "export interface Customer { email: string; city: string; country: string }",
        "export interface StockLocation { name: string; city: string; country: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ContactLocation.city"], "user.location.imprecise");
    assert.strictEqual(found["LocationData.country_code"], "user.location.imprecise");
    assert.strictEqual(found["Customer.city"], "user.contact.address.city");
    assert.strictEqual(found["StockLocation.city"], undefined);
  });

  it("a field or a getter typed by a client or a service holds an object that does things", () => {
    const found = scan(
      [
        "import { PhoneClient } from './phone/client';",
        "import { EmailsClient } from './emails/client';",
        "export class BrandingClient { protected _phone: PhoneClient | undefined; get phone(): PhoneClient { return this._phone!; } get emails(): EmailsClient { return new EmailsClient(); } }",
        "export class Profile { phone: string; get email(): string { return ''; } }",
      ].join("\n"),
    );
    assert.strictEqual(found["BrandingClient._phone"], undefined);
    assert.strictEqual(found["BrandingClient.phone"], undefined);
    assert.strictEqual(found["BrandingClient.emails"], undefined);
    assert.strictEqual(found["Profile.phone"], "user.contact.phone_number");
    assert.strictEqual(found["Profile.email"], "user.contact.email");
  });
});

describe("classifier: after round 25", () => {
  it("reads a record with something joined to it as that record (`AdminWithApp` is an admin)", () => {
    const found = scan("export interface AdminWithApp { name?: string; email?: string; job_title?: string }\nexport interface OrderWithCustomer { name: string }");
    assert.strictEqual(found["AdminWithApp.name"], "user.name");
    assert.strictEqual(found["AdminWithApp.job_title"], "user.job_title");
    assert.strictEqual(found["OrderWithCustomer.name"], undefined);
  });

  it("reads the parts of a date of birth held as an object, while a sentence's years stay its terms (a shared word falls through to the next rule)", () => {
    const found = scan("export interface P { dateOfBirth: { day: string; month: string; year: string } }\nexport interface SentenceTerms { years: number; months: number }\nexport interface Period { year: number; month: number }");
    assert.strictEqual(found["P.dateOfBirth.year"], "user.demographic.date_of_birth");
    assert.strictEqual(found["P.dateOfBirth.day"], "user.demographic.date_of_birth");
    assert.strictEqual(found["SentenceTerms.years"], "user.criminal_history");
    assert.strictEqual(found["Period.year"], undefined);
  });

  it("reads a schema under a computed key (a schema a function builds for a prefix it is given)", () => {
    const found = scan('const nameSchema = (idPrefix: string) => z.object({ [idPrefix]: z.object({ firstName: z.string(), lastName: z.string() }) });\nexport const dobSchema = z.object({ dob: z.object({ day: z.number(), month: z.number(), year: z.number() }) });');
    assert.strictEqual(found["nameSchema.firstName"], "user.name.first");
    assert.strictEqual(found["nameSchema.lastName"], "user.name.last");
    assert.strictEqual(found["dobSchema.dob.month"], "user.demographic.date_of_birth");
  });

  it("reads a UK address API's thoroughfare names as the street", () => {
    const found = scan("interface PostcodeResponse { results: { DPA: { BUILDING_NUMBER: string; THOROUGHFARE_NAME: string; DEPENDENT_THOROUGHFARE_NAME: string; POST_TOWN: string; POSTCODE: string } }[] }");
    assert.strictEqual(found["PostcodeResponse.results.DPA.THOROUGHFARE_NAME"], "user.contact.address.street");
    assert.strictEqual(found["PostcodeResponse.results.DPA.DEPENDENT_THOROUGHFARE_NAME"], "user.contact.address.street");
  });

  it("reads past the API a record travels through and the subject of an `of` in an owner's name", () => {
    const found = scan("export interface IQuickTestAPIModel { lastName: string; street: string; zipCode: string; email: string; phoneNumber: string }\nexport interface AcknowledgementOfService { noticeOfProceedingsEmail: string }\nexport type CustomerPrivacyApiProps = { country?: string; checkoutDomain: string }");
    assert.strictEqual(found["IQuickTestAPIModel.email"], "user.contact.email");
    assert.strictEqual(found["IQuickTestAPIModel.street"], "user.contact.address.street");
    assert.strictEqual(found["AcknowledgementOfService.noticeOfProceedingsEmail"], "user.contact.email");
    assert.strictEqual(found["CustomerPrivacyApiProps.country"], undefined);
  });

  it("a type named for the answers it allows holds a form's answer; pay before tax is income; a legal adviser is a person", () => {
    const found = scan("export interface ClaimantEmploymentDetails { pastEmployer?: YesOrNo; claimant_pension_contribution?: YesOrNoOrNotSure; claimant_pay_before_tax?: number; claimant_pension_contribution_amount?: number }\nexport interface CaseData { generalOrderLegalAdvisorName: string; adopAgencyAddressLine1: string; applicant1AddressLine1: string }");
    assert.strictEqual(found["ClaimantEmploymentDetails.pastEmployer"], undefined);
    assert.strictEqual(found["ClaimantEmploymentDetails.claimant_pension_contribution"], undefined);
    assert.strictEqual(found["ClaimantEmploymentDetails.claimant_pay_before_tax"], "user.financial");
    assert.strictEqual(found["CaseData.generalOrderLegalAdvisorName"], "user.name");
    assert.strictEqual(found["CaseData.adopAgencyAddressLine1"], undefined);
    assert.strictEqual(found["CaseData.applicant1AddressLine1"], "user.contact.address.street");
  });

  it("an email's HTML body marks a message; a sent message's addressees are emails; the destination's IP is a server's", () => {
    const found = scan("export class Message { public From: string; public To?: string; public Cc?: string; public Subject?: string; public HtmlBody?: string }\nexport interface MessageSendingResponse { To?: string; Bcc?: string; SubmittedAt: string }\nexport interface OpenEvent { UserAgent: string; OS: string; DestinationIP: string; IP: string }");
    assert.strictEqual(found["Message.To"], "user.contact.email");
    assert.strictEqual(found["Message.Cc"], "user.contact.email");
    assert.strictEqual(found["MessageSendingResponse.Bcc"], "user.contact.email");
    assert.strictEqual(found["OpenEvent.DestinationIP"], undefined);
    assert.strictEqual(found["OpenEvent.IP"], "user.device.ip_address");
  });

  it("a session's lang, a middle name written as additionalName, an address's extra street line and its parts as lists", () => {
    const found = scan("interface AppSession { lang: string; user: string }\nexport interface Name { surname: string; additionalName: string }\nexport interface Address { streetAndNumber: string; streetAdditional: string; postalCode: string }\nexport type AddressFields = { buildingNames: string[]; streetNames: string[]; postalCode: string }");
    assert.strictEqual(found["AppSession.lang"], "user.demographic.language");
    assert.strictEqual(found["Name.additionalName"], "user.name");
    assert.strictEqual(found["Address.streetAdditional"], "user.contact.address.street");
    assert.strictEqual(found["AddressFields.streetNames"], "user.contact.address.street");
  });

  it("a person's reoffending predictors, risk-of-serious-harm summaries and imprisonment status are criminal records; a loan's risk score is not", () => {
    const found = scan("export interface OvpScoreDto { ovpStaticWeightedScore?: number; oneYear?: number; twoYears?: number }\nexport interface RoshSummary { roshSummaries: string[]; overallRisk?: string }\nexport type NewArrival = { firstName: string; imprisonmentStatus?: string }\nexport interface LoanApplication { riskScore: number; overallRisk: string }");
    assert.strictEqual(found["OvpScoreDto.ovpStaticWeightedScore"], "user.criminal_history");
    assert.strictEqual(found["OvpScoreDto.oneYear"], "user.criminal_history");
    assert.strictEqual(found["RoshSummary.roshSummaries"], "user.criminal_history");
    assert.strictEqual(found["NewArrival.imprisonmentStatus"], "user.criminal_history");
    assert.strictEqual(found["LoanApplication.riskScore"], undefined);
    assert.strictEqual(found["LoanApplication.overallRisk"], undefined);
    const more = scan("export interface RiskScoresDto { violencePredictorScore?: number }\nexport interface FraudPredictor { riskScore: number; predictorScore: number; overallRisk: string }");
    assert.strictEqual(more["RiskScoresDto.violencePredictorScore"], "user.criminal_history");
    assert.strictEqual(more["FraudPredictor.riskScore"], undefined, "a model's predictor is no offender's assessment");
    assert.strictEqual(more["FraudPredictor.predictorScore"], undefined);
  });

  it("a record's texts with words of their own are not a name's parts (`currentConcernsText` is no name)", async () => {
    const found = await scanProject({
      "risk.ts": "export interface Risk { risk: string | null; currentConcernsText: string | null; previousConcernsText?: string | null }\nexport interface RiskToSelf { suicide?: Risk | null; custody?: Risk | null }\nexport interface HumanName { text: string; given: string[]; family: string }\nexport interface Patient { name: HumanName }",
    });
    assert.strictEqual(found["RiskToSelf.custody"], undefined);
    assert.strictEqual(found["Patient.name"], "user.name");
  });

  it("an analyst's filtering parameters are a query, not a person's data; a tracked click's original link is the page visited", () => {
    const found = scan("export interface SuppressionFilteringParameters { emailAddress?: string; origin?: string }\nexport interface OutboundMessageClick { ClickLocation: string; OriginalLink: string; UserAgent: string; OS: string; IP: string }");
    assert.strictEqual(found["SuppressionFilteringParameters.emailAddress"], undefined);
    assert.strictEqual(found["OutboundMessageClick.OriginalLink"], "user.behavior.browsing_history");
  });

  it("an entry's value is the email or the number it holds; an address object's number is the house's; alone, neither word is anything", () => {
    const found = scan("export interface Telephone { isDefault: boolean; value: string }\nexport interface Email { isDefault: boolean; value: string }\nexport interface AddressInfo { postOfficeBox: string; number: string; street: string; city: string }\nexport interface Metric { value: number; number: number }\nexport interface Company { registrationNumber: string; vatNumber: string }");
    assert.strictEqual(found["Telephone.value"], "user.contact.phone_number");
    assert.strictEqual(found["Email.value"], "user.contact.email");
    assert.strictEqual(found["AddressInfo.number"], "user.contact.address.street");
    assert.strictEqual(found["AddressInfo.postOfficeBox"], "user.contact.address.street");
    assert.strictEqual(found["Metric.value"], undefined);
    assert.strictEqual(found["Metric.number"], undefined);
    assert.strictEqual(found["Company.registrationNumber"], undefined);
  });

  it("a job title is a person's on an employer's record or an organisation's sign-up too, picked from a list or typed", () => {
    const found = scan("export class Employer { employerName: string; jobTitle: string }\nexport class CreateOrganizationDto { name: string; jobTitle?: JobTitleEnum }\nenum JobTitleEnum { ENGINEER = 'engineer', PRODUCT = 'product' }\nexport interface SiteConfig { jobTitle: string }");
    assert.strictEqual(found["Employer.jobTitle"], "user.job_title");
    assert.strictEqual(found["CreateOrganizationDto.jobTitle"], "user.job_title");
    assert.strictEqual(found["SiteConfig.jobTitle"], undefined);
  });

  it("a prisoner's release and parole dates are criminal records; learning difficulties and neurodiversity are health; a learner's national number is a government id", () => {
    const found = scan("export interface PrisonerSearchResult { sentenceStartDate?: string; conditionalReleaseDate?: string; licenceExpiryDate?: string; releaseDate?: string }\nexport interface CuriousLearnerProfile { uln: string; primaryLDDAndHealthProblem: string; additionalLDDAndHealthProblems: string[] }\nexport interface ConfirmedOnReportData { prisonerNeurodiversities?: string[] }\nexport interface Sentence { text: string; length: number }");
    assert.strictEqual(found["PrisonerSearchResult.sentenceStartDate"], "user.criminal_history");
    assert.strictEqual(found["PrisonerSearchResult.conditionalReleaseDate"], "user.criminal_history");
    assert.strictEqual(found["PrisonerSearchResult.licenceExpiryDate"], "user.criminal_history");
    assert.strictEqual(found["CuriousLearnerProfile.uln"], "user.government_id.national_identification_number");
    assert.strictEqual(found["CuriousLearnerProfile.primaryLDDAndHealthProblem"], "user.health_and_medical");
    assert.strictEqual(found["ConfirmedOnReportData.prisonerNeurodiversities"], "user.health_and_medical");
    assert.strictEqual(found["Sentence.length"], undefined);
  });

  it("the person a feature flag is evaluated for is a person; a contact's language override is their language", () => {
    const found = scan("interface FlagContext { email?: string; username?: string; pduCodes?: string[] }\nexport interface Contact { email: string; language_override?: string }\nexport interface FlagConfig { email?: string }");
    assert.strictEqual(found["FlagContext.email"], "user.contact.email");
    assert.strictEqual(found["Contact.language_override"], "user.demographic.language");
    assert.strictEqual(found["FlagConfig.email"], undefined);
  });
});

