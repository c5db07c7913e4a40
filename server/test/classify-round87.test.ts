/**
 * Patterns from the incoming set's misses and false alarms found in session 15's analysis and in the 87th and later
 * labelling rounds, written as minimal code: each test fails on the code before its fix.
 */
import * as assert from "assert";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

/** owner.field -> category of one file scanned alone. */
function scan(code: string, file = "/src/example.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

describe("classifier: after round 87", () => {
  it("an email on a thing without a mailbox of its own (a role, an alert, a workflow) is a person's", () => {
    const found = scan(
      "export interface RoleExclusion { id: string; type: string; name: string; email?: string }\n" +
        "export interface AlertTarget { id: string; channelName: string | null; email: string | null }\n" +
        "export class TemplateRole { index: number; hostEmail?: string }\n" +
        "export interface SupportChannel { id: string; email: string }\n" +
        "export interface EmailTemplate { subject: string; email: string }\n" +
        "export interface Company { name: string; email: string }",
    );
    assert.strictEqual(found["RoleExclusion.email"], "user.contact.email");
    assert.strictEqual(found["AlertTarget.email"], "user.contact.email");
    assert.strictEqual(found["TemplateRole.hostEmail"], "user.contact.email");
    // A channel's, a template's and a business's address are their own mailboxes.
    assert.strictEqual(found["SupportChannel.email"], undefined);
    assert.strictEqual(found["EmailTemplate.email"], undefined);
    assert.strictEqual(found["Company.email"], undefined);
    // The role's own name stays the role's.
    assert.strictEqual(found["RoleExclusion.name"], undefined);
  });

  it("an enum's member as a type is one literal value, whatever it is called", () => {
    const found = scan(
      "import { Channels } from './enums';\nenum Kind { EMAIL = 'email', PHONE = 'phone' }\n" +
        "export type EmailWorkflow = { channel: Channels.EMAIL; to: string };\n" +
        "export type Contact = { kind: Kind.EMAIL; phone: Kind.PHONE; email: Mail.Address };",
    );
    assert.strictEqual(found["EmailWorkflow.channel"], undefined);
    assert.strictEqual(found["Contact.kind"], undefined);
    assert.strictEqual(found["Contact.phone"], undefined);
    // A namespace's type (`Mail.Address`) is not an enum's member.
    assert.ok(found["Contact.email"]);
  });
});

describe("classifier: after round 87 (places and devices)", () => {
  it("a place of worship's address and coordinates are its own, as a venue's are", () => {
    const found = scan(
      "export class Church { id?: string; name?: string; address1?: string; city?: string; zip?: string; latitude?: number }\n" +
        "export class Member { name?: string; address1?: string; city?: string; zip?: string }",
    );
    assert.strictEqual(found["Church.address1"], undefined);
    assert.strictEqual(found["Church.zip"], undefined);
    assert.strictEqual(found["Church.latitude"], undefined);
    assert.strictEqual(found["Member.address1"], "user.contact.address.street");
  });

  it("a heartbeat's operating system version is the client device's", () => {
    const found = scan("export class Heartbeat { participantId: string; outgoingAudioBitrate: string; operatingSystemVersion: string }");
    assert.strictEqual(found["Heartbeat.operatingSystemVersion"], "user.device");
  });
});

describe("classifier: after round 88", () => {
  it("where an appointment or a booking takes place is its venue, not where the person is", () => {
    const found = scan(
      "export interface OutlookEvent { subject: string; start: string; appointmentLocation: string }\n" +
        "export interface Visitor { id: string; visitorLocation: string; userAgent: string }",
    );
    assert.strictEqual(found["OutlookEvent.appointmentLocation"], undefined);
    assert.strictEqual(found["Visitor.visitorLocation"], "user.location.imprecise");
  });
});

describe("classifier: after rounds 90-92", () => {
  it("a user's link to a sign-in provider holds the profile the provider gave; a provider's settings stay configuration", () => {
    const found = scan(
      "export interface UserProviderRequest { uid: string; displayName?: string; email?: string; phoneNumber?: string }\n" +
        "export interface AuthProviderConfig { clientId: string; email?: string }",
    );
    assert.strictEqual(found["UserProviderRequest.email"], "user.contact.email");
    assert.strictEqual(found["UserProviderRequest.phoneNumber"], "user.contact.phone_number");
    assert.strictEqual(found["AuthProviderConfig.email"], undefined);
  });

  it("a number enrolled as a second factor is a phone number", () => {
    const found = scan("export interface MultiFactorInfoResponse { mfaEnrollmentId: string; displayName?: string; phoneInfo?: string }");
    assert.strictEqual(found["MultiFactorInfoResponse.phoneInfo"], "user.contact.phone_number");
  });

  it("blood pressure's parts and a basal metabolic rate are health data", () => {
    const found = scan("export interface BloodPressureRecord { time: string; systolic: number; diastolic: number }\n" +
      "export interface BasalMetabolicRateRecord { time: string; basalMetabolicRate: number }");
    assert.strictEqual(found["BloodPressureRecord.systolic"], "user.health_and_medical");
    assert.strictEqual(found["BloodPressureRecord.diastolic"], "user.health_and_medical");
    assert.strictEqual(found["BasalMetabolicRateRecord.basalMetabolicRate"], "user.health_and_medical");
  });
});

describe("classifier: after round 93", () => {
  it("the last digits of a phone number a person confirms are part of the number", () => {
    const found = scan("export const schema = object({ dateOfBirth: date(), phoneNumberSuffix: string().length(4) });");
    assert.strictEqual(found["schema.phoneNumberSuffix"], "user.contact.phone_number");
  });

  it("a patient's condition is health data; a rule's condition is not", () => {
    const found = scan("export interface PhysicianAssessment { patientCondition: string[]; otherPatientCondition: string | null }\n" +
      "export interface AlertRule { condition: string; threshold: number }");
    assert.strictEqual(found["PhysicianAssessment.patientCondition"], "user.health_and_medical");
    assert.strictEqual(found["PhysicianAssessment.otherPatientCondition"], "user.health_and_medical");
    assert.strictEqual(found["AlertRule.condition"], undefined);
  });
});

describe("scanner: types declared in a namespace", () => {
  it("reads a namespace's types under its name, and a business's account as the business's", () => {
    const found = scan(
      "export interface Company { id: string; accounts: Array<Company.Account> | null }\n" +
        "export namespace Company {\n  export interface Account { account_name: string | null; account_number: string | null; routing_number: string | null }\n}\n" +
        "export namespace Individual {\n  export interface BankAccount { account_number: string; routing_number: string }\n}\n" +
        "export namespace A.B { export interface Person { email: string } }",
    );
    assert.strictEqual(found["Company.Account.routing_number"], undefined);
    assert.strictEqual(found["Company.Account.account_number"], undefined);
    assert.strictEqual(found["Company.Account.account_name"], undefined);
    assert.strictEqual(found["Individual.BankAccount.routing_number"], "user.financial.bank_account");
    assert.strictEqual(found["A.B.Person.email"], "user.contact.email");
  });

  it("a bare `long` on a tracked device's record is its longitude", () => {
    const found = scan("export namespace UserToken {\n  export interface Tracking { ip?: string | null; lat?: string | null; long?: string | null }\n}");
    assert.strictEqual(found["UserToken.Tracking.long"], "user.location.precise");
  });
});

describe("classifier: after rounds 94-95", () => {
  it("a card token's request holds the card it tokenizes; an API token's last digits are the token's", () => {
    const found = scan(
      "export declare type CardTokenCreateBody = { card_id?: string; card_number?: string; expiration_month?: string; expiration_year?: string; security_code?: string };\n" +
        "export interface ApiToken { id: string; last4: string; name: string }",
    );
    assert.strictEqual(found["CardTokenCreateBody.card_number"], "user.financial.credit_card");
    assert.strictEqual(found["CardTokenCreateBody.security_code"], "user.financial.credit_card");
    assert.strictEqual(found["ApiToken.last4"], undefined);
  });
});

describe("classifier: after round 95 (avatars)", () => {
  it("an avatar's name is the name of whom it shows; a room's avatar stays the room's", () => {
    const found = scan(
      "export type MessageAvatarProps = { src: string; name?: string; className?: string }\n" +
        "export interface Room { id: string; topic: string; avatar: { name: string; url: string } }",
      "/src/message.tsx",
    );
    assert.strictEqual(found["MessageAvatarProps.name"], "user.name");
    assert.strictEqual(found["Room.avatar.name"], undefined);
  });
});

describe("classifier: after round 96 (faces)", () => {
  it("a face library's names are people's names and its face crops are biometric data", () => {
    const found = scan("export function FaceGrid({ faceName, faceImages }: { faceName: string; faceImages: string[] }) { return null; }", "/src/FaceGrid.tsx");
    assert.strictEqual(found["FaceGrid.faceName"], "user.name");
    assert.strictEqual(found["FaceGrid.faceImages"], "user.biometric");
  });
});

describe("scanner: after round 97 (form controls)", () => {
  it("an untyped form control holds the value its name says", () => {
    const found = scan("export abstract class AddParticipantBaseComponent { email: FormControl; firstName: FormControl; lastName: FormControl; role: FormControl; }");
    assert.strictEqual(found["AddParticipantBaseComponent.firstName"], "user.name.first");
    assert.strictEqual(found["AddParticipantBaseComponent.lastName"], "user.name.last");
    assert.strictEqual(found["AddParticipantBaseComponent.role"], undefined);
  });
});

describe("classifier: who did something", () => {
  it("the name of whoever hid, archived or handled a record is a person's", () => {
    const found = scan("export interface HiddenFileBanner { isHidden: boolean; hiddenByName: string; archivedByName: string; hiddenAt: string }");
    assert.strictEqual(found["HiddenFileBanner.hiddenByName"], "user.name");
    assert.strictEqual(found["HiddenFileBanner.archivedByName"], "user.name");
  });
});

describe("classifier: a service's lines", () => {
  it("a conference's dial-in number and a call's transfer number are a service's, not a person's", () => {
    const found = scan("export class BookingDetails { conferencePhoneNumber: string; transferPhoneNumber: string; contactPhoneNumber: string }");
    assert.strictEqual(found["BookingDetails.conferencePhoneNumber"], undefined);
    assert.strictEqual(found["BookingDetails.transferPhoneNumber"], undefined);
    assert.strictEqual(found["BookingDetails.contactPhoneNumber"], "user.contact.phone_number");
  });
});

describe("classifier: a service's or a business's address", () => {
  it("where an appointment is held, an invoice's issuer's and a prescriber's address are not a person's home", () => {
    const found = scan("export interface LicenceToSubmit { appointmentAddress: string; homeAddress: string }\n" +
      "export interface Invoice { invoicer_address: string; counterparty_billing_address: string }\n" +
      "export interface Signature { prescriberName: string; prescriberAddress: string }");
    assert.strictEqual(found["LicenceToSubmit.appointmentAddress"], undefined);
    assert.strictEqual(found["LicenceToSubmit.homeAddress"], "user.contact.address");
    assert.strictEqual(found["Invoice.invoicer_address"], undefined);
    assert.strictEqual(found["Signature.prescriberAddress"], undefined);
  });
});

describe("classifier: links that are not a visit", () => {
  it("a list's next page and a card's front and back artwork are not pages a person visited", () => {
    const found = scan("export interface PageView { sessionId: string; pageUrl: string; referrer: string }\n" +
      "export interface Postcard { id: string; front_original_url: string; back_original_url: string }\n" +
      "export interface List { data: string[]; next_page_url: string }");
    assert.strictEqual(found["PageView.pageUrl"], "user.behavior.browsing_history");
    assert.strictEqual(found["Postcard.front_original_url"], undefined);
    assert.strictEqual(found["Postcard.back_original_url"], undefined);
    assert.strictEqual(found["List.next_page_url"], undefined);
  });
});

describe("classifier: accounting", () => {
  it("a ledger's account is a chart of accounts' entry, not a bank account", () => {
    const found = scan("export interface JournalEntryAccount { accountName: string; accountNumber: string; balance: number }\n" +
      "export interface Payee { name: string; accountNumber: string; sortCode: string }");
    assert.strictEqual(found["JournalEntryAccount.accountNumber"], undefined);
    assert.strictEqual(found["JournalEntryAccount.accountName"], undefined);
    assert.strictEqual(found["Payee.accountNumber"], "user.financial.bank_account");
  });
});

describe("classifier: a site's own mailboxes", () => {
  it("where a site takes feedback is its mailbox; a legal representative's email is a person's", () => {
    const found = scan("export interface TermsProps { feedbackEmail: string }\nexport interface LegalPayer { Name: string; LegalRepresentativeEmail: string }");
    assert.strictEqual(found["TermsProps.feedbackEmail"], undefined);
    assert.strictEqual(found["LegalPayer.LegalRepresentativeEmail"], "user.contact.email");
  });
});

describe("classifier: a person's declared finances", () => {
  it("the sums of a statement of means are the person's; a business's expense and a catalogue of kinds are not", () => {
    const found = scan(
      "export class MonthlyExpenses { mortgageDeclared?: boolean; mortgage?: ExpenseSource; rent?: ExpenseSource; id?: string }\n" +
        "export class MonthlyIncome { salarySource?: IncomeSource; otherSources?: IncomeSource[] }\n" +
        "export interface Expense { id: string; amount: number; vendorId: string }\n" +
        "export class MonthlyExpenseType { static readonly RENT = 'RENT'; value: string; displayValue: string }",
    );
    assert.strictEqual(found["MonthlyExpenses.rent"], "user.financial");
    assert.strictEqual(found["MonthlyExpenses.mortgage"], "user.financial");
    assert.strictEqual(found["MonthlyIncome.otherSources"], "user.financial");
    assert.strictEqual(found["MonthlyExpenses.mortgageDeclared"], undefined);
    assert.strictEqual(found["MonthlyExpenses.id"], undefined);
    assert.strictEqual(found["Expense.amount"], undefined);
    assert.strictEqual(found["MonthlyExpenseType.value"], undefined);
  });
});

describe("classifier: the person to contact at a company", () => {
  it("a company's contact person is a person's name; a mailer's settings stay configuration", () => {
    const found = scan("export class CompanyDetails { name?: string; contactPerson?: string }\nexport interface SmtpConfig { host: string; contactPerson: string }");
    assert.strictEqual(found["CompanyDetails.contactPerson"], "user.name");
    assert.strictEqual(found["SmtpConfig.contactPerson"], undefined);
    assert.strictEqual(found["CompanyDetails.name"], undefined);
  });
});

describe("classifier: a shipment's receiver", () => {
  it("a merchant order's receiver address is the buyer's; the merchant's own address stays the merchant's", () => {
    const found = scan("export type MerchantOrderReceiverAddress = { id: number; street_name: string; zip_code: string; phone: string }\n" +
      "export type MerchantAddress = { street_name: string; zip_code: string }");
    assert.strictEqual(found["MerchantOrderReceiverAddress.street_name"], "user.contact.address.street");
    assert.strictEqual(found["MerchantOrderReceiverAddress.phone"], "user.contact.phone_number");
    assert.strictEqual(found["MerchantAddress.street_name"], undefined);
  });
});

describe("classifier: a default address", () => {
  it("a field typed by a customer's default address type holds the customer's address", () => {
    const found = scan("export type CustomerDefaultAddress = { id?: string; zip_code?: string; street_name?: string }\n" +
      "export interface CustomerResponse { email?: string; address?: CustomerDefaultAddress; addresses?: CustomerDefaultAddress[] }");
    assert.strictEqual(found["CustomerResponse.address"], "user.contact.address");
    assert.strictEqual(found["CustomerResponse.addresses"], "user.contact.address");
  });
});

describe("classifier: a court's own details", () => {
  it("a court's or a service centre's address and contact details are its own; a court case's parties are people", () => {
    const found = scan("export const courtAddressSchema = z.object({ addressLine1: z.string(), postcode: z.string(), lat: z.number() });\n" +
      "export interface SaveCourtContactDetailRequest { email: string; phoneNumber: string }\n" +
      "export interface CourtCase { defendantName: string; defendantAddress: string }");
    assert.strictEqual(found["courtAddressSchema.addressLine1"], undefined);
    assert.strictEqual(found["courtAddressSchema.postcode"], undefined);
    assert.strictEqual(found["SaveCourtContactDetailRequest.email"], undefined);
    assert.strictEqual(found["CourtCase.defendantName"], "user.name");
    assert.strictEqual(found["CourtCase.defendantAddress"], "user.contact.address");
  });
});

describe("classifier: a sign-in provider's username", () => {
  it("the username a person has at their identity provider is theirs", () => {
    const found = scan("export class OAuthSignInDto { provider: string; providerId: string; providerUsername: string; email: string }");
    assert.strictEqual(found["OAuthSignInDto.providerUsername"], "user.account.username");
  });
});

describe("classifier: an analytics dashboard's stats rows", () => {
  it("a row of counts per browser or country beside visitors and percentages is about visits, not one visit", () => {
    const found = scan(
      "interface DataRow { visitors?: number; visitors_percentage?: number; referrer?: string; browser?: string; country?: string; language?: string }\n" +
        "interface Visit { sessionId: string; referrer: string; browser: string; country: string }\n" +
        "interface PatientRecord { name: string; heartRate: number; respiratoryRate: number; age: number }\n" +
        "interface Customer { email: string; orders_count: number; visits: number; conversion_rate: number }",
    );
    for (const f of ["DataRow.referrer", "DataRow.browser", "DataRow.country", "DataRow.language"]) assert.strictEqual(found[f], undefined, f);
    assert.strictEqual(found["Visit.browser"], "user.device");
    assert.strictEqual(found["PatientRecord.name"], "user.name");
    assert.strictEqual(found["Customer.email"], "user.contact.email");
  });
});

describe("scanner: a form question's definition", () => {
  it("a question's wording beside how it is answered or checked asks for the data; it holds none", () => {
    const found = scan(
      "class HealthFieldsFactory {\n" +
        "  physicalHealthCondition: FormWizard.Field = { text: 'Does [subject] have any physical health conditions?', code: 'c', validate: [], options: [] };\n" +
        "  alcoholUse = { text: 'Has [subject] ever drunk alcohol?', code: 'alcohol_use', options: [] };\n" +
        "}\n" +
        "export class Patient { medicalCondition = ''; address = { label: 'Home', line1: '' } }",
    );
    assert.strictEqual(found["HealthFieldsFactory.physicalHealthCondition"], undefined);
    assert.strictEqual(found["HealthFieldsFactory.alcoholUse"], undefined);
    assert.strictEqual(found["Patient.medicalCondition"], "user.health_and_medical");
    assert.strictEqual(found["Patient.address"], "user.contact.address");
  });
});

describe("classifier: records typed as configuration, a hearing's venue", () => {
  it("a record typed as a configuration configures, and where a hearing is held is the court's", () => {
    const found = scan(
      "export type PaymentMethodConfigRequest = { not_allowed_ids?: string[]; max_installments?: number };\n" +
        "export type CreateOrderRequest = { total_amount: string; payment_method?: PaymentMethodConfigRequest };\n" +
        "export type SavedCard = { id: string; payment_method?: { id: string; name: string; last_four_digits: string; security_code: string } };\n" +
        "export class DirectionOrder { hearingCourtAddress?: string; claimantAddress?: string }",
    );
    assert.strictEqual(found["CreateOrderRequest.payment_method"], undefined);
    assert.strictEqual(found["DirectionOrder.hearingCourtAddress"], undefined);
    assert.strictEqual(found["DirectionOrder.claimantAddress"], "user.contact.address");
  });
});

describe("classifier: a selector's dial codes", () => {
  it("a list of dial codes is a selector's options; one dial code and a list of phones are a person's", () => {
    const found = scan("export interface PhoneFieldProps { dialCodeList: string[]; countryDialCodes: string[]; dialCode: string; phones: string[] }");
    assert.strictEqual(found["PhoneFieldProps.dialCodeList"], undefined);
    assert.strictEqual(found["PhoneFieldProps.countryDialCodes"], undefined);
    assert.strictEqual(found["PhoneFieldProps.dialCode"], "user.contact.phone_number");
    assert.strictEqual(found["PhoneFieldProps.phones"], "user.contact.phone_number");
  });
});

describe("classifier: an action's name", () => {
  it("a member named for what a function does (findUserByUsername, validateEmail) holds no data", () => {
    const found = scan("export type UserModel = { findUserByUsername; validateEmail: any; formatAddress: any; username: string }");
    assert.strictEqual(found["UserModel.findUserByUsername"], undefined);
    assert.strictEqual(found["UserModel.validateEmail"], undefined);
    assert.strictEqual(found["UserModel.formatAddress"], undefined);
    assert.strictEqual(found["UserModel.username"], "user.account.username");
  });
});

describe("classifier: a page's path in an app that is not tracking", () => {
  it("a wiki page's current path on a component is content; a tracked visit's page path is browsing history", () => {
    const found = scan(
      "type RevisionComparerProps = { sourceRevision: IRevision; currentPageId?: string; currentPagePath: string; onClose: () => void }\n" +
        "export interface PageViewEvent { sessionId: string; currentPagePath: string; referrer: string }",
      "/src/RevisionComparer.tsx",
    );
    assert.strictEqual(found["RevisionComparerProps.currentPagePath"], undefined);
    assert.strictEqual(found["PageViewEvent.currentPagePath"], "user.behavior.browsing_history");
  });
});

describe("classifier: more action verbs", () => {
  it("a task that retries an email or copies a sign-in link is an action, not data", () => {
    const found = scan("export const EmailMenu = { retryEmail: task(function* () {}), copySigninUrl: task(function* () {}), email: '' as string };");
    assert.strictEqual(found["EmailMenu.retryEmail"], undefined);
    assert.strictEqual(found["EmailMenu.copySigninUrl"], undefined);
  });
});

describe("classifier: a web push subscription", () => {
  it("a push subscription's endpoint names one browser install; an API's endpoint does not", () => {
    const found = scan("export class UserPushSubscription { id: number; endpoint: string; p256dh: string }\nexport interface ApiConfig { endpoint: string; timeout: number }");
    assert.strictEqual(found["UserPushSubscription.endpoint"], "user.device.device_id");
    assert.strictEqual(found["ApiConfig.endpoint"], undefined);
  });
});

describe("classifier: a socket's path", () => {
  it("a database socket's path is a file, not a visited page", () => {
    const found = scan("export interface SocketTracking { socketPath: string }\nexport interface PageView { sessionId: string; referrer: string; pagePath: string }");
    assert.strictEqual(found["SocketTracking.socketPath"], undefined);
    assert.strictEqual(found["PageView.pagePath"], "user.behavior.browsing_history");
  });
});
