/**
 * Patterns from the 401st and later labelling rounds (session 21), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 401", () => {
  it("a unified API's coded value (`{ value, source_value }`) is the trait its field names", () => {
    const found = scan(
      'export enum GenderValue { Male = "male", Female = "female" }\n' +
        "export class Gender { sourceValue: string; value: GenderValue }\n" +
        "export class MaritalStatus { source_value: string; value: string }\n" +
        "export class Employment { sourceValue: string; value: string; startDate: string; manager: string }\n" +
        "export class Employee { firstName: string; gender: Gender; maritalStatus: MaritalStatus; employment: Employment }",
    );
    assert.strictEqual(found["Employee.gender"], "user.demographic.gender");
    assert.strictEqual(found["Employee.maritalStatus"], "user.demographic.marital_status");
    // A record with more in it than the value is a record, reported where its members are declared.
    assert.strictEqual(found["Employee.employment"], undefined);
  });

  it("an API's name after a record's noise word or before its direction says nothing of what the record is", () => {
    const found = scan(
      "export type BindByPhoneCodeInputApi = { key: string; code: string; phone: string; phoneCountryCode?: string };\n" +
        "export interface COESummaryAPIOutDTO { applicationNumber: string; fullName: string }\n" +
        "export interface PaymentApi { email: string }",
    );
    assert.strictEqual(found["BindByPhoneCodeInputApi.phone"], "user.contact.phone_number");
    assert.strictEqual(found["COESummaryAPIOutDTO.fullName"], "user.name");
    // An API alone is a client's settings, as before.
    assert.strictEqual(found["PaymentApi.email"], undefined);
  });

  it("a generated client's operation type starts with the HTTP method it is sent with (`PostDemographics…`)", () => {
    const found = scan(
      "export type PostDemographicsDemographics = { sourcedId: string; birthDate?: string | null; sex?: string | null; countryOfBirthCode?: string | null };\n" +
        "export interface BlogPost { title: string; name: string }\n" +
        "export interface PostDetails { name: string; slug: string }",
    );
    assert.strictEqual(found["PostDemographicsDemographics.sex"], "user.demographic.gender");
    assert.strictEqual(found["PostDemographicsDemographics.countryOfBirthCode"], "user.demographic.nationality");
    // A blog post's name is the post's.
    assert.strictEqual(found["BlogPost.name"], undefined);
    assert.strictEqual(found["PostDetails.name"], undefined);
  });

  it("one value or a list of them (`string | string[]`) is held as the value", () => {
    const found = scan(
      "export type PersonEnrichmentParams = Partial<{ birth_date: Array<string> | string; middle_name: string[] | string; email: Array<string> | string }>;",
    );
    assert.strictEqual(found["PersonEnrichmentParams.birth_date"], "user.demographic.date_of_birth");
    assert.strictEqual(found["PersonEnrichmentParams.middle_name"], "user.name");
    assert.strictEqual(found["PersonEnrichmentParams.email"], "user.contact.email");
  });

  it("a consultation's anamnesis and examination findings, and a reading's bounds, are health data", () => {
    const found = scan(
      "export class AppointmentResultMessage { id: string; anamnesis: string[]; medicalExaminationResult: string[]; physicalExamNote: string }\n" +
        "export interface VitalSigns { bloodPressureMax: number; heartRateAvg: number; o2Saturation: number; cardiovascularRisk: string }\n" +
        "export interface UploadStats { fileSizeMax: number; latencyAvg: number }",
    );
    for (const field of ["AppointmentResultMessage.anamnesis", "AppointmentResultMessage.medicalExaminationResult", "AppointmentResultMessage.physicalExamNote",
      "VitalSigns.bloodPressureMax", "VitalSigns.heartRateAvg", "VitalSigns.o2Saturation", "VitalSigns.cardiovascularRisk"]) {
      assert.strictEqual(found[field], "user.health_and_medical", field);
    }
    assert.strictEqual(found["UploadStats.fileSizeMax"], undefined);
    assert.strictEqual(found["UploadStats.latencyAvg"], undefined);
  });

  it("the language a person signed up in or set on their account is theirs; a site's is not", () => {
    const found = scan("export class User { id: string; email: string; signUpLanguage: string; accountLocale: string; siteLanguage: string }");
    assert.strictEqual(found["User.signUpLanguage"], "user.demographic.language");
    assert.strictEqual(found["User.accountLocale"], "user.demographic.language");
    assert.strictEqual(found["User.siteLanguage"], undefined);
  });

  it("German code's birth name, email address, employer, occupation, floor and address addition", () => {
    const found = scan(
      "export interface PersonData { vorname: string; familienname: string; geburtsname: string; mailadresse: string; arbeitgeber: string; beruf: string; strasse: string; hausnummer: string; stockwerk: string; adresszusatz: string; postleitzahl: string; ort: string }",
    );
    assert.strictEqual(found["PersonData.geburtsname"], "user.name");
    assert.strictEqual(found["PersonData.mailadresse"], "user.contact.email");
    assert.strictEqual(found["PersonData.arbeitgeber"], "user.contact.organization");
    assert.strictEqual(found["PersonData.beruf"], "user.job_title");
    assert.strictEqual(found["PersonData.stockwerk"], "user.contact.address.street");
    assert.strictEqual(found["PersonData.adresszusatz"], "user.contact.address.street");
  });

  it("a unit of a measure beside address parts is no flat (`AgeUnit`, `quantityUnit`)", () => {
    const found = scan(
      "export class PatientDetailsVM { FirstName: string; Address: string; City: string; Unit: string; AgeUnit: string }\n" +
        "export interface Agreement { street: string; city: string; quantityUnit: string; strengthUnit: string }",
    );
    assert.strictEqual(found["PatientDetailsVM.Unit"], "user.contact.address.street");
    assert.strictEqual(found["PatientDetailsVM.AgeUnit"], undefined);
    assert.strictEqual(found["Agreement.quantityUnit"], undefined);
    assert.strictEqual(found["Agreement.strengthUnit"], undefined);
  });

  it("a constructor's plain parameter typed by a type literal is its input, as a method's is", () => {
    const found = scan(
      "export class UserAuth {\n  readonly email?: string;\n" +
        "  constructor(input: { email?: string; displayName?: string; phoneNumber?: string }, private readonly users: UserService) {}\n}",
    );
    assert.strictEqual(found["UserAuth.constructor.input.email"], "user.contact.email");
    assert.strictEqual(found["UserAuth.constructor.input.displayName"], "user.name");
    assert.strictEqual(found["UserAuth.constructor.input.phoneNumber"], "user.contact.phone_number");
    assert.strictEqual(found["UserAuth.users"], undefined);
  });

  it("a thing's `{ name, aliases }` is no person's: an alias does not vouch for a name", () => {
    const found = scan(
      "export class Exit { public name: string; public aliases: string[]; public description: string }\n" +
        "export interface Profile { handle: string; displayName: string }",
    );
    assert.strictEqual(found["Exit.name"], undefined);
    assert.strictEqual(found["Exit.aliases"], undefined);
    // A display name beside a handle still is an account's profile.
    assert.strictEqual(found["Profile.displayName"], "user.name");
  });

  it("the campaign a person signed up through is theirs; a link's campaign tags are the link's", () => {
    const found = scan(
      "export class CreateUserRegistrationDto { firstName: string; email: string; utmSource?: string; utmMedium?: string }\n" +
        "export interface Link { url: string; domain: string; utm_source: string; utm_medium: string }",
    );
    assert.strictEqual(found["CreateUserRegistrationDto.utmSource"], "user.behavior.browsing_history");
    assert.strictEqual(found["CreateUserRegistrationDto.utmMedium"], "user.behavior.browsing_history");
    assert.strictEqual(found["Link.utm_source"], undefined);
  });

  it("a Fediverse account's still avatar and a Discord tag", () => {
    const found = scan("export interface Account { id: string; username: string; display_name: string; avatar_static: string; header_static: string; discordTag: string }");
    assert.strictEqual(found["Account.avatar_static"], "user.content.self_image");
    assert.strictEqual(found["Account.discordTag"], "user.account.username");
    // A profile's banner is no picture of the person.
    assert.strictEqual(found["Account.header_static"], undefined);
  });

  it("an animal's birth date and sex are its own; its owner's are a person's", () => {
    const found = scan(
      "export interface PetResponseModel { name: string; birthDate: string; gender: string }\n" +
        "export interface VisitResponseModel { ownerName: string; petBirthDate: string; petGender: string }\n" +
        "export interface PetOwner { firstName: string; birthDate: string }",
    );
    assert.strictEqual(found["PetResponseModel.birthDate"], undefined);
    assert.strictEqual(found["VisitResponseModel.petBirthDate"], undefined);
    assert.strictEqual(found["VisitResponseModel.petGender"], undefined);
    assert.strictEqual(found["VisitResponseModel.ownerName"], "user.name");
    assert.strictEqual(found["PetOwner.birthDate"], "user.demographic.date_of_birth");
  });

  it("who did something to a record is named as a person whatever the verb, and does not make the record theirs", () => {
    const found = scan("export interface Announcement { id: string; title: string; sent_by_name: string; sentByName: string; sentToEmail: string; sentEmail: boolean; sentCount: number }");
    assert.strictEqual(found["Announcement.sentToEmail"], "user.contact.email");
    assert.strictEqual(found["Announcement.sent_by_name"], "user.name");
    assert.strictEqual(found["Announcement.sentByName"], "user.name");
    // A flag or a count of what was sent is neither; an announcement's title is no job title beside its sender's name.
    assert.strictEqual(found["Announcement.sentEmail"], undefined);
    assert.strictEqual(found["Announcement.title"], undefined);
  });

  it("a bare licence number and the scans of an identity document on a person's record are government ids", () => {
    const found = scan(
      "export class SignupTransporterDto { firstName: string; lastName: string; licenseNumber: string; nationalIdDocumentKey: string; licenseDocumentUrl: string }\n" +
        "export interface SoftwareLicense { licenseNumber: string; seats: number }\n" +
        "export interface Project { name: string; woodlotLicenseNumber: string }",
    );
    assert.strictEqual(found["SignupTransporterDto.licenseNumber"], "user.government_id");
    assert.strictEqual(found["SignupTransporterDto.nationalIdDocumentKey"], "user.government_id.national_identification_number");
    assert.strictEqual(found["SignupTransporterDto.licenseDocumentUrl"], "user.government_id");
    assert.strictEqual(found["SoftwareLicense.licenseNumber"], undefined);
    assert.strictEqual(found["Project.woodlotLicenseNumber"], undefined);
  });

  it("a person's designation and current job are their job title; an item's designation is its label", () => {
    const found = scan(
      "export interface Mentor { name: string; email: string; designation: string[]; currentJob: string; receptionistName: string }\n" +
        "export interface Article { designation: string; prix: number }",
    );
    assert.strictEqual(found["Mentor.designation"], "user.job_title");
    assert.strictEqual(found["Mentor.currentJob"], "user.job_title");
    assert.strictEqual(found["Mentor.receptionistName"], "user.name");
    assert.strictEqual(found["Article.designation"], undefined);
  });

  it("the fields of a filter are what an operator searches by, even when a name in parts and a phone sit together", () => {
    const found = scan(
      "interface FilterModel { customerId: string; firstName: string; lastName: string; telephone: string }\n" +
        "interface FiltersEpisodeForm { identificationNumber: FormControl<string>; firstName: FormControl<string>; lastName: FormControl<string> }\n" +
        "interface Owner { firstName: string; lastName: string; telephone: string }",
    );
    assert.strictEqual(found["FilterModel.firstName"], undefined);
    assert.strictEqual(found["FilterModel.telephone"], undefined);
    assert.strictEqual(found["FiltersEpisodeForm.firstName"], undefined);
    assert.strictEqual(found["Owner.telephone"], "user.contact.phone_number");
  });

  it("a rule's own trailing words count in what its match explains: an SSN's last four is no card's", () => {
    const found = scan("export const ownerSchema = object({ name: string(), ssn_last4: string(), card_last4: string(), postal_code: string() });");
    assert.strictEqual(found["ownerSchema.ssn_last4"], "user.government_id.national_identification_number");
    assert.strictEqual(found["ownerSchema.card_last4"], "user.financial.credit_card");
  });

  it("a cancer patient's disease, stage, markers and performance scores are health data", () => {
    const found = scan("export interface PatientData { primaryCancerCondition: string; metastasis: string[]; ecogScore: number; karnofskyScore: number; biomarkers: string[]; cancerType: string; zipcode: string }");
    for (const field of ["primaryCancerCondition", "metastasis", "ecogScore", "karnofskyScore", "biomarkers", "cancerType"]) {
      assert.strictEqual(found[`PatientData.${field}`], "user.health_and_medical", field);
    }
  });

  it("who set off a notification is a person, and their name does not make the notification theirs", () => {
    const found = scan(
      "export interface AppNotification { title: string; initiatorName: string; initiatorUsername: string; initiatorAvatar: string }\n" +
        "export interface Card { url: string; title: string; author_name: string; image: string }",
    );
    assert.strictEqual(found["AppNotification.initiatorName"], "user.name");
    assert.strictEqual(found["AppNotification.initiatorAvatar"], "user.content.self_image");
    assert.strictEqual(found["AppNotification.title"], undefined);
    // A link preview's title and image are the page's, beside its author's name.
    assert.strictEqual(found["Card.title"], undefined);
    assert.strictEqual(found["Card.image"], undefined);
  });

  it("a family's health numbers and SINs kept as lists are government ids", () => {
    const found = scan("export interface FamilyMembers { phnList: string[]; sinList: string[]; label: string }");
    assert.strictEqual(found["FamilyMembers.phnList"], "user.government_id.national_identification_number");
    assert.strictEqual(found["FamilyMembers.sinList"], "user.government_id.national_identification_number");
  });

  it("a care establishment's and a workplace's address are theirs", () => {
    const found = scan(
      "export interface Establishment { name: string; address1: string; address2: string; postcode: string }\n" +
        "export interface Workplace { name: string; address: string; postcode: string }\n" +
        "export interface Worker { nameOrId: string; address1: string; postcode: string }",
    );
    assert.strictEqual(found["Establishment.address1"], undefined);
    assert.strictEqual(found["Establishment.postcode"], undefined);
    assert.strictEqual(found["Workplace.address"], undefined);
    assert.strictEqual(found["Worker.postcode"], "user.contact.address.postal_code");
  });

  it("the keys of a form's errors by field name the fields, they hold none (`IErrorFields`)", () => {
    const found = scan(
      "export interface IErrorFields { code: string; email: string; first_name: string; postal_code: string }\n" +
        "export interface IMessages { email: string; phone: string }\n" +
        "export interface ICustomer { email: string; first_name: string }",
    );
    assert.strictEqual(found["IErrorFields.email"], undefined);
    assert.strictEqual(found["IErrorFields.first_name"], undefined);
    assert.strictEqual(found["IMessages.email"], undefined);
    assert.strictEqual(found["ICustomer.email"], "user.contact.email");
  });

  it("what a list is filtered or sorted by, named after a field (`byEmail`), is no value of it", () => {
    const found = scan("export class UserMgmtComponent { byLogin: string; byEmail: string }\nexport interface Audit { createdByEmail: string }");
    assert.strictEqual(found["UserMgmtComponent.byLogin"], undefined);
    assert.strictEqual(found["UserMgmtComponent.byEmail"], undefined);
    assert.strictEqual(found["Audit.createdByEmail"], "user.contact.email");
  });

  it("a list of usernames on a thing is its members', as a list of addresses is who a thing is sent to", () => {
    const found = scan("export interface IRoom { id: string; name: string; usernames: string[]; username: string }");
    assert.strictEqual(found["IRoom.usernames"], "user.account.username");
    // A thing's own single username is its account's, not a person's.
    assert.strictEqual(found["IRoom.username"], undefined);
  });
});
