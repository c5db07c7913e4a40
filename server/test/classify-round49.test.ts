/**
 * Patterns from the 49th to 51st labelling rounds (banking and card-issuing SDKs, an email client, a prison-visit booking
 * tool, a bill-splitting app), written as minimal code: each test fails on the code before its fix.
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

describe("classifier: after round 49", () => {
  it("a service's method is given a person's data: the service class does not make it a thing's", () => {
    const found = scan(
      "export default class BookerService {\n" +
        "  async getSortedBookersByEmail({ username, email }: { username: string; email: string }): Promise<void> {}\n" +
        "}\n" +
        "export class UsersApi { find(params: { email: string }) {} }\n" +
        "export class MailService { fromEmail = 'noreply@example.com'; supportPhone: string; }",
    );
    assert.strictEqual(found["BookerService.getSortedBookersByEmail.username"], "user.account.username");
    assert.strictEqual(found["BookerService.getSortedBookersByEmail.email"], "user.contact.email");
    assert.strictEqual(found["UsersApi.find.params.email"], "user.contact.email");
    // The service's own fields are still the service's.
    assert.strictEqual(found["MailService.supportPhone"], undefined);
  });

  it("a government id is a government id; a verification address is the person's address", () => {
    const found = scan(
      "export interface EntityCreateParams { first_name: string; government_id: string; last_name: string }\n" +
        "export interface Account { token: string; verification_address?: Account.VerificationAddress; home_address?: VerificationAddress }\n" +
        "export namespace Account { export interface VerificationAddress { address1: string; city: string; postal_code: string; state: string } }\n" +
        "export interface VerificationAddress { address1: string; city: string; postal_code: string }",
    );
    assert.strictEqual(found["EntityCreateParams.government_id"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Account.verification_address"], "user.contact.address");
    assert.strictEqual(found["Account.home_address"], "user.contact.address");
  });

  it("the last four digits beside a routing number are a bank account's, not a card's", () => {
    const found = scan(
      "export interface MicroDeposit { country: string; last_four: string; owner_type: 'BUSINESS' | 'INDIVIDUAL'; routing_number: string }\n" +
        "export interface Card { last_four: string; exp_month: number; }",
    );
    assert.strictEqual(found["MicroDeposit.last_four"], "user.financial.bank_account");
    assert.strictEqual(found["Card.last_four"], "user.financial.credit_card");
  });

  it("a transfer that names an individual is not a company's record, though it names the company too", () => {
    const found = scan(
      "export interface ACHTransfer { id: string; account_number: string; amount: number; company_id: string; company_name: string | null; individual_name: string | null; routing_number: string }\n" +
        "export interface Supplier { account_number: string; company_id: string; routing_number: string }",
    );
    assert.strictEqual(found["ACHTransfer.account_number"], "user.financial.bank_account");
    assert.strictEqual(found["ACHTransfer.individual_name"], "user.name");
    assert.strictEqual(found["Supplier.account_number"], undefined);
  });

  it("a tax treatment is no medical treatment", () => {
    const found = scan("export interface Supplement { tax_treatments: 'gross' | 'net' | null; treatments: string[] }\nexport interface Patient { treatments: string[] }");
    assert.strictEqual(found["Supplement.tax_treatments"], undefined);
    assert.strictEqual(found["Patient.treatments"], "user.health_and_medical");
  });

  it("a literal among a cast's type arguments is read inside a function body", () => {
    const found = scan(
      "export function balances(rows: number[]) {\n" +
        "  return rows.reduce((acc) => acc, {} as Record<number, { id: number; email?: string | null; name?: string | null }>);\n" +
        "}\n",
    );
    // (A cast names no owner: the file does.)
    assert.strictEqual(found["example.email"], "user.contact.email");
    assert.strictEqual(found["example.name"], "user.name");
  });

  it("a user's name in two words is the user's name; a username in one is their login", () => {
    const found = scan("export interface NameFormProps { userName: string }\nexport interface LoginInput { username: string; password: string }\nexport interface Row { created_by_user_name: string }");
    assert.strictEqual(found["NameFormProps.userName"], "user.name");
    assert.strictEqual(found["LoginInput.username"], "user.account.username");
    assert.strictEqual(found["Row.created_by_user_name"], "user.name");
  });

  it("a name's suffix beside a given and a family name is part of the name; an account number's suffix is not", () => {
    const found = scan(
      "export interface RequiredUserFields { firstName?: string; middleName?: string; lastName?: string; suffix?: string }\n" +
        "export interface BankDetails { account_holder_name: string; account_number_suffix: string; branch_code: string }\n" +
        "export interface FileInfo { suffix: string; size: number }",
    );
    assert.strictEqual(found["RequiredUserFields.suffix"], "user.name");
    assert.notStrictEqual(found["BankDetails.account_number_suffix"], "user.name");
    assert.strictEqual(found["FileInfo.suffix"], undefined);
  });

  it("a payment's originator is a party, often a person", () => {
    const found = scan("export interface InboundACHTransfer { amount: number; originator_name: string; originator_company_name: string }");
    assert.strictEqual(found["InboundACHTransfer.originator_name"], "user.name");
  });

  it("a field named by the last word of its type's kind is that kind, though the type is declared elsewhere", () => {
    const found = scan("export class PaymentMethodDetails { type: string; card: PaymentCard | null; item: OrderItem; card2: Card }");
    assert.strictEqual(found["PaymentMethodDetails.card"], "user.financial.credit_card");
    assert.strictEqual(found["PaymentMethodDetails.card2"], undefined);
    assert.strictEqual(found["PaymentMethodDetails.item"], undefined);
  });

  it("a phone entry's extension is part of the number; a file's is not; a domestic status is a marital status", () => {
    const found = scan(
      "export interface Form { phones?: { type?: string; phoneNumber?: string; extension?: string }[] }\n" +
        "export interface Upload { name: string; extension: string }\n" +
        "export interface ContactDetails { firstName: string; domesticStatusCode: string }",
    );
    assert.strictEqual(found["Form.phones.extension"], "user.contact.phone_number");
    assert.strictEqual(found["Upload.extension"], undefined);
    assert.strictEqual(found["ContactDetails.domesticStatusCode"], "user.demographic.marital_status");
  });

  it("a service account's key holds a machine's email, not a person's", () => {
    const found = scan(
      "import { z } from 'zod';\n" +
        "export const googleCredentials = z.object({ client_email: z.string(), private_key: z.string() });\n" +
        "export interface ServiceAccount { type: string; project_id: string; private_key_id: string; private_key: string; client_email: string }\n" +
        "export interface Wallet { email: string; privateKey: string }",
    );
    assert.strictEqual(found["googleCredentials.client_email"], undefined);
    assert.strictEqual(found["ServiceAccount.client_email"], undefined);
    assert.strictEqual(found["Wallet.email"], "user.contact.email");
  });

  it("a report's top devices are statistics, a blocklist's addresses configuration, an onboarding's job a job title", () => {
    const found = scan(
      "export interface ReportData { topDevice: string; topReferrers: string[]; topCountries: string[] }\n" +
        "export const AddressBlacklistSchema = new Schema({ project_id: String, address: String });\n" +
        "export const OnboardingSchema = new Schema({ user_id: String, job: String, analytics: String });\n" +
        "export interface Worker { job: Job; queue: string }",
    );
    assert.strictEqual(found["ReportData.topDevice"], undefined);
    assert.strictEqual(found["ReportData.topReferrers"], undefined);
    assert.strictEqual(found["AddressBlacklistSchema.address"], undefined);
    assert.strictEqual(found["OnboardingSchema.job"], "user.job_title");
    assert.strictEqual(found["Worker.job"], undefined);
  });

  it("a business's contact email is its mailbox; a pay statement is an employee's; an IM address is a handle", () => {
    const found = scan(
      "export interface BusinessUnit { key: string; name: string; contactEmail?: string }\n" +
        "export interface Exhibitor { contactEmail: string; name: string }\n" +
        "export interface PayStatement { individual_id: string; gross_pay?: number; net_pay?: number; extra_withholding?: number }\n" +
        "export interface Contact { givenName?: string; imAddress?: string; homeAddress?: string }",
    );
    assert.strictEqual(found["BusinessUnit.contactEmail"], undefined);
    assert.strictEqual(found["Exhibitor.contactEmail"], "user.contact.email");
    assert.strictEqual(found["PayStatement.gross_pay"], "user.financial");
    assert.strictEqual(found["PayStatement.net_pay"], "user.financial");
    assert.strictEqual(found["PayStatement.extra_withholding"], "user.financial");
    assert.strictEqual(found["Contact.imAddress"], "user.account.username");
    assert.strictEqual(found["Contact.homeAddress"], "user.contact.address");
  });

  it("a W-4's filing status says the person's marital status", () => {
    const found = scan("export interface W4 { filing_status: 'married' | 'married_but_withhold_at_higher_single_rate' | 'single' | null; year: number }");
    assert.strictEqual(found["W4.filing_status"], "user.demographic.marital_status");
  });

  it("a signing's host has an email, a server has a host name; a bounce's address is an email; a mail service's sending IP is its own", () => {
    const found = scan(
      "export interface EditDocumentSigner { hostEmail?: string; signerEmail?: string }\n" +
        "export interface Server { hostName: string; port: number }\n" +
        "export interface Bounce { address: string; code: string; error: string }\n" +
        "export interface Complaint { address: string; created_at: string }\n" +
        "export interface DeliveryEvent { recipient: string; 'sending-ip': string; ip: string }\n" +
        "export interface OIDCAttributeMapping { loginId: string; email: string; givenName: string }",
    );
    assert.strictEqual(found["EditDocumentSigner.hostEmail"], "user.contact.email");
    assert.strictEqual(found["Server.hostName"], undefined);
    assert.strictEqual(found["Bounce.address"], "user.contact.email");
    assert.strictEqual(found["Complaint.address"], "user.contact.email");
    assert.strictEqual(found["DeliveryEvent.sending-ip"], undefined);
    assert.strictEqual(found["DeliveryEvent.ip"], "user.device.ip_address");
    // An SSO provider's attribute mapping names the attributes: no one's data.
    assert.strictEqual(found["OIDCAttributeMapping.email"], undefined);
    assert.strictEqual(found["OIDCAttributeMapping.givenName"], undefined);
  });

  it("carbon copies make a record an email's: its to and cc are addresses, whatever it is called", () => {
    const found = scan(
      "export type MailgunMessageData = MailgunMessageContent & { from?: string; to?: string | string[]; cc?: string | string[] };\n" +
        "export interface Range { from: number; to: number }",
    );
    assert.strictEqual(found["MailgunMessageData.to"], "user.contact.email");
    assert.strictEqual(found["MailgunMessageData.cc"], "user.contact.email");
    assert.strictEqual(found["Range.to"], undefined);
  });

  it("a bare number beside a card's security code is the card's; a safe (masked) account number is the account's; notified addresses are emails", () => {
    const found = scan(
      "import { z } from 'zod';\n" +
        "export const card = z.object({ first_name: z.string().optional(), number: z.string(), expiry_month: z.number(), cvv: z.string().optional() });\n" +
        "export interface Address { number: string; street: string }\n" +
        "export interface Ticket { number: string; title: string }\n" +
        "export interface AccountDetail { id: string; account_number_safe: string }\n" +
        "export interface Webhook { url: string; notificationEmailAddresses?: string[] }",
    );
    assert.strictEqual(found["card.number"], "user.financial.credit_card");
    assert.strictEqual(found["Address.number"], "user.contact.address.street");
    assert.strictEqual(found["Ticket.number"], undefined);
    assert.strictEqual(found["AccountDetail.account_number_safe"], "user.financial.bank_account");
    assert.strictEqual(found["Webhook.notificationEmailAddresses"], "user.contact.email");
  });

  it("a record of one identification is an identity document's: its issuing country is the document's", () => {
    const found = scan("export interface IdentificationCreateRequest { id_number: string; id_type: 'us_ssn' | 'passport'; expiration_date?: string | null; issuing_country?: string | null }");
    assert.strictEqual(found["IdentificationCreateRequest.issuing_country"], "user.government_id");
  });

  it("a record of a person's offending holds its particulars; a health page's answers are health data; catalogues are not", () => {
    const found = scan(
      "export type OffenceDetail = { id: string; acceptsResponsibility?: boolean; domesticViolence?: boolean; numberOfOthersInvolved?: number; whyDone?: string; createdAt: string };\n" +
        "export interface OffenceType { code: string; description: string }\n" +
        "export type SubstanceMisuseBody = { usesIllegalSubstances: YesOrNo; substanceDetail: string; releasedWithNaloxone: YesOrNo };\n" +
        "export type PhysicalHealthBody = { canClimbStairs: YesOrNo; needsDetail: string };\n" +
        "type PostDiagnosisKeysRequestData = { padding: string; regions: string[] };",
    );
    assert.strictEqual(found["OffenceDetail.acceptsResponsibility"], "user.criminal_history");
    assert.strictEqual(found["OffenceDetail.domesticViolence"], "user.criminal_history");
    assert.strictEqual(found["OffenceDetail.whyDone"], "user.criminal_history");
    assert.strictEqual(found["OffenceDetail.id"], undefined);
    assert.strictEqual(found["OffenceDetail.createdAt"], undefined);
    assert.strictEqual(found["OffenceType.description"], undefined);
    assert.strictEqual(found["SubstanceMisuseBody.usesIllegalSubstances"], "user.health_and_medical");
    assert.strictEqual(found["SubstanceMisuseBody.releasedWithNaloxone"], "user.health_and_medical");
    assert.strictEqual(found["PhysicalHealthBody.canClimbStairs"], "user.health_and_medical");
    assert.strictEqual(found["PhysicalHealthBody.needsDetail"], "user.health_and_medical");
    assert.strictEqual(found["PostDiagnosisKeysRequestData.padding"], undefined);
  });

  it("a username beside a password is a login's, whatever posts the form; a database's is not", () => {
    const found = scan(
      "interface PostFirstFactorBody { username: string; password: string; keepMeLoggedIn: boolean }\n" +
        "interface PostPasswordChange { username: string; old_password: string; new_password: string }\n" +
        "export const Postgres = z.object({ credentials: z.object({ host: z.string(), port: z.number(), username: z.string(), password: z.string() }) });",
    );
    assert.strictEqual(found["PostFirstFactorBody.username"], "user.account.username");
    assert.strictEqual(found["PostPasswordChange.username"], "user.account.username");
    assert.strictEqual(found["Postgres.credentials.username"], undefined);
  });

  it("a campaign's organiser is an organisation; a flat's block, floor and unit are parts of an address, not elsewhere", () => {
    const found = scan(
      "export interface Campaign { name: string; organiserName: string; organiserEmail: string; organiserContactNumber: string }\n" +
        "export type FormatAddressParams = { postalCode: string; block: string; floor: string; unit: string; street: string }\n" +
        "export interface Product { unit: string; price: number; floor: number }",
    );
    assert.strictEqual(found["Campaign.organiserName"], undefined);
    assert.strictEqual(found["Campaign.organiserEmail"], undefined);
    assert.strictEqual(found["FormatAddressParams.block"], "user.contact.address.street");
    assert.strictEqual(found["FormatAddressParams.floor"], "user.contact.address.street");
    assert.strictEqual(found["FormatAddressParams.unit"], "user.contact.address.street");
    assert.strictEqual(found["Product.unit"], undefined);
    assert.strictEqual(found["Product.floor"], undefined);
  });

  it("a FHIR questionnaire response's items and answers are a patient's health record", () => {
    const found = scan("import type { QuestionnaireResponseItem, QuestionnaireResponseItemAnswer } from '@medplum/fhirtypes';\nexport interface ResponseProps { item: QuestionnaireResponseItem; answer: QuestionnaireResponseItemAnswer; title: string }");
    assert.strictEqual(found["ResponseProps.item"], "user.health_and_medical");
    assert.strictEqual(found["ResponseProps.answer"], "user.health_and_medical");
  });

  it("a push channel's tokens and endpoints name a person's device; an API's tokens do not; an override of an email is an email", () => {
    const found = scan(
      "export interface PushChannelData { tokens: string[] }\n" +
        "export namespace PushChannelDataFull { export interface Device { token: string } }\n" +
        "export interface AwsSnsPushChannelDataTargetArnsOnly { target_arns: Array<string> }\n" +
        "export interface ApiAuth { tokens: string[] }\n" +
        "export interface PushConfig { token: string }\n" +
        "export interface Recipient { email_override?: string }",
    );
    assert.strictEqual(found["PushChannelData.tokens"], "user.device.device_id");
    // (A namespace's type is read under its name: `PushChannelDataFull.Device`.)
    assert.strictEqual(found["PushChannelDataFull.Device.token"], "user.device.device_id");
    assert.strictEqual(found["AwsSnsPushChannelDataTargetArnsOnly.target_arns"], "user.device.device_id");
    assert.strictEqual(found["ApiAuth.tokens"], undefined);
    assert.strictEqual(found["PushConfig.token"], undefined);
    assert.strictEqual(found["Recipient.email_override"], "user.contact.email");
  });

  it("a website's name beside a comment's email does not make the comment a place's", () => {
    const found = scan("export interface CommentData { id: number; content: string; nick: string; email?: string; page_key: string; site_name: string; ip_region?: string }\nexport interface CourtSite { court_name: string; email: string }");
    assert.strictEqual(found["CommentData.email"], "user.contact.email");
    assert.strictEqual(found["CourtSite.email"], undefined);
  });

  it("a card's issuing country is card data", () => {
    const found = scan("export interface Payment { card_last_four?: string | null; card_issuing_country?: string | null; total_amount: number }");
    assert.strictEqual(found["Payment.card_issuing_country"], "user.financial.credit_card");
  });

  it("a JavaScript model that lists its fields as bare statics declares them; a static with a value is the class's", () => {
    const out: Record<string, string> = {};
    const code = "export default class Address extends EasyPostObject {\n  static street1;\n  static zip;\n  static email;\n  static tableName = 'addresses';\n  static defaultEmail = 'a@b.c';\n}\n";
    for (const f of scanSource("/src/models/address.js", code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
    assert.strictEqual(out["Address.street1"], "user.contact.address.street");
    assert.strictEqual(out["Address.zip"], "user.contact.address.postal_code");
    assert.strictEqual(out["Address.email"], "user.contact.email");
    assert.strictEqual(out["Address.defaultEmail"], undefined);
  });

  it("a shipment's parties held as address objects are postal addresses; an email's from and to addresses are not", () => {
    const found = scan(
      "export interface Shipment { to_address: Address; from_address: Address; return_address?: Address }\n" +
        "export interface Mail { fromAddress: string; toAddress: string; returnAddress: string }",
    );
    assert.strictEqual(found["Shipment.to_address"], "user.contact.address");
    assert.strictEqual(found["Shipment.from_address"], "user.contact.address");
    assert.strictEqual(found["Shipment.return_address"], "user.contact.address");
    assert.notStrictEqual(found["Mail.fromAddress"], "user.contact.address");
    assert.notStrictEqual(found["Mail.toAddress"], "user.contact.address");
  });

  it("an address's primary, secondary and last lines are its street lines; a chart's lines are not", () => {
    const found = scan(
      "export class MultiLineAddress { recipient?: string; primary_line: string; secondary_line?: string; urbanization?: string; city?: string; zip_code?: string }\n" +
        "export interface Chart { primaryLine: string; secondaryLine: string }",
    );
    assert.strictEqual(found["MultiLineAddress.primary_line"], "user.contact.address.street");
    assert.strictEqual(found["MultiLineAddress.secondary_line"], "user.contact.address.street");
    assert.strictEqual(found["MultiLineAddress.urbanization"], "user.contact.address.street");
    assert.strictEqual(found["Chart.primaryLine"], undefined);
  });

  it("a hotel stay's and a rental desk's address and phone are theirs, not a traveller's", () => {
    const found = scan(
      "export interface StaysAddress { line_one: string; city_name: string; postal_code: string; country_code: string }\n" +
        "export interface CarsRentalDesk { phone_number: string; address: { postal_code: string; region: string } }\n" +
        "export interface Traveller { given_name: string; phone_number: string; address: { postal_code: string } }",
    );
    assert.strictEqual(found["StaysAddress.city_name"], undefined);
    assert.strictEqual(found["StaysAddress.postal_code"], undefined);
    assert.strictEqual(found["CarsRentalDesk.phone_number"], undefined);
    assert.strictEqual(found["Traveller.phone_number"], "user.contact.phone_number");
    assert.strictEqual(found["Traveller.address.postal_code"], "user.contact.address.postal_code");
  });
});
