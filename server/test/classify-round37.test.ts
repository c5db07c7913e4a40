/**
 * Patterns from the 37th and 38th labelling rounds (a COVID tracker, a public-health test reporter, payment SDKs with
 * Backbone-style models, a checkout), written as minimal code: each test fails on the code before its fix.
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

describe("classifier: after round 37", () => {
  it("a field typed by an alias of `string | null` holds a string", () => {
    const found = scan("type OptionalString = string | undefined | null;\ntype RequiredUserFields = { firstName?: OptionalString; lastName?: OptionalString };\ntype Email = (string | null);\nexport interface Invite { email: Email }");
    assert.strictEqual(found["RequiredUserFields.firstName"], "user.name.first");
    assert.strictEqual(found["RequiredUserFields.lastName"], "user.name.last");
    assert.strictEqual(found["Invite.email"], "user.contact.email");
  });

  it("a Backbone-style model's `defaults` are its attributes, also when added to its parent's", () => {
    const found = scan(
      "var Address = require('./Address');\n" +
        "var UserNatural = User.extend({\n  defaults: _.extend({}, User.prototype.defaults, { FirstName: null, Birthday: null, Nationality: null }),\n  initialize: function() {}\n});\n" +
        "var BankAddress = EntityBase.extend({ defaults: { AddressLine1: null, City: null, PostalCode: null } });\n" +
        "var Settings = Base.extend({ options: { defaults: { email: null } } });",
      "/src/models/UserNatural.js",
    );
    assert.strictEqual(found["UserNatural.FirstName"], "user.name.first");
    assert.strictEqual(found["UserNatural.Birthday"], "user.demographic.date_of_birth");
    assert.strictEqual(found["UserNatural.Nationality"], "user.demographic.nationality");
    assert.strictEqual(found["BankAddress.City"], "user.contact.address.city");
    assert.strictEqual(found["BankAddress.PostalCode"], "user.contact.address.postal_code");
    // Only the model's own `defaults`: deeper down, a `defaults` is still configuration.
    assert.strictEqual(found["Settings.options.defaults.email"], undefined);
  });

  it("a given and a family name make a record a person's, whatever its name says; a form's messages about them do not", () => {
    const found = scan(
      "export type FacilityFormData = {\n  facility: { name: string; phone: string; street: string };\n  orderingProvider: { firstName: string | null; lastName: string | null; street: string | null; phone: string | null };\n};\n" +
        "export interface PatientFieldErrors { firstName: string; lastName: string; phone: string }",
    );
    assert.strictEqual(found["FacilityFormData.orderingProvider.firstName"], "user.name.first");
    assert.strictEqual(found["FacilityFormData.orderingProvider.street"], "user.contact.address.street");
    assert.strictEqual(found["FacilityFormData.orderingProvider.phone"], "user.contact.phone_number");
    // The facility itself is a place: its phone and street are the business's.
    assert.strictEqual(found["FacilityFormData.facility.phone"], undefined);
    assert.strictEqual(found["FacilityFormData.facility.street"], undefined);
    assert.strictEqual(found["PatientFieldErrors.firstName"], undefined);
    assert.strictEqual(found["PatientFieldErrors.phone"], undefined);
  });

  it("a business's registered or legal name is its own, not where a person works; a proof of address is a document", () => {
    const found = scan("export interface OnboardingData { firstName?: string; lastName?: string; registeredBusinessName?: string; legalBusinessName?: string; companyName?: string; ProofOfAddress?: string; address?: string }");
    assert.strictEqual(found["OnboardingData.registeredBusinessName"], undefined);
    assert.strictEqual(found["OnboardingData.legalBusinessName"], undefined);
    assert.strictEqual(found["OnboardingData.companyName"], "user.contact.organization");
    assert.strictEqual(found["OnboardingData.ProofOfAddress"], undefined);
    assert.strictEqual(found["OnboardingData.address"], "user.contact.address");
  });

  it("a creditor's address is a business's; a checkout session's url is a payment page; a device's supported diseases are its catalogue", () => {
    const found = scan(
      "export interface CreditorUpdateRequest { address_line1?: string; city?: string; postal_code?: string }\n" +
        "export interface CustomerCreateRequest { address_line1?: string; city?: string; postal_code?: string; email?: string }\n" +
        "interface CreateCheckoutSessionResponse { id: string; url: string }\n" +
        "interface VisitSession { url: string; referrer: string }\n" +
        "type DiseaseInformationProps = { supportedDisease: string; values: SupportedDiseasesFormData[] }\n" +
        "interface Patient { diagnosis: string }",
    );
    assert.strictEqual(found["CreditorUpdateRequest.address_line1"], undefined);
    assert.strictEqual(found["CreditorUpdateRequest.city"], undefined);
    assert.strictEqual(found["CustomerCreateRequest.address_line1"], "user.contact.address.street");
    assert.strictEqual(found["CustomerCreateRequest.city"], "user.contact.address.city");
    assert.strictEqual(found["CreateCheckoutSessionResponse.url"], undefined);
    assert.strictEqual(found["VisitSession.url"], "user.behavior.browsing_history");
    assert.strictEqual(found["DiseaseInformationProps.supportedDisease"], undefined);
    assert.strictEqual(found["DiseaseInformationProps.values"], undefined);
    assert.strictEqual(found["Patient.diagnosis"], "user.health_and_medical");
  });

  it("a trait held as a record named for it is the trait; a record of a login is not a username", () => {
    const found = scan("type PatientDemographicsRequest = { names?: NameDemographicRequest[]; ethnicity?: EthnicityDemographicRequest; gender?: SexDemographicRequest; races?: RaceEntry[]; login?: LoginRecord };");
    assert.strictEqual(found["PatientDemographicsRequest.names"], "user.name");
    assert.strictEqual(found["PatientDemographicsRequest.ethnicity"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["PatientDemographicsRequest.gender"], "user.demographic.gender");
    assert.strictEqual(found["PatientDemographicsRequest.races"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["PatientDemographicsRequest.login"], undefined);
  });

  it("a record with a venue's or a court's name or opening hours is a place: its address, postcode and phone are its own", () => {
    const found = scan(
      "export interface RefDataLocation { court_name: string; venue_name: string; court_address: string; dx_address: string; postcode: string; phone_number: string; region: string }\n" +
        "export interface Branch { branch_name: string; opening_hours: string; postcode: string }\n" +
        "export interface Applicant { first_name: string; last_name: string; site_name: string; postcode: string; phone_number: string }\n" +
        "export interface CourtDateResults { resultDispositionCode: string; conviction: string }",
    );
    assert.strictEqual(found["RefDataLocation.court_address"], undefined);
    assert.strictEqual(found["RefDataLocation.dx_address"], undefined);
    assert.strictEqual(found["RefDataLocation.postcode"], undefined);
    assert.strictEqual(found["RefDataLocation.phone_number"], undefined);
    assert.strictEqual(found["Branch.postcode"], undefined);
    // A person's record that names a site is still a person's.
    assert.strictEqual(found["Applicant.postcode"], "user.contact.address.postal_code");
    assert.strictEqual(found["Applicant.phone_number"], "user.contact.phone_number");
    assert.strictEqual(found["CourtDateResults.conviction"], "user.criminal_history");
  });

  it("a record of one email sent (an email operation, an email log) holds its recipient's address", () => {
    const found = scan("export class EmailOp extends Model { recipient!: string; params!: object }\nexport interface EmailLog { recipient: string; status: string }\nexport interface Campaign { recipient: string }");
    assert.strictEqual(found["EmailOp.recipient"], "user.contact.email");
    assert.strictEqual(found["EmailLog.recipient"], "user.contact.email");
    assert.strictEqual(found["Campaign.recipient"], undefined);
  });

  it("an address's house number or name and its third line are street parts", () => {
    const found = scan("export class BulkAddress { city?: string; houseNumberOrName?: string; line1?: string; line2?: string; line3?: string; postalCode?: string }");
    assert.strictEqual(found["BulkAddress.houseNumberOrName"], "user.contact.address.street");
    assert.strictEqual(found["BulkAddress.line3"], "user.contact.address.street");
  });

  it("a card's track data, sequence number and expiry held as a number are card data; a SIM's IMSI is the device's", () => {
    const found = scan("export class SensitiveCardData { PAN?: number; CardSeqNumb?: number; ExpiryDate?: number; TrackData?: string }\nexport class SensitiveMobileData { MSISDN: string; IMSI?: string }\nexport interface AccessToken { token: string; expiryDate: number }");
    assert.strictEqual(found["SensitiveCardData.CardSeqNumb"], "user.financial.credit_card");
    assert.strictEqual(found["SensitiveCardData.ExpiryDate"], "user.financial.credit_card");
    assert.strictEqual(found["SensitiveCardData.TrackData"], "user.financial.credit_card");
    assert.strictEqual(found["SensitiveMobileData.IMSI"], "user.device.device_id");
    assert.strictEqual(found["AccessToken.expiryDate"], undefined);
  });

  it("a parent's name is a tree node's unless the record is a person's (a pupil's parent)", () => {
    const found = scan("interface TreeNode { parentName: string; id: string }\nclass TextBookTocPage { latestParentName: string }\ninterface Student { firstName: string; lastName: string; parentName: string; parentEmail: string }");
    assert.strictEqual(found["TreeNode.parentName"], undefined);
    assert.strictEqual(found["TextBookTocPage.latestParentName"], undefined);
    assert.strictEqual(found["Student.parentName"], "user.name");
    assert.strictEqual(found["Student.parentEmail"], "user.contact.email");
  });

  it("a person brought to a thing (`inviteUserToOrganization`) is the person; a ship-to address stays an address", () => {
    const found = scan("export const inviteUserToOrganization = async (requestData: { organizationId: string; email: string }) => {};\nexport interface UpdateOrganization { email: string }\ninterface ShipToAddress { street: string; city: string }");
    assert.strictEqual(found["inviteUserToOrganization.requestData.email"], "user.contact.email");
    assert.strictEqual(found["UpdateOrganization.email"], undefined);
    assert.strictEqual(found["ShipToAddress.street"], "user.contact.address.street");
  });

  it("names, birth dates, phones and addresses named in German, Spanish or Portuguese are found as in English", () => {
    const found = scan("interface Antrag { vorname: string; nachname: string; geburtsdatum: string; strasse: string; plz: string; telefon: string }\ninterface Cliente { nombre: string; apellido: string; fechaNacimiento: string; direccion: string; ciudad: string; telefono: string; sexo: string }\ninterface Sort { ort: number; calle: boolean }");
    assert.strictEqual(found["Antrag.vorname"], "user.name.first");
    assert.strictEqual(found["Antrag.nachname"], "user.name.last");
    assert.strictEqual(found["Antrag.geburtsdatum"], "user.demographic.date_of_birth");
    assert.strictEqual(found["Antrag.strasse"], "user.contact.address.street");
    assert.strictEqual(found["Antrag.telefon"], "user.contact.phone_number");
    assert.strictEqual(found["Cliente.apellido"], "user.name.last");
    assert.strictEqual(found["Cliente.fechaNacimiento"], "user.demographic.date_of_birth");
    assert.strictEqual(found["Cliente.direccion"], "user.contact.address");
    assert.strictEqual(found["Cliente.ciudad"], "user.contact.address.city");
    assert.strictEqual(found["Cliente.sexo"], "user.demographic.gender");
    assert.strictEqual(found["Sort.calle"], undefined);
  });

  it("a first and a last of text in a record are a name's parts, but not a list's page links; a party's and an account's common name are names", () => {
    const found = scan(
      "interface ArtistInput { birthday?: string; first?: string; middle?: string; last?: string; nationality?: string }\n" +
        "interface IndexResponse { links: { self: string; first: string; prev: string | null; next: string | null; last: string } }\n" +
        "interface PageArgs { first?: number; last?: number }\n" +
        "class UploadedDocumentRequest { caseId: string; partyName: string; thirdPartyName: string }\n" +
        "type F = { userAccount: { username: string; commonName: string } }",
    );
    assert.strictEqual(found["ArtistInput.first"], "user.name");
    assert.strictEqual(found["ArtistInput.last"], "user.name");
    assert.strictEqual(found["ArtistInput.middle"], "user.name");
    assert.strictEqual(found["IndexResponse.links.first"], undefined);
    assert.strictEqual(found["PageArgs.first"], undefined);
    assert.strictEqual(found["UploadedDocumentRequest.partyName"], "user.name");
    assert.strictEqual(found["UploadedDocumentRequest.thirdPartyName"], undefined);
    assert.strictEqual(found["F.userAccount.commonName"], "user.name");
  });

  it("a case's officer written as text is that officer's name; a main address is an address", () => {
    const found = scan("export type CrsReferral = { referringOfficer?: string; responsibleOfficer?: string; officerId?: string; complianceOfficer: boolean }\nexport type Accommodation = { provider?: string; mainAddress?: string }\ninterface SmtpConfig { officer: string }");
    assert.strictEqual(found["CrsReferral.referringOfficer"], "user.name");
    assert.strictEqual(found["CrsReferral.responsibleOfficer"], "user.name");
    assert.strictEqual(found["CrsReferral.officerId"], undefined);
    assert.strictEqual(found["CrsReferral.complianceOfficer"], undefined);
    assert.strictEqual(found["Accommodation.mainAddress"], "user.contact.address");
    assert.strictEqual(found["SmtpConfig.officer"], undefined);
  });

  it("a full name beside an email or a phone is a person's record, whatever holds it; a user-name schema is a person's", () => {
    const found = scan(
      "export type BookAProbationMeetingJourney = { prisonCode?: string; officer?: { fullName: string; email: string; telephone?: string } }\n" +
        "export const userNameSchema = z.object({ name: z.string().min(3).max(32) })\n" +
        "export const productNameSchema = z.object({ name: z.string() })",
    );
    assert.strictEqual(found["BookAProbationMeetingJourney.officer.fullName"], "user.name");
    assert.strictEqual(found["BookAProbationMeetingJourney.officer.email"], "user.contact.email");
    assert.strictEqual(found["BookAProbationMeetingJourney.officer.telephone"], "user.contact.phone_number");
    assert.strictEqual(found["userNameSchema.name"], "user.name");
    assert.strictEqual(found["productNameSchema.name"], undefined);
  });

  it("a merchant's, a vendor's or a supplier's address, email and phone are the business's", () => {
    const found = scan("export class AdditionalDataSubMerchant { subMerchant_subSeller_subSellerNr_city?: string; subMerchant_subSeller_subSellerNr_email?: string; merchantContactPhone?: string; vendorPostalCode?: string }\nexport class Customer { city?: string; email?: string; phone?: string }");
    assert.strictEqual(found["AdditionalDataSubMerchant.subMerchant_subSeller_subSellerNr_city"], undefined);
    assert.strictEqual(found["AdditionalDataSubMerchant.subMerchant_subSeller_subSellerNr_email"], undefined);
    assert.strictEqual(found["AdditionalDataSubMerchant.merchantContactPhone"], undefined);
    assert.strictEqual(found["AdditionalDataSubMerchant.vendorPostalCode"], undefined);
    assert.strictEqual(found["Customer.city"], "user.contact.address.city");
  });

  it("a place holder's image is no one's picture", () => {
    const found = scan("class PrisonerController { placeHolderImage: string; profileImage: string }");
    assert.strictEqual(found["PrisonerController.placeHolderImage"], undefined);
    assert.strictEqual(found["PrisonerController.profileImage"], "user.content.self_image");
  });

  it("a claimant's work address is the employer's; a predictor's own level and score are a criminal record; MyInfo's short names", () => {
    const found = scan(
      "interface CaseData { claimantWorkAddress: string; claimant_addressUK: string; homeAddress: string }\n" +
        "export default interface Ogrs { level: string; lastUpdatedOn: Date; score: number }\n" +
        "interface LoanRisk { level: string; score: number }\n" +
        "interface MyInfoPerson { mobileno: string; birthcertno: string; uinfin: string }",
    );
    assert.strictEqual(found["CaseData.claimantWorkAddress"], undefined);
    assert.strictEqual(found["CaseData.homeAddress"], "user.contact.address");
    assert.strictEqual(found["Ogrs.level"], "user.criminal_history");
    assert.strictEqual(found["Ogrs.score"], "user.criminal_history");
    assert.strictEqual(found["LoanRisk.level"], undefined);
    assert.strictEqual(found["LoanRisk.score"], undefined);
    assert.strictEqual(found["MyInfoPerson.mobileno"], "user.contact.phone_number");
    assert.strictEqual(found["MyInfoPerson.birthcertno"], "user.government_id.national_identification_number");
  });

  it("a record typed as a lab report is health data; a payroll tax declaration is the employee's", () => {
    const found = scan("interface Props { results: LabReport[]; report: LaboratoryReport; reports: Report[] }\nexport class TaxDeclaration { employeeID?: string; taxFileNumber?: string }\nexport class CompanySettings { taxNumber?: string }");
    assert.strictEqual(found["Props.results"], "user.health_and_medical");
    assert.strictEqual(found["Props.report"], "user.health_and_medical");
    assert.strictEqual(found["Props.reports"], undefined);
    assert.strictEqual(found["TaxDeclaration.taxFileNumber"], "user.government_id");
    assert.strictEqual(found["CompanySettings.taxNumber"], undefined);
  });

  it("a mentor's and a mentee's names and emails are theirs", () => {
    const found = scan("interface MentorshipRequested { name: 'mentorship-requested'; data: { menteeName: string; menteeEmail: string; mentorName: string; message: string } }");
    assert.strictEqual(found["MentorshipRequested.data.menteeName"], "user.name");
    assert.strictEqual(found["MentorshipRequested.data.mentorName"], "user.name");
    assert.strictEqual(found["MentorshipRequested.data.menteeEmail"], "user.contact.email");
    assert.strictEqual(found["MentorshipRequested.data.message"], undefined);
  });
});
