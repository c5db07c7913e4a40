/**
 * Patterns from the 666th and later labelling rounds (session 29), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 666", () => {
  it("a constant's number, a tab's number and an eligibility flag are no phone or photo", () => {
    const found = scan(
      "class PractitionerStore { DEFAULT_PHONE = 5412345678; phone = 0; mobileNumber: string;\n" +
        "  get mobileTabNumber() { return 1 }\n" +
        "  get eligibleForRedoPhoto() { return false } }",
    );
    assert.deepStrictEqual(found, {
      "PractitionerStore.phone": "user.contact.phone_number",
      "PractitionerStore.mobileNumber": "user.contact.phone_number",
    });
  });

  it("a class field set to a default image holds the person's picture once it loads, not a constant", () => {
    const found = scan("export class HwProfileComponent { profilePicUrl: any = 'assets/svgs/user.svg'; title = 'Profile' }");
    assert.deepStrictEqual(found, { "HwProfileComponent.profilePicUrl": "user.content.self_image" });
    // Guard: a text of its own is still a constant (a heading, a link's label).
    const guards = scan("export class ProfileComponent { profilePicUrl: any = 'Profile picture'; emailLabel = 'Email' }");
    assert.deepStrictEqual(guards, {});
  });

  it("a group's child or parent company is no workplace; Norwegian code's employer's name is", () => {
    const found = scan(
      "export class CompanyModel { name?: string; nonReportingChildCompanies?: CompanyModel[]; parentCompany?: string }\n" +
        "export interface ArbeidstakerState { navnPåArbeidsgiver: string; fnr: string; fornavn: string }",
    );
    assert.strictEqual(found["CompanyModel.nonReportingChildCompanies"], undefined);
    assert.strictEqual(found["ArbeidstakerState.navnPåArbeidsgiver"], "user.contact.organization");
    // Guard: a person's company is still where they work.
    const guards = scan("export interface Contact { firstName: string; email: string; company: string }");
    assert.strictEqual(guards["Contact.company"], "user.contact.organization");
  });

  it("a URN-coded value, a principal name, an IC number and statutory pay contributions are the person's", () => {
    const found = scan(
      "export interface Person { genderUrn: string; countryUrn: string; preferredLanguageUrn: string; eduPersonPrincipalName: string; kutsumanimi: string }\n" +
        "export interface StatutoryRow { employee_name: string; ic_number: string | null; epf_employee: number; socso_employer: number }",
    );
    assert.strictEqual(found["Person.genderUrn"], "user.demographic.gender");
    assert.strictEqual(found["Person.countryUrn"], "user.contact.address.country");
    assert.strictEqual(found["Person.preferredLanguageUrn"], "user.demographic.language");
    assert.strictEqual(found["Person.eduPersonPrincipalName"], "user.account.username");
    assert.strictEqual(found["Person.kutsumanimi"], "user.name");
    assert.strictEqual(found["StatutoryRow.ic_number"], "user.government_id.national_identification_number");
    assert.strictEqual(found["StatutoryRow.epf_employee"], "user.financial");
    assert.strictEqual(found["StatutoryRow.socso_employer"], "user.financial");
    // Guard: a tool's or a client's call name is no one's name.
    const guards = scan("export interface Observation { toolCallNames: string[]; clientCallName: string }");
    assert.deepStrictEqual(guards, {});
  });

  it("a list query's name and email beside its page and limit are what an admin searches by", () => {
    const found = scan(
      "export const FilterOwnersQuerySchema = z.object({ name: z.string().optional(), email: z.string().optional(), limit: z.number().optional(), page: z.number().optional() });",
    );
    assert.deepStrictEqual(found, {});
    // Guard: a tracked page view's `page` is the page visited, with its visitor's data.
    const guards = scan("export interface PageView { page: string; referrer: string; ip: string; userAgent: string }");
    assert.strictEqual(guards["PageView.ip"], "user.device.ip_address");
  });

  it("a patient's `pic` is their picture; real estate is a place", () => {
    const found = scan(
      "export interface Conversation { patientName: string; patientPic: string }\n" +
        "export interface RealEstate { name: string; street_address: string; postal_code: string }",
    );
    assert.strictEqual(found["Conversation.patientPic"], "user.content.self_image");
    assert.strictEqual(found["RealEstate.street_address"], undefined);
    assert.strictEqual(found["RealEstate.postal_code"], undefined);
  });

  it("a patient's visit holds their diagnoses; a terminology's concept id is no finding", () => {
    const found = scan(
      "export interface VisitSummary { existingDiagnosis: string[]; medicines: string[]; conceptDiagnosis: string; startDatetime: string }",
    );
    assert.deepStrictEqual(found, {
      "VisitSummary.existingDiagnosis": "user.health_and_medical",
      "VisitSummary.medicines": "user.health_and_medical",
    });
    // Guard: a website visit's fields are still a visit's (its page, its browser), not health.
    const guards = scan("export interface Visit { page: string; browser: string; healthCheck: string }");
    assert.strictEqual(guards["Visit.healthCheck"], undefined);
  });

  it("a selfie is the person's picture on whatever record holds it; its help text is not", () => {
    const found = scan(
      "export type ImageValue = Blob | string | null | undefined;\n" +
        "export interface DocumentsAndSelfieStepValue { front: ImageValue; selfie: ImageValue; selfieImageUrl: string; showSelfieHelp: boolean; selfieHelpText: string }",
    );
    assert.deepStrictEqual(found, {
      "DocumentsAndSelfieStepValue.selfie": "user.content.self_image",
      "DocumentsAndSelfieStepValue.selfieImageUrl": "user.content.self_image",
    });
  });

  it("an offender's or a victim's name is theirs; a provider's first name is a person's", () => {
    const found = scan(
      "export interface Breadcrumb { offenderName: string; victimName: string; id: number }\n" +
        "export const sampleOrder = yup.object().shape({ labNo: yup.string(), providerFirstName: yup.string(), providerLastName: yup.string() });",
    );
    assert.strictEqual(found["Breadcrumb.offenderName"], "user.name");
    assert.strictEqual(found["Breadcrumb.victimName"], "user.name");
    assert.strictEqual(found["sampleOrder.providerFirstName"], "user.name.first");
    assert.strictEqual(found["sampleOrder.providerLastName"], "user.name.last");
    // Guard: a provider's own settings are configuration.
    const guards = scan("export interface ProviderConfig { firstName: string; apiKey: string }");
    assert.deepStrictEqual(guards, {});
  });

  it("a person's place of work, small picture and birth date formatted for display are theirs", () => {
    const found = scan(
      "const personSchema = new Schema({ name: String, email: String, imgUrlSm: String, placeOfWork: String, birthDateForDisplay: String });",
    );
    assert.strictEqual(found["personSchema.imgUrlSm"], "user.content.self_image");
    assert.strictEqual(found["personSchema.placeOfWork"], "user.contact.organization");
    assert.strictEqual(found["personSchema.birthDateForDisplay"], "user.demographic.date_of_birth");
  });

  it("a key of a fixed list (`keyof typeof Gender`) is a value of that list: a person's gender", () => {
    const found = scan(
      "export const Gender = { male: 'Mann', female: 'Kvinne' } as const;\n" +
        "interface User { username: string; gender: keyof typeof Gender }\n" +
        "const ICONS = { search: 1 };\nexport type SidebarNavChild = { name: string; href: string; icon: keyof typeof ICONS }",
    );
    assert.deepStrictEqual(found, { "User.username": "user.account.username", "User.gender": "user.demographic.gender" });
  });

  it("German code's tax id, marriage and address supplement are the person's", () => {
    const found = scan(
      "export interface EigentuemerVerheiratetFields { areVerheiratet: 'true' | 'false' }\n" +
        "export interface Eigentuemer { vorname: string; steuerId: string; addressSupplement: string }",
    );
    assert.strictEqual(found["EigentuemerVerheiratetFields.areVerheiratet"], "user.demographic.marital_status");
    assert.strictEqual(found["Eigentuemer.steuerId"], "user.government_id");
    assert.strictEqual(found["Eigentuemer.addressSupplement"], "user.contact.address.street");
  });

  it("a call's options that name a person by role look that person up; a venue's or a business's profile is its own", () => {
    const found = scan(
      "export interface FindPostsOptions { authorEmail?: string; authorName?: string; limit?: number }\n" +
        "export interface ResolveBreadcrumbOptions { offenderName: string; crn: string }\n" +
        "export interface PublishableVenueProfile { name: string; address: string; city: string; publicEmail: string }",
    );
    assert.deepStrictEqual(found, {
      "FindPostsOptions.authorEmail": "user.contact.email",
      "FindPostsOptions.authorName": "user.name",
      "ResolveBreadcrumbOptions.offenderName": "user.name",
    });
    // Guards: a mailer's settings are the system's; a person's profile is the person's.
    const guards = scan(
      "export interface SmtpOptions { senderEmail: string; username: string }\n" +
        "export interface PatientProfile { name: string; email: string }",
    );
    assert.deepStrictEqual(guards, { "PatientProfile.name": "user.name", "PatientProfile.email": "user.contact.email" });
  });
});
