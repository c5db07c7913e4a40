/**
 * Patterns from the 268th and later labelling rounds (session 19), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields as scanProject } from "./classify-helpers";

describe("classifier: after round 268", () => {
  it("a tuple's object elements are read like an array's (`aliases: [{ dateOfBirth }]`)", () => {
    const found = scan(
      "export default class PrisonerViewModel {\n  prisonName: string\n  aliases: [\n    { firstName: string; middleNames: string; dateOfBirth: string; gender: string; ethnicity: string },\n  ]\n}\n" +
        "type Listener = (...args: [event: { ip: string }, opts?: { email: string }]) => void;",
    );
    assert.strictEqual(found["PrisonerViewModel.aliases.dateOfBirth"], "user.demographic.date_of_birth");
    assert.strictEqual(found["PrisonerViewModel.aliases.gender"], "user.demographic.gender");
    assert.strictEqual(found["PrisonerViewModel.aliases.ethnicity"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["PrisonerViewModel.aliases.middleNames"], "user.name");
    assert.strictEqual(found["Listener.args.email"], "user.contact.email");
  });

  it("a record named for the pay it holds is an employee's pay, though no person's field is beside it", () => {
    const found = scan(
      "export interface Compensation { employee_id: string; net_pay?: number; gross_pay?: number; taxes?: number }\n" +
        "export interface Salary { net_pay?: number }\n" +
        "export interface Foo { net_pay?: number }\n" +
        "export interface CompanyCompensation { net_pay?: number }\n" +
        "export type UsageCheck = { checkUsageBalance: () => { availableBalance: number } };",
    );
    assert.strictEqual(found["Compensation.net_pay"], "user.financial");
    assert.strictEqual(found["Compensation.gross_pay"], "user.financial");
    assert.strictEqual(found["Salary.net_pay"], "user.financial");
    // Nothing names whose: still unreported. A company's pay is the company's. A meter's balance is not pay.
    assert.strictEqual(found["Foo.net_pay"], undefined);
    assert.strictEqual(found["CompanyCompensation.net_pay"], undefined);
    assert.strictEqual(found["UsageCheck.checkUsageBalance.availableBalance"], undefined);
  });

  it("an offence's particulars are criminal history, beside the court that heard it", () => {
    const found = scan(
      "export interface ConsecutiveToDetails {\n  countNumber?: string | null\n  offenceCode?: string | null\n  offenceDescription?: string | null\n" +
        "  courtCaseReference?: string | null\n  courtName?: string | null\n  warrantDate?: string | null\n  offenceStartDate?: string | null\n  offenceEndDate?: string | null\n}\n" +
        "export interface Court { courtName: string; postcode: string; phoneNumber: string }\n" +
        "export interface Settings { offenceTypes: string[]; maxUploadSize: number }",
    );
    assert.strictEqual(found["ConsecutiveToDetails.offenceDescription"], "user.criminal_history");
    assert.strictEqual(found["ConsecutiveToDetails.offenceStartDate"], "user.criminal_history");
    assert.strictEqual(found["ConsecutiveToDetails.offenceEndDate"], "user.criminal_history");
    // A court's own record stays the court's; a setting's list of offence types is configuration.
    assert.strictEqual(found["Court.phoneNumber"], undefined);
    assert.strictEqual(found["Court.postcode"], undefined);
    assert.strictEqual(found["Settings.offenceTypes"], undefined);
  });

  it("a list of a UI's choice items is the options offered, not a person's data", () => {
    const found = scan(
      "import type { SelectItem } from './ui'\n" +
        "export class OffenceHistoryData { offenceCodes: Array<SelectItem>; nationalities: SelectItem[]; emailAddresses: RadioItem[]; emails: string[]; gender: string }",
    );
    assert.strictEqual(found["OffenceHistoryData.offenceCodes"], undefined);
    assert.strictEqual(found["OffenceHistoryData.nationalities"], undefined);
    assert.strictEqual(found["OffenceHistoryData.emailAddresses"], undefined);
    assert.strictEqual(found["OffenceHistoryData.emails"], "user.contact.email");
    assert.strictEqual(found["OffenceHistoryData.gender"], "user.demographic.gender");
  });

  it("an element the view holds (Angular's viewChild, React's useRef of an input) is a UI node", () => {
    const found = scan(
      "export default class Register { login = viewChild.required<ElementRef>('login'); username = viewChild<ElementRef>('u');\n" +
        "  @ViewChild('email') emailInput2: ElementRef; phone = useRef<HTMLInputElement>(null); email: string; }",
    );
    assert.strictEqual(found["Register.login"], undefined);
    assert.strictEqual(found["Register.username"], undefined);
    assert.strictEqual(found["Register.emailInput2"], undefined);
    assert.strictEqual(found["Register.phone"], undefined);
    assert.strictEqual(found["Register.email"], "user.contact.email");
  });

  it("a class property set to a named constant holds the app's own list or address", () => {
    const found = scan(
      "import { LANGUAGES, SUPPORT_EMAIL } from './constants'\n" +
        "export class UserManagementUpdate { languages = LANGUAGES; supportEmail = SUPPORT_EMAIL; email = ''; language = this.user.langKey }",
    );
    assert.strictEqual(found["UserManagementUpdate.languages"], undefined);
    assert.strictEqual(found["UserManagementUpdate.supportEmail"], undefined);
    assert.strictEqual(found["UserManagementUpdate.email"], "user.contact.email");
  });

  it("a device's fixed position (a photo's GPS metadata) says where its holder was, not a postal address", () => {
    const found = scan(
      "export class PositionMetaDataEntity { country: string; state: string; city: string }\n" +
        "export class GPSMetadataEntity { latitude: number; longitude: number }\n" +
        "export interface Position { title: string; department: string }\n" +
        "export interface Customer { name: string; city: string; country: string }",
    );
    assert.strictEqual(found["PositionMetaDataEntity.city"], "user.location.imprecise");
    assert.strictEqual(found["PositionMetaDataEntity.country"], "user.location.imprecise");
    assert.strictEqual(found["GPSMetadataEntity.latitude"], "user.location.precise");
    assert.strictEqual(found["Customer.city"], "user.contact.address.city");
  });

  it("a record with an office's hours is a place's: its address is the office's", () => {
    const found = scan(
      "export class PublicNoticeCreateRequest { projectId: number; reviewAddress: string; reviewBusinessHours: string; receiveCommentsAddress: string; mailingAddress: string }\n" +
        "export class Contact { name: string; mailingAddress: string; officeHours: string }\n" +
        "export class Applicant { projectId: number; mailingAddress: string }",
    );
    assert.strictEqual(found["PublicNoticeCreateRequest.reviewAddress"], undefined);
    assert.strictEqual(found["PublicNoticeCreateRequest.mailingAddress"], undefined);
    // A person's record keeps its address whatever hours it lists.
    assert.strictEqual(found["Contact.mailingAddress"], "user.contact.address");
    assert.strictEqual(found["Applicant.mailingAddress"], "user.contact.address");
  });

  it("a form builder's resolvable string is a text: `personName: ResolvableString`", async () => {
    const found = await scanProject({
      "server/components/previousVersions.ts":
        "import { ResolvableString } from '@form-engine/types'\nexport interface PreviousVersions { personName: ResolvableString; areaName: ResolvableString }\n",
    });
    assert.strictEqual(found["PreviousVersions.personName"], "user.name");
    assert.strictEqual(found["PreviousVersions.areaName"], undefined);
  });

  it("drug and alcohol misuse, an assessment's health and wellbeing and offence history are a person's", () => {
    const found = scan(
      "export interface EntityAssessment { drugMisuse: AssessmentArea; alcoholMisuse?: string; healthAndWellbeing: AssessmentArea; accommodation: AssessmentArea }\n" +
        "export interface CaseDetails { sexuallyMotivatedOffenceHistory: 'YES' | 'NO'; crn: string }",
    );
    assert.strictEqual(found["EntityAssessment.drugMisuse"], "user.health_and_medical");
    assert.strictEqual(found["EntityAssessment.alcoholMisuse"], "user.health_and_medical");
    assert.strictEqual(found["EntityAssessment.healthAndWellbeing"], "user.health_and_medical");
    assert.strictEqual(found["EntityAssessment.accommodation"], undefined);
    assert.strictEqual(found["CaseDetails.sexuallyMotivatedOffenceHistory"], "user.criminal_history");
  });

  it("a form's copy about a name (helper text, a check's message) is UI text, not a name's part", () => {
    const found = scan(
      "export interface EnrolmentFormProps { unitNameHelperText: string; validFirstNameCheckFormatted: string; descriptionWithLastNameFirst: string }\n" +
        "export interface HumanName { text: string; given: string[]; family: string }\n" +
        "export interface Patient { name: HumanName[]; nameText: string }",
    );
    assert.strictEqual(found["EnrolmentFormProps.unitNameHelperText"], undefined);
    assert.strictEqual(found["EnrolmentFormProps.validFirstNameCheckFormatted"], undefined);
    assert.strictEqual(found["EnrolmentFormProps.descriptionWithLastNameFirst"], "user.name");
    assert.strictEqual(found["HumanName.text"], "user.name");
  });

  it("a picture's photographer, a filing's certifier and a record's creator are named people; a place's name is not", () => {
    const found = scan(
      "export interface EventImage { id: string; imageUrl: string; photographerName: string; imageAltText: string }\n" +
        "export interface EventForm { imagePhotographerName: string; startTime: string }\n" +
        "export interface CertifyIF { certifiedBy: string; valid: boolean }\n" +
        "export interface Invoice { total: number; createdName: string; updatedName: string }\n" +
        "export interface ExistingRecall { createdAtLocationName?: string; lastUpdatedAtPrisonName?: string }",
    );
    assert.strictEqual(found["EventImage.photographerName"], "user.name");
    assert.strictEqual(found["EventForm.imagePhotographerName"], "user.name");
    // The photographer is credited on the image: the image is not their picture.
    assert.strictEqual(found["EventImage.imageUrl"], undefined);
    assert.strictEqual(found["CertifyIF.certifiedBy"], "user.name");
    assert.strictEqual(found["Invoice.createdName"], "user.name");
    assert.strictEqual(found["Invoice.updatedName"], "user.name");
    assert.strictEqual(found["ExistingRecall.createdAtLocationName"], undefined);
    assert.strictEqual(found["ExistingRecall.lastUpdatedAtPrisonName"], undefined);
  });

  it("where an incident happened is the incident's, not a person's location", () => {
    const found = scan(
      "export interface CrimeMatchingResult { crimeLatitude: number; crimeLongitude: number; deviceWearerName: string }\n" +
        "export interface Fix { personId: string; latitude: number; longitude: number }",
    );
    assert.strictEqual(found["CrimeMatchingResult.crimeLatitude"], undefined);
    assert.strictEqual(found["CrimeMatchingResult.crimeLongitude"], undefined);
    assert.strictEqual(found["Fix.latitude"], "user.location.precise");
  });

  it("a place's geographic resolution is no device's screen", () => {
    const found = scan(
      "export type LocationDocument = { country: string; geoResolution: string; name: string; query?: string }\n" +
        "export interface VisitEvent { ip: string; userAgent: string; resolution: string; screenResolution: string }",
    );
    assert.strictEqual(found["LocationDocument.geoResolution"], undefined);
    assert.strictEqual(found["VisitEvent.screenResolution"], "user.device");
  });

  it("a vital sign's unit written after it is still the vital sign", () => {
    const found = scan(
      "export interface Vitals { bloodPressureSystolicMmhg: number; bloodPressureDiastolicMmhg: number; heartRateBpm: number }\n" +
        "export interface Product { weightKg: number; heightCm: number }",
    );
    assert.strictEqual(found["Vitals.bloodPressureSystolicMmhg"], "user.health_and_medical");
    assert.strictEqual(found["Vitals.heartRateBpm"], "user.health_and_medical");
    assert.strictEqual(found["Product.weightKg"], undefined);
  });

  it("a credit account with a supplier is no bank account", () => {
    const found = scan(
      "export class CreditAccount { creditAccountId: number; company: Company; creditAccountType: string; cfsPartyNumber?: number; creditAccountNumber: string }\n" +
        "export interface Payee { name: string; accountNumber: string; sortCode: string }",
    );
    assert.strictEqual(found["CreditAccount.creditAccountNumber"], undefined);
    assert.strictEqual(found["Payee.accountNumber"], "user.financial.bank_account");
  });

  it("a card's holder named for the card (Magento's cc_owner) is card data", () => {
    const found = scan("export interface OrderCreditCardPayment { payment_id: string; method: string; cc_owner: string; cc_exp_month: string }");
    assert.strictEqual(found["OrderCreditCardPayment.cc_owner"], "user.financial.credit_card");
    assert.strictEqual(found["OrderCreditCardPayment.cc_exp_month"], "user.financial.credit_card");
  });

  it("a pharmacy's name, phone and street are the pharmacy's", () => {
    const found = scan(
      "export interface DrugSearchResult { pharmacyName: string; pharmacyPhone: string; pharmacyStreet1: string; price: string }\n" +
        "export interface Pharmacy { npi: string; name: string; phoneNumber: string; address: string }\n" +
        "export interface Patient { name: string; phone: string }",
    );
    assert.strictEqual(found["DrugSearchResult.pharmacyName"], undefined);
    assert.strictEqual(found["DrugSearchResult.pharmacyPhone"], undefined);
    assert.strictEqual(found["Pharmacy.phoneNumber"], undefined);
    assert.strictEqual(found["Patient.name"], "user.name");
  });

  it("whether to include or omit a value in a response is a request's option", () => {
    const found = scan("function validate(opts: { ndc?: string; includeDrugImage?: string; omitEmail?: string; email?: string }) {}");
    assert.strictEqual(found["validate.opts.includeDrugImage"], undefined);
    assert.strictEqual(found["validate.opts.omitEmail"], undefined);
  });

  it("`next` allows a name only as next of kin: the next court's name is a court's", () => {
    const found = scan(
      "export interface OffenceData { nextCourtNames: string[]; offenceTitle: string }\n" +
        "export interface Prisoner { nextOfKinName: string; nokName: string; dateOfBirth: string }",
    );
    assert.strictEqual(found["OffenceData.nextCourtNames"], undefined);
    assert.strictEqual(found["Prisoner.nextOfKinName"], "user.name");
    assert.strictEqual(found["Prisoner.nokName"], "user.name");
  });

  it("a person's role in a name does not make a type about data hold data (a validator's or an audit card's labels)", () => {
    const found = scan(
      "type AddressError = { address?: string; postalCode?: string; city?: string };\n" +
        "export type ValidationErrors = { firstName?: string; lastName?: string; primaryAddress?: AddressError; email?: string; phone?: string;\n" +
        "  birthDate?: string; approverFirstName?: string; approverLastName?: string; approverEmail?: string; approverPhone?: string }\n" +
        "export interface Approver { approverEmail: string; approverName: string }",
    );
    assert.strictEqual(found["ValidationErrors.approverFirstName"], undefined);
    assert.strictEqual(found["ValidationErrors.approverEmail"], undefined);
    assert.strictEqual(found["Approver.approverEmail"], "user.contact.email");
  });
});
