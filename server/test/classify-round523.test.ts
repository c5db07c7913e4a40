/**
 * Patterns from the 523rd and later labelling rounds (session 24), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 523", () => {
  it("an expiry beside a passport's number is the document's; beside a card's, the card's; alone, nothing", () => {
    const found = scan(
      "interface Inputs { passportNumber: string; dateOfBirth: string; dateOfExpiry: string }\n" +
        "interface Attestation { passport_number?: string; nationality?: string; expiry_date?: string }\n" +
        "interface Card { cardNumber: string; dateOfExpiry: string }\n" +
        "interface Token { value: string; dateOfExpiry: string }",
    );
    assert.strictEqual(found["Inputs.dateOfExpiry"], "user.government_id");
    assert.strictEqual(found["Attestation.expiry_date"], "user.government_id");
    assert.strictEqual(found["Card.dateOfExpiry"], "user.financial.credit_card");
    assert.strictEqual(found["Token.dateOfExpiry"], undefined);
  });

  it("a view's style and code that manages views (`RCTFragmentViewManagerProps.style.height`) are geometry, not a body", () => {
    const found = scan(
      "export interface RCTFragmentViewManagerProps { style: { width: number; height: number } }\n" +
        "export interface ViewManagerProps { height: number; weight: number }\n" +
        "export interface CaseManager { name: string; email: string }\n" +
        "export interface PatientVitals { patient: { height: number; weight: number; name: string } }",
    );
    assert.strictEqual(found["RCTFragmentViewManagerProps.style.height"], undefined);
    assert.strictEqual(found["ViewManagerProps.height"], undefined);
    // A case manager is a person; a patient's height is their body.
    assert.strictEqual(found["CaseManager.email"], "user.contact.email");
    assert.strictEqual(found["PatientVitals.patient.height"], "user.health_and_medical");
  });

  it("a payment gateway's response written in capitals is no environment; a process's environment still is", () => {
    const found = scan(
      "export const RealexHppResponse = Type.Object({ RESULT: Type.String(), ORDER_ID: Type.String(),\n" +
        "  MERCHANT_RESPONSE_URL: Type.String(), HPP_BILLING_STREET1: Type.String(), HPP_BILLING_CITY: Type.String(),\n" +
        "  HPP_CUSTOMER_FIRSTNAME: Type.String(), HPP_CUSTOMER_EMAIL: Type.String() });\n" +
        "export const Env = z.object({ DATABASE_URL: z.string(), SMTP_HOST: z.string(), ADMIN_EMAIL: z.string(), ADMIN_FIRST_NAME: z.string() });",
    );
    assert.strictEqual(found["RealexHppResponse.HPP_CUSTOMER_FIRSTNAME"], "user.name.first");
    assert.strictEqual(found["RealexHppResponse.HPP_CUSTOMER_EMAIL"], "user.contact.email");
    assert.strictEqual(found["Env.ADMIN_EMAIL"], undefined);
    assert.strictEqual(found["Env.ADMIN_FIRST_NAME"], undefined);
  });

  it("TypeBox's `Type.Union([Type.Null(), Type.String()])` held in a const is a string, a union of literals an enum", async () => {
    const found = await scanProjectFields({
      "src/schemas.ts":
        'import { Type } from "@sinclair/typebox";\n' +
        "const OptionalNullableString = Type.Optional(Type.Union([Type.Null(), Type.String()], { default: null }));\n" +
        'const Phone = Type.Union([Type.Literal("mobile"), Type.Literal("landline")]);\n' +
        "export const UserDetailsSchema = Type.Object({ firstName: Type.String(), phone: OptionalNullableString, ppsn: OptionalNullableString });\n" +
        "export const ContactSchema = Type.Object({ email: Type.String(), phone: Phone });",
    });
    assert.strictEqual(found["UserDetailsSchema.phone"], "user.contact.phone_number");
    assert.strictEqual(found["UserDetailsSchema.ppsn"], "user.government_id.national_identification_number");
    assert.strictEqual(found["ContactSchema.phone"], undefined);
  });

  it("a messenger's bare name on a person's record is their handle there; on settings, nothing", () => {
    const found = scan(
      "export interface UserFull { name: string; contactsTelegram: string; contactsWhatsApp: string; discord: Discord | null }\n" +
        "export interface BotConfig { telegram: string; discord: string }\n" +
        "export interface Channels { telegram: boolean; discord: string }",
    );
    assert.strictEqual(found["UserFull.contactsTelegram"], "user.account.username");
    assert.strictEqual(found["UserFull.discord"], "user.account.username");
    assert.strictEqual(found["UserFull.contactsWhatsApp"], "user.contact.phone_number");
    assert.strictEqual(found["BotConfig.telegram"], undefined);
    assert.strictEqual(found["BotConfig.discord"], undefined);
    assert.strictEqual(found["Channels.discord"], undefined);
  });

  it("words of Nordic and Irish public services: epost, a diagnosis code, a PPSN, an Eircode", () => {
    const found = scan(
      "interface NaermesteLeder { navn: string; epost: string }\n" +
        "interface SykmeldingDiagnose { diagnosekode: string; diagnosetekst?: string }\n" +
        "interface Profile { firstName: string; ppsn: string; eircode: string }",
    );
    assert.strictEqual(found["NaermesteLeder.epost"], "user.contact.email");
    assert.strictEqual(found["SykmeldingDiagnose.diagnosekode"], "user.health_and_medical");
    assert.strictEqual(found["SykmeldingDiagnose.diagnosetekst"], "user.health_and_medical");
    assert.strictEqual(found["Profile.ppsn"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Profile.eircode"], "user.contact.address.postal_code");
  });

  it("FHIR's `{ given, family }` on a patient's demographics is a name in parts; a font's family alone is not", () => {
    const found = scan(
      "export type ChainedPatientDemographics = { given: string; family: string; birthDate: string };\n" +
        "export interface FontSpec { family: string; weight: number; size: number }",
    );
    assert.strictEqual(found["ChainedPatientDemographics.given"], "user.name");
    assert.strictEqual(found["ChainedPatientDemographics.family"], "user.name");
    assert.strictEqual(found["FontSpec.family"], undefined);
  });

  it("a name written in another script (`firstNameNative`) and a practitioner's name in Norwegian (`behandlerNavn`)", () => {
    const found = scan(
      "export interface User { githubId: string; firstNameNative: string; lastNameKana: string }\n" +
        "export interface Behandlerdialog { behandlerNavn: string; tekst: string }\n" +
        "export interface Theme { nameNative: boolean }",
    );
    assert.strictEqual(found["User.firstNameNative"], "user.name.first");
    assert.strictEqual(found["User.lastNameKana"], "user.name.last");
    assert.strictEqual(found["Behandlerdialog.behandlerNavn"], "user.name");
    assert.strictEqual(found["Theme.nameNative"], undefined);
  });

  it("a wage statement's boxes (`federalIncomeTaxWithheld`, `socialSecurityTips`) are the employee's pay", () => {
    const found = scan(
      "export const W2 = z.object({ employeeSSN: z.string(), federalIncomeTaxWithheld: z.string(),\n" +
        "  medicareTaxWithheld: z.string(), socialSecurityTips: z.string() });\n" +
        "export interface WithholdingSettings { taxWithheldLabel: string }",
    );
    assert.strictEqual(found["W2.federalIncomeTaxWithheld"], "user.financial");
    assert.strictEqual(found["W2.medicareTaxWithheld"], "user.financial");
    assert.strictEqual(found["W2.socialSecurityTips"], "user.financial");
    assert.strictEqual(found["WithholdingSettings.taxWithheldLabel"], undefined);
  });

  it("a record of `{ id, name, display }` is no name object: a field of its type is not a person's name", async () => {
    const found = await scanProjectFields({
      "src/metabase.ts":
        "export interface MetabaseCard { id: number; name: string; display: string; description: string | null }\n" +
        "export interface MetabaseDashcard { id: number; row: number; col: number; card: MetabaseCard | null }\n" +
        "export interface HumanName { given: string[]; family: string; text: string }\n" +
        "export interface Patient { id: string; name: HumanName[] }",
    });
    assert.strictEqual(found["MetabaseDashcard.card"], undefined);
    assert.strictEqual(found["Patient.name"], "user.name");
  });

  it("messages people sent (`conversationMessages`) hold their addresses; a form's messages about its fields do not", () => {
    const found = scan(
      'export const conversationMessages = pgTable("messages", { id: bigint(), emailTo: varchar(), emailFrom: text(), body: text() });\n' +
        "export interface ValidationMessages { email: string; firstName: string }",
    );
    assert.strictEqual(found["conversationMessages.emailFrom"], "user.contact.email");
    assert.strictEqual(found["conversationMessages.emailTo"], "user.contact.email");
    assert.strictEqual(found["ValidationMessages.email"], undefined);
  });

  it("an Angular component's inputs are what it shows, as a React component's props are (`newEmail` to confirm)", () => {
    const found = scan(
      "export class EditEmailConfirmationComponent { @Input() newEmail = ''; @Input() oldEmail = ''; @Input() title = ''; }\n" +
        "export class FooterComponent { @Input() siteName = ''; }",
    );
    assert.strictEqual(found["EditEmailConfirmationComponent.newEmail"], "user.contact.email");
    assert.strictEqual(found["EditEmailConfirmationComponent.oldEmail"], "user.contact.email");
    assert.strictEqual(found["FooterComponent.siteName"], undefined);
  });
});
