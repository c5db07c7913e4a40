/**
 * Patterns from the incoming set's misses and false alarms found in the 65th to 83rd labelling rounds, written as
 * minimal code: each test fails on the code before its fix.
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

describe("classifier: after round 65", () => {
  it("a credential's email is its holder's; its name is still the credential's", () => {
    const found = scan(
      "interface TokenDocument extends mongoose.Document { hashedToken: string; uid: string; email: string }\n" +
        "export interface APIKey { id: string; email: string; name: string }\n" +
        "export interface Company { name: string; email: string; vatNumber: string }",
    );
    assert.strictEqual(found["TokenDocument.email"], "user.contact.email");
    assert.strictEqual(found["APIKey.email"], "user.contact.email");
    assert.strictEqual(found["APIKey.name"], undefined);
    // A business's own mailbox stays the business's.
    assert.strictEqual(found["Company.email"], undefined);
  });

  it("an email beside a password is an account's, on any form; a connection's settings stay configuration", () => {
    const found = scan(
      "const OrgSetupSchema = z.object({ username: z.string().min(1), email: z.string().email(), password: z.string() });\n" +
        "interface SmtpSettings { host: string; port: number; email: string; password: string }\n" +
        "interface MailerSettings { fromEmail: string; password: string }",
    );
    assert.strictEqual(found["OrgSetupSchema.email"], "user.contact.email");
    assert.strictEqual(found["SmtpSettings.email"], undefined);
    assert.strictEqual(found["MailerSettings.fromEmail"], undefined);
  });

  it("a caller's, a friend's or an authorised signatory's name is a person's name", () => {
    const found = scan("export interface NumberLookup { caller_name: string; friendName: string; authorized_name: string; propertyName: string }");
    assert.strictEqual(found["NumberLookup.caller_name"], "user.name");
    assert.strictEqual(found["NumberLookup.friendName"], "user.name");
    assert.strictEqual(found["NumberLookup.authorized_name"], "user.name");
    assert.strictEqual(found["NumberLookup.propertyName"], undefined);
  });

  it("an address's first and second lines are its street lines, on an address only", () => {
    const found = scan(
      "class ManualCurfewAddress { reference?: string; firstLine: string; secondLine: string; townOrCity: string; postcode!: string }\n" +
        "interface Poem { firstLine: string; secondLine: string }",
    );
    assert.strictEqual(found["ManualCurfewAddress.firstLine"], "user.contact.address.street");
    assert.strictEqual(found["ManualCurfewAddress.secondLine"], "user.contact.address.street");
    assert.strictEqual(found["Poem.firstLine"], undefined);
  });

  it("a field typed by a wrapper of one value is that value, as its name says; the wrapper's own generic too", () => {
    const found = scan(
      "type ValueType<T extends string | number | boolean> = { value: T }\n" +
        "export type StringValue = ValueType<string>\n" +
        "export type CodeAndDesc = { code: string; desc: string }\n" +
        "export type Money = { amount: number; currency: string }\n" +
        "export interface Person { nric: StringValue; name: StringValue; race: CodeAndDesc; salary: Money; status: CodeAndDesc; nickname: Label }\n" +
        "export interface Label { value: string; colour: string; position: number }",
    );
    assert.strictEqual(found["Person.nric"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Person.name"], "user.name");
    assert.strictEqual(found["Person.race"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["Person.salary"], "user.financial");
    // A wrapped value whose name says nothing is nothing; a record of more than a value is still a record.
    assert.strictEqual(found["Person.status"], undefined);
    assert.strictEqual(found["Person.nickname"], undefined);
  });

  it("a name written as one lower-case word is read as its words, when only one split reads so", () => {
    const found = scan("export interface Person { birthcountry: string; marriedname: string; homeaddress: string; hostname: string; filename: string; hashedemail: string }");
    assert.strictEqual(found["Person.birthcountry"], "user.demographic.nationality");
    assert.strictEqual(found["Person.marriedname"], "user.name");
    assert.strictEqual(found["Person.homeaddress"], "user.contact.address");
    // The words' own qualifiers still decide: a host's, a file's name and a hashed email are no one's.
    assert.strictEqual(found["Person.hostname"], undefined);
    assert.strictEqual(found["Person.filename"], undefined);
    assert.strictEqual(found["Person.hashedemail"], undefined);
  });

  it("a street's second line, its suffix and a ZIP+4 are parts of an address", () => {
    const found = scan("export interface UsComponents { streetTwo: string; street_suffix: string; zip_code_plus_4: string; city: string; state: string }");
    assert.strictEqual(found["UsComponents.streetTwo"], "user.contact.address.street");
    assert.strictEqual(found["UsComponents.street_suffix"], "user.contact.address.street");
    assert.strictEqual(found["UsComponents.zip_code_plus_4"], "user.contact.address.postal_code");
  });

  it("an income held as a record (amount, unit, currency) is income data", () => {
    const found = scan(
      "export interface Income { amount: number; currency: string; unit: string; effective_date: string }\n" +
        "export interface Employment { first_name: string; income: Income; income_history: Income[]; department: Department }\n" +
        "export interface Department { name: string; code: string }",
    );
    assert.strictEqual(found["Employment.income"], "user.financial");
    assert.strictEqual(found["Employment.income_history"], "user.financial");
    assert.strictEqual(found["Employment.department"], undefined);
  });

  it("a GraphQL operation's variables are its inputs, not configuration; an environment's variables still are", () => {
    const found = scan(
      "export interface CreateCheckoutAddressVariables { billingFirstName: string; billingEmail: string; shippingState?: string }\n" +
        "export interface EnvVariables { ADMIN_EMAIL: string; SMTP_USER: string }",
    );
    assert.strictEqual(found["CreateCheckoutAddressVariables.billingFirstName"], "user.name.first");
    assert.strictEqual(found["CreateCheckoutAddressVariables.billingEmail"], "user.contact.email");
    assert.strictEqual(found["CreateCheckoutAddressVariables.shippingState"], "user.contact.address.state");
    assert.strictEqual(found["EnvVariables.ADMIN_EMAIL"], undefined);
  });

  it("abbreviated name parts (`fName`, `lName`) are a person's name, and make a record with a VAT number a person's", () => {
    const found = scan("export interface Invoice { fName?: string; lName?: string; email?: string; street2?: string; vatNumber?: string; emailRecipients?: string[] }");
    assert.strictEqual(found["Invoice.fName"], "user.name.first");
    assert.strictEqual(found["Invoice.lName"], "user.name.last");
    assert.strictEqual(found["Invoice.email"], "user.contact.email");
    assert.strictEqual(found["Invoice.street2"], "user.contact.address.street");
    assert.strictEqual(found["Invoice.emailRecipients"], "user.contact.email");
  });

  it("a person's identity documents held whole are government ids; a checklist of document kinds is not", () => {
    const found = scan(
      "export interface Passenger { given_name: string; identity_documents: IdentityDocument[]; identifications: Identification[] }\n" +
        "interface IdentityDocument { type: string; unique_identifier: string; expires_on: string; issuing_country_code: string }\n" +
        "interface Identification { type: string; value: string; issuer: string }\n" +
        "export interface FundingForm { idDocuments: string[] }",
    );
    assert.strictEqual(found["Passenger.identity_documents"], "user.government_id");
    assert.strictEqual(found["Passenger.identifications"], "user.government_id");
    assert.strictEqual(found["FundingForm.idDocuments"], undefined);
  });

  it("a parcel's tracking event (a carrier's codes beside it) is where the parcel was scanned, not a visitor's location", () => {
    const found = scan(
      "export interface TrackingEvent { occurredAt: string; carrierStatusCode: string | null; cityLocality: string; postalCode: string; latitude: number | null; signer: string | null }\n" +
        "export interface TrackEvent { carrier_occurred_at?: DateTime4; city_locality: string; latitude?: number }\n" +
        "export interface PageTrackEvent { url: string; referrer: string; city: string; latitude: number }",
    );
    assert.strictEqual(found["TrackingEvent.cityLocality"], undefined);
    assert.strictEqual(found["TrackingEvent.latitude"], undefined);
    // (The carrier's code is typed by a name the index resolves: its name still says what the record is.)
    assert.strictEqual(found["TrackEvent.city_locality"], undefined);
    assert.strictEqual(found["TrackEvent.latitude"], undefined);
    assert.strictEqual(found["PageTrackEvent.latitude"], "user.location.precise");
  });

  it("a column mapping names the columns that hold an address, it holds none", () => {
    const found = scan("export interface RequiredAddressColumnMapping { name: string; address_line1: string; address_city: string; address_zip: string }");
    assert.deepStrictEqual(found, {});
  });

  it("a diagnosis's or an allergy's name names the condition (health data), not a person; a catalogue's entry is nobody's", () => {
    const found = scan(
      "export interface Diagnosis { name: string; diagnosisDate: string; status: string }\n" +
        "export interface PatientAllergy { name: string; reaction: string }\n" +
        "export interface MedicationType { name: string; code: string }",
    );
    assert.strictEqual(found["Diagnosis.name"], "user.health_and_medical");
    assert.strictEqual(found["PatientAllergy.name"], "user.health_and_medical");
    assert.strictEqual(found["MedicationType.name"], undefined);
  });

  it("an audit's `who` is the acting user's login; a recipient's `sms` and a FHIR resource's `telecom` are numbers", () => {
    const found = scan(
      "export interface SqsMessage { what: string; who: string; when: string; service: string }\n" +
        "export interface ContactDetails { email?: string; sms?: string }\n" +
        "export interface Channels { sms: boolean; email: boolean }\n" +
        "export interface Patient { telecom: ContactPoint[]; gender: string }",
    );
    assert.strictEqual(found["SqsMessage.who"], "user.account.username");
    assert.strictEqual(found["ContactDetails.sms"], "user.contact.phone_number");
    assert.strictEqual(found["Channels.sms"], undefined);
    assert.strictEqual(found["Patient.telecom"], "user.contact.phone_number");
  });

  it("a shipment's tracking url is where a parcel is followed, not a page a visitor saw", () => {
    const found = scan(
      "export const CreateOrderBodySchema = z.object({ tracking_url: z.string().optional(), tracking_id: z.string().optional(), status: z.string() });\n" +
        "export interface PageViewEvent { url: string; referrer: string }",
    );
    assert.strictEqual(found["CreateOrderBodySchema.tracking_url"], undefined);
    assert.strictEqual(found["PageViewEvent.url"], "user.behavior.browsing_history");
  });

  it("an SDK call's options named for what it does on a known thing are its input, not the client's settings", () => {
    const found = scan(
      "export interface AddSuppressionOptions { email: string }\n" +
        "interface CreateEmailBaseOptions { bcc?: string | string[]; cc?: string | string[]; subject: string; html?: string }\n" +
        "interface CreateSipOutboundTrunkOptions { auth_username: string; name: string }\n" +
        "interface SmtpOptions { host: string; email: string }",
    );
    assert.strictEqual(found["AddSuppressionOptions.email"], "user.contact.email");
    assert.strictEqual(found["CreateEmailBaseOptions.cc"], "user.contact.email");
    assert.strictEqual(found["CreateSipOutboundTrunkOptions.auth_username"], undefined);
    assert.strictEqual(found["SmtpOptions.email"], undefined);
  });

  it("a user agent beside the url it was seen on makes a tracked request; a post's title beside a browser does not", () => {
    const found = scan(
      "export interface ResponseMeta { source?: string; url?: string; userAgent?: string; country?: string }\n" +
        "export interface Post { title: string; browser: string }",
    );
    assert.strictEqual(found["ResponseMeta.url"], "user.behavior.browsing_history");
    assert.strictEqual(found["ResponseMeta.country"], "user.location.imprecise");
    assert.strictEqual(found["Post.browser"], undefined);
  });

  it("an OAuth application's name and an error's name are no person's; a failed response's participant email still is", () => {
    const found = scan(
      "export interface OAuthApplication { name: string }\n" +
        "export interface TokenManagerError { name: string; message: string }\n" +
        "export interface FreeBusyError { email: string; error: string }",
    );
    assert.strictEqual(found["OAuthApplication.name"], undefined);
    assert.strictEqual(found["TokenManagerError.name"], undefined);
    assert.strictEqual(found["FreeBusyError.email"], "user.contact.email");
  });

  it("one court's name among a case's many fields does not make the whole case a court's record", () => {
    const many = Array.from({ length: 40 }, (_, i) => `answer${i}: string`).join("; ");
    const found = scan(`export interface CaseData { courtName: string; birthFatherAddressPostCode: string; ${many} }\nexport interface Court { courtName: string; postcode: string }`);
    assert.strictEqual(found["CaseData.birthFatherAddressPostCode"], "user.contact.address.postal_code");
    assert.strictEqual(found["Court.postcode"], undefined);
  });

  it("a geo URI is a precise location; a device's display name is device data", () => {
    const found = scan("export interface LocationEventWireContent { geo_uri: string; description?: string }\nexport interface LoginRequest { initial_device_display_name?: string; password: string }");
    assert.strictEqual(found["LocationEventWireContent.geo_uri"], "user.location.precise");
    assert.strictEqual(found["LoginRequest.initial_device_display_name"], "user.device");
  });

  it("a person's profession record holds their job title and company", () => {
    const found = scan("export interface Profession { id: number; title: string; company: string; designation: string }");
    assert.strictEqual(found["Profession.company"], "user.contact.organization");
    assert.strictEqual(found["Profession.designation"], "user.job_title");
  });

  it("an event handler named for what it changes holds no data; a word that only starts with `on` is no handler", () => {
    const found = scan("export interface Props { onSetShippingAddress: string; handleChangeEmail: string; onboardingEmail: string }");
    assert.strictEqual(found["Props.onSetShippingAddress"], undefined);
    assert.strictEqual(found["Props.handleChangeEmail"], undefined);
    assert.strictEqual(found["Props.onboardingEmail"], "user.contact.email");
  });

  it("a password beside a way to reach the person makes an account's record: its country and gender are the person's", () => {
    const found = scan(
      "const signUpSchema = z.object({ name: z.string(), email: z.string().email(), password: z.string(), phone: z.string(), country: z.string(), gender: z.string() });\n" +
        "interface SmtpSettings { host: string; port: number; email: string; password: string }",
    );
    assert.strictEqual(found["signUpSchema.country"], "user.contact.address.country");
    assert.strictEqual(found["signUpSchema.gender"], "user.demographic.gender");
    assert.strictEqual(found["SmtpSettings.email"], undefined);
  });

  it("a contact number written short is a phone number", () => {
    const found = scan("const profileSchema = z.object({ firstname: z.string(), lastname: z.string(), contactno: z.coerce.number() });");
    assert.strictEqual(found["profileSchema.contactno"], "user.contact.phone_number");
  });

  it("a prescription's dosage, dose and dispensed medication are health data", () => {
    const found = scan("export interface MedicationDispense { dosageInstruction: Dosage[]; medicationDispenses: string[]; patientInstructions: string; dose: string; quantity: number }");
    assert.strictEqual(found["MedicationDispense.dosageInstruction"], "user.health_and_medical");
    assert.strictEqual(found["MedicationDispense.medicationDispenses"], "user.health_and_medical");
    assert.strictEqual(found["MedicationDispense.patientInstructions"], "user.health_and_medical");
    assert.strictEqual(found["MedicationDispense.dose"], "user.health_and_medical");
  });

  it("a layout's sizes by screen are breakpoints: its `mobile` is no phone number", () => {
    const found = scan("export interface GridTileDimension { mobile?: number; tablet?: number; large?: number }\nexport interface Contact { mobile: string; email: string }");
    assert.strictEqual(found["GridTileDimension.mobile"], undefined);
    assert.strictEqual(found["Contact.mobile"], "user.contact.phone_number");
  });

  it("an object of a prefix and a suffix alone is no name (a version filter's); with a first and a last it is", () => {
    const found = scan(
      "const releaseSchema = z.object({ name: z.string().optional(), versionFilter: z.object({ prefix: z.string().optional(), precision: z.number(), suffix: z.string().optional() }) });\n" +
        "export interface Patient { name: { prefix: string; first: string; last: string } }",
    );
    assert.strictEqual(found["releaseSchema.versionFilter"], undefined);
    assert.strictEqual(found["Patient.name"], "user.name");
  });

  it("a list of kinds of device is a catalogue; a tracked visit's device type is the visitor's", () => {
    const found = scan("export interface FacilityFormProps { deviceTypes: string[]; facilityName: string }\nexport interface Visit { deviceType: string; browser: string; ip: string }");
    assert.strictEqual(found["FacilityFormProps.deviceTypes"], undefined);
    assert.strictEqual(found["Visit.deviceType"], "user.device");
  });

  it("a bare `health` is a patient's on a person's record, a thing's on a container or an IP assignment", () => {
    const found = scan("export interface Patient { name: string; health: string; healthInformation: string; accountHealth: string }\nexport interface BeszelContainer { id: string; status: string; health: number; cpu: number }");
    assert.strictEqual(found["Patient.health"], "user.health_and_medical");
    assert.strictEqual(found["Patient.accountHealth"], undefined);
    assert.strictEqual(found["Patient.healthInformation"], "user.health_and_medical");
    assert.strictEqual(found["BeszelContainer.health"], undefined);
  });

  it("a city record's own country and coordinates are the city's, unless a person's record holds it", () => {
    const found = scan(
      "const citySchema = z.object({ id: z.number(), name: z.string(), country: z.string().optional(), latitude: z.number(), longitude: z.number() });\n" +
        "export interface User { name: string; email: string; city: { name: string; latitude: number } }",
    );
    assert.strictEqual(found["citySchema.country"], undefined);
    assert.strictEqual(found["citySchema.latitude"], undefined);
    assert.strictEqual(found["User.city.latitude"], "user.location.precise");
  });

  it("a name ending in `Field` names a field (a column, a form's field), it holds no data", () => {
    const found = scan("export interface CoordOpts { latField: string; longField: string; lat: number; long: number }\nexport interface Campaign { toField: string }");
    assert.strictEqual(found["CoordOpts.latField"], undefined);
    assert.strictEqual(found["CoordOpts.longField"], undefined);
    assert.strictEqual(found["Campaign.toField"], undefined);
  });
});
