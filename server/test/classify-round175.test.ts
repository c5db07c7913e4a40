/**
 * Patterns from the 175th and later labelling rounds (session 17), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields as scanProject } from "./classify-helpers";

const HEALTH = "user.health_and_medical";

describe("classifier: after round 175", () => {
  it("a patient's medication or lab result: its particulars and its names are health data", () => {
    const found = scan(
      "export interface MedicationTimelineEntry { id: string; brandName: string; genericName: string; quantity: number; form: string; din: string;\n" +
        "  status: string; pharmacyName: string; prescriberName: string; patient: string; modified_date: string }\n" +
        "export interface LabResult { testName: string; value: number; unit: string; verification_status: string; loincCode: string }\n" +
        "export const formSchema = z.object({ medications: z.array(z.object({ id: z.string(), drug: z.string(), quantity: z.number(), frequencyPerDay: z.number() })) });",
    );
    for (const field of ["brandName", "genericName", "quantity", "form", "din"]) assert.strictEqual(found[`MedicationTimelineEntry.${field}`], HEALTH, field);
    assert.strictEqual(found["LabResult.testName"], HEALTH);
    assert.strictEqual(found["LabResult.value"], HEALTH);
    const drug = Object.keys(found).find((k) => k.endsWith(".drug"));
    assert.ok(drug && found[drug] === HEALTH, JSON.stringify(found));
    assert.ok(Object.keys(found).some((k) => k.endsWith(".frequencyPerDay") && found[k] === HEALTH), JSON.stringify(found));
    // Its bookkeeping, units, codes and status, and the people and places it names, are not its particulars.
    for (const key of ["MedicationTimelineEntry.status", "MedicationTimelineEntry.patient", "MedicationTimelineEntry.modified_date", "LabResult.unit", "LabResult.verification_status", "LabResult.loincCode"]) {
      assert.strictEqual(found[key], undefined, key);
    }
    assert.notStrictEqual(found["MedicationTimelineEntry.pharmacyName"], HEALTH);
    assert.notStrictEqual(found["MedicationTimelineEntry.prescriberName"], HEALTH);
  });

  it("a catalogue of medications or a settings record about them holds no patient's particulars", () => {
    const found = scan(
      "export interface MedicationType { name: string; quantity: number; form: string }\n" +
        "export interface MedicationReminderSettings { quantity: number; value: number }",
    );
    assert.deepStrictEqual(found, {});
  });

  it("a record with a company-only registration number is a business's: its address and legal name are not a person's", () => {
    const found = scan("export interface Operator { legal_name: string; cnpj: string; address: string; phone: string }\n" +
      // (A sole trader's record keeps its person: France's SIRET does not make a business.)
      "export interface Mandataire { siret: string; telephone: string; email: string }");
    assert.strictEqual(found["Operator.legal_name"], undefined);
    assert.strictEqual(found["Operator.address"], undefined);
    assert.strictEqual(found["Mandataire.telephone"], "user.contact.phone_number");
  });

  it("an age bracket is a person's also on a check-in, and so is whether they are over an age; a version's minor is not", () => {
    const found = scan(
      "interface CheckIn { sex: string; ageRange: string; location: string; ok: boolean }\n" +
        "export interface IdentityInterface { phone?: string; over_18?: boolean | null; isUnder16?: boolean }\n" +
        "export interface Semver { major: number; minor: number }\nexport interface Movie { title: string; adult: boolean }",
    );
    assert.strictEqual(found["CheckIn.ageRange"], "user.demographic.age_range");
    assert.strictEqual(found["IdentityInterface.over_18"], "user.demographic.age_range");
    assert.strictEqual(found["IdentityInterface.isUnder16"], "user.demographic.age_range");
    assert.strictEqual(found["Semver.minor"], undefined);
    assert.strictEqual(found["Movie.adult"], undefined);
  });

  it("a phone number without its last digits is still the phone number", () => {
    const found = scan("export interface Carpool { driver_phone_trunc: string; passenger_phone_truncated: string; phone_hash: string }");
    assert.strictEqual(found["Carpool.driver_phone_trunc"], "user.contact.phone_number");
    assert.strictEqual(found["Carpool.passenger_phone_truncated"], "user.contact.phone_number");
    assert.strictEqual(found["Carpool.phone_hash"], undefined);
  });

  it("a form's default email is the value its field starts with; a mailer's default email is its configuration", () => {
    const found = scan(
      "type Props = { defaultEmail?: string | null; disabled?: boolean }\n" +
        "interface InviteModalProps { onSubmit: (email: string) => void; defaultEmail?: string; defaultTenantId?: string }\n" +
        "export interface MailerConfig { defaultEmail: string; defaultPhone: string }",
      "/src/FieldsForm.tsx",
    );
    assert.strictEqual(found["Props.defaultEmail"], "user.contact.email");
    assert.strictEqual(found["InviteModalProps.defaultEmail"], "user.contact.email");
    assert.strictEqual(found["MailerConfig.defaultEmail"], undefined);
    assert.strictEqual(found["MailerConfig.defaultPhone"], undefined);
  });

  it("a listing's or a mission's address is its own, and a search's coordinates are where to look", () => {
    const found = scan(
      "export interface ListingLocation { city?: string; address?: string }\n" +
        "export interface AnnonceDeLogementLocalisation { ville?: string; adresse?: string; pays?: string }\n" +
        "export interface MissionResponse { city?: string; description: string }\n" +
        "export interface SearchParams { lat: number; lng: number; city: string }\n" +
        "export interface Resident { name: string; city: string; address: string }",
    );
    for (const key of ["ListingLocation.city", "ListingLocation.address", "AnnonceDeLogementLocalisation.ville", "AnnonceDeLogementLocalisation.adresse", "MissionResponse.city", "SearchParams.lat", "SearchParams.city"]) {
      assert.strictEqual(found[key], undefined, key);
    }
    assert.ok(found["Resident.address"]?.startsWith("user.contact.address"));
  });

  it("a field typed by an imported module's State is not the file's own State, and a text control's state holds its text", async () => {
    const found = await scanProject({
      "src/proposal/form.tsx":
        'import * as ShortText from "../controls/short-text";\n' +
        "export interface State { legalName: Immutable<ShortText.State>; email: Immutable<ShortText.State>; city: Immutable<ShortText.State>; showHelp: boolean }",
      "src/controls/short-text.tsx": "export interface State { value: string; errors: string[]; touched: boolean }",
    });
    assert.strictEqual(found["State.legalName"], "user.name");
    assert.strictEqual(found["State.email"], "user.contact.email");
    // (The same when the control's module is not in the project: its state holds the text typed in.)
    const alone = scan('import * as ShortText from "./short-text";\nexport interface State { legalName: Immutable<ShortText.State>; street: Immutable<ShortText.State>; city: Immutable<ShortText.State> }', "/src/form.tsx");
    assert.strictEqual(alone["State.legalName"], "user.name");
    assert.ok(alone["State.city"]?.startsWith("user.contact.address"), JSON.stringify(alone));
  });

  it("a patient's care provider, prescriber and practitioner are people; an app's provider is a service", () => {
    const found = scan(
      "export interface FHIRAppointment { providerNames: string[]; comment: string; patientInstruction: string }\n" +
        "export const patientFormSchema = z.object({ providerName: z.string(), dateOfBirth: z.date() });\n" +
        "export interface HealthVisitTimelineEntry { practitionerName: string; clinicName: string }\n" +
        "export interface SpecialAuthorityRequestTimelineEntry { prescriberName: string }\n" +
        "export interface ProviderButtonProps { providerName: string; onClick: () => void }\n" +
        "export const patientSchema = z.object({ dataSources: z.array(z.object({ providerName: z.string(), state: z.string() })) });",
    );
    assert.strictEqual(found["FHIRAppointment.providerNames"], "user.name");
    assert.strictEqual(found["patientFormSchema.providerName"], "user.name");
    assert.strictEqual(found["HealthVisitTimelineEntry.practitionerName"], "user.name");
    assert.strictEqual(found["SpecialAuthorityRequestTimelineEntry.prescriberName"], "user.name");
    assert.strictEqual(found["ProviderButtonProps.providerName"], undefined);
    assert.strictEqual(found["patientSchema.dataSources.providerName"], undefined);
  });

  it("a page's meta tags are the page's: its title is a heading and its author the site's publisher", () => {
    const found = scan(
      "interface Data { title: string; desc: string; author: string; keywords: string; creator: string }\n" +
        "interface Post { title: string; body: string; authorName: string; tags: string[] }",
    );
    assert.strictEqual(found["Data.title"], undefined);
    assert.strictEqual(found["Data.author"], undefined);
    assert.strictEqual(found["Post.authorName"], "user.name");
  });

  it("a field typed by a form's or a declared change's state holds the value, not an enum's member", () => {
    const found = scan("export interface RenewalState { phoneNumber: ApplicationPhoneNumberDeclaredChangeState; mobile: PhoneFieldState; state: OrderState }");
    assert.strictEqual(found["RenewalState.phoneNumber"], "user.contact.phone_number");
    assert.strictEqual(found["RenewalState.mobile"], "user.contact.phone_number");
    assert.strictEqual(found["RenewalState.state"], undefined);
  });

  it("names at birth or used before, a code's display name, and when a person became a citizen keep their category", () => {
    const found = scan(
      "export interface Applicant { firstNamePreviouslyUsed: string; lastNameAtBirth: string; genderName: string; preferredLanguageName: string;\n" +
        "  citizenshipDate: string; citizenshipDateYear: string; currentStatusInCanada: string; immigrationStatus: string }",
    );
    assert.strictEqual(found["Applicant.firstNamePreviouslyUsed"], "user.name.first");
    assert.strictEqual(found["Applicant.lastNameAtBirth"], "user.name.last");
    assert.strictEqual(found["Applicant.genderName"], "user.demographic.gender");
    assert.strictEqual(found["Applicant.preferredLanguageName"], "user.demographic.language");
    for (const field of ["citizenshipDate", "citizenshipDateYear", "currentStatusInCanada", "immigrationStatus"]) {
      assert.strictEqual(found[`Applicant.${field}`], "user.demographic.nationality", field);
    }
  });

  it("the language a person's letters are written in, also as a lookup's id", () => {
    const found = scan("export interface ProfilePutModel { firstName?: string; languageOfCorrespondenceId?: number; preferredLanguageId?: number; pageSize?: number }");
    assert.strictEqual(found["ProfilePutModel.languageOfCorrespondenceId"], "user.demographic.language");
    assert.strictEqual(found["ProfilePutModel.preferredLanguageId"], "user.demographic.language");
  });

  it("a person's mood is health data, a push notification token names their device, and a geocoder's results are places", () => {
    const found = scan(
      "export interface OnboardingCheckIn { mood: number; selectedMoods: string[]; patientState: string }\n" +
        "export interface UpdateUser { pushNotifToken: string; newPushNotifToken: string }\n" +
        "export interface IGeocoder { fullAddress: string; address1: string; latitude: number; longitude: number }",
    );
    assert.strictEqual(found["OnboardingCheckIn.mood"], HEALTH);
    assert.strictEqual(found["OnboardingCheckIn.selectedMoods"], HEALTH);
    assert.strictEqual(found["OnboardingCheckIn.patientState"], HEALTH);
    assert.strictEqual(found["UpdateUser.pushNotifToken"], "user.device.device_id");
    assert.strictEqual(found["UpdateUser.newPushNotifToken"], "user.device.device_id");
    for (const field of ["fullAddress", "address1", "latitude", "longitude"]) assert.strictEqual(found[`IGeocoder.${field}`], undefined, field);
  });

  it("a person's total income and the deductions from it are financial data; a count's total is not", () => {
    const found = scan(
      "export interface Eligibility { childDeduction: number; disabilityDeduction: number; totalDeductions: number; totalNetIncome: number }\n" +
        "export interface Stats { totalUsers: number; totalIncome: number }",
    );
    for (const field of ["childDeduction", "disabilityDeduction", "totalDeductions", "totalNetIncome"]) assert.strictEqual(found[`Eligibility.${field}`], "user.financial", field);
    assert.strictEqual(found["Stats.totalUsers"], undefined);
    assert.strictEqual(found["Stats.totalIncome"], undefined);
  });

  it("French code names a value before whose it is: a guardian's surname, email and phone", () => {
    const found = scan(
      "export interface Enfant { nomRepresentant1: string; prenomRepresentant1: string; mailRepresentant1: string; telRepresentant2: string;\n" +
        "  adresse_du_tuteur: string; nomStructure: string; emailContact: string }",
    );
    assert.strictEqual(found["Enfant.nomRepresentant1"], "user.name");
    assert.strictEqual(found["Enfant.prenomRepresentant1"], "user.name.first");
    assert.strictEqual(found["Enfant.mailRepresentant1"], "user.contact.email");
    assert.strictEqual(found["Enfant.telRepresentant2"], "user.contact.phone_number");
    assert.ok(found["Enfant.adresse_du_tuteur"]?.startsWith("user.contact.address"), JSON.stringify(found));
    assert.strictEqual(found["Enfant.nomStructure"], undefined);
  });

  it("a case's assignee and a dispute's parties are people; an address's details are the address; a confirmed email is the email", () => {
    const found = scan(
      "export interface JJDispute { jjAssignedToName: string; occamDisputantName: string; ticketNumber: string }\n" +
        "export interface RegistrationForm { firstName: string; mailingAddressDetails: RegAddress; confirmEmail: string; confirmationEmailTemplate: string }",
    );
    assert.strictEqual(found["JJDispute.jjAssignedToName"], "user.name");
    assert.strictEqual(found["JJDispute.occamDisputantName"], "user.name");
    assert.strictEqual(found["RegistrationForm.mailingAddressDetails"], "user.contact.address");
    assert.strictEqual(found["RegistrationForm.confirmEmail"], "user.contact.email");
    assert.strictEqual(found["RegistrationForm.confirmationEmailTemplate"], undefined);
  });

  it("a front end's data service named for a person holds that person's data; a department or a mailer holds its own", () => {
    const found = scan(
      "export class ProfileDataService { private primaryAddressDetail: RegAddress; private email: string; constructor(private http: HttpClient) {} }\n" +
        "export class MailService { supportPhone: string; supportEmail: string; send(to: string) {} }\n" +
        "export interface CustomerServiceDesk { phone: string; email: string }\nexport interface CallEmergencyServices { phoneNumber: string }",
    );
    assert.strictEqual(found["ProfileDataService.primaryAddressDetail"], "user.contact.address");
    assert.strictEqual(found["ProfileDataService.email"], "user.contact.email");
    for (const key of ["MailService.supportPhone", "MailService.supportEmail", "CustomerServiceDesk.phone", "CustomerServiceDesk.email", "CallEmergencyServices.phoneNumber"]) {
      assert.strictEqual(found[key], undefined, key);
    }
  });

  it("a person's initials beside their other data, or on their avatar, are their name's; a company's are not reported", () => {
    const found = scan(
      "export interface HouseholdMember { firstName: string; lastName: string; initials: string; dateOfBirth: string }\n" +
        "export interface Avatar { initials: string; color: string; size: number }\nexport interface Company { name: string; initials: string }",
    );
    assert.strictEqual(found["HouseholdMember.initials"], "user.name");
    assert.strictEqual(found["Avatar.initials"], "user.name");
    assert.strictEqual(found["Company.initials"], undefined);
  });

  it("a help desk's email and phone are its own", () => {
    const found = scan("export class HcimAccountTransferPage { healthNetBcHelpDeskEmail: string; healthNetBcHelpDeskPhone: string; serviceDeskEmail: string; userEmail: string }");
    assert.strictEqual(found["HcimAccountTransferPage.healthNetBcHelpDeskEmail"], undefined);
    assert.strictEqual(found["HcimAccountTransferPage.healthNetBcHelpDeskPhone"], undefined);
    assert.strictEqual(found["HcimAccountTransferPage.serviceDeskEmail"], undefined);
    assert.strictEqual(found["HcimAccountTransferPage.userEmail"], "user.contact.email");
  });

  it("an employee's own average income is theirs; a region's statistics and a job posting's range are not", () => {
    const found = scan(
      "@Entity(\"employee\") export class Employee { @Column() firstName: string; @Column() averageIncome?: number; @Column() averageBonus?: number }\n" +
        "export interface RegionStats { region: string; averageIncome: number; population: number }\n" +
        "export interface JobPosting { title: string; averageSalary: number; maxSalary: number }",
    );
    assert.strictEqual(found["Employee.averageIncome"], "user.financial");
    assert.strictEqual(found["Employee.averageBonus"], "user.financial");
    assert.strictEqual(found["RegionStats.averageIncome"], undefined);
    assert.strictEqual(found["JobPosting.averageSalary"], undefined);
    assert.strictEqual(found["JobPosting.maxSalary"], undefined);
  });

  it("a symptom's score is a health reading; a game's score is not", () => {
    const found = scan(
      "export interface SymptomScore { overallScore: number; dizzinessScore: number; questionnaireResponseId?: string }\n" +
        "export interface GameScore { points: number; score: number }",
    );
    assert.strictEqual(found["SymptomScore.overallScore"], HEALTH);
    assert.strictEqual(found["SymptomScore.dizzinessScore"], HEALTH);
    assert.strictEqual(found["SymptomScore.questionnaireResponseId"], undefined);
    assert.strictEqual(found["GameScore.score"], undefined);
  });

  it("the free text, result and reason of a record that names its patient are health data; a patient's payment notes are not", () => {
    const found = scan(
      "export interface Incident { id: string; reportedBy: string; description: string; status: string; patient?: string }\n" +
        "export interface Lab { id: string; code: string; result?: string; notes?: string[]; patient: string }\n" +
        "export interface Appointment { id: string; patientId: string; reason: string }\n" +
        "export interface PatientPayment { patientId: string; amount: number; notes: string }\nexport interface Task { description: string; notes: string }",
    );
    assert.strictEqual(found["Incident.description"], HEALTH);
    assert.strictEqual(found["Lab.result"], HEALTH);
    assert.strictEqual(found["Lab.notes"], HEALTH);
    assert.strictEqual(found["Appointment.reason"], HEALTH);
    assert.strictEqual(found["Incident.status"], undefined);
    assert.strictEqual(found["PatientPayment.notes"], undefined);
    assert.strictEqual(found["Task.description"], undefined);
  });
});
