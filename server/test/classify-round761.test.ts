/**
 * Patterns from the 761st and later labelling rounds (session 35), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 761", () => {
  it("an untyped Immutable `Map` holds what its name says; a typed Map<K, V> stays a lookup", () => {
    const found = scan(
      "type Props = { address :Map; email :Map; participant :Map; edit :() => void };\n" +
        "export interface Cache { email: Map<string, number> }",
      "/src/ProfileSection.js",
    );
    assert.strictEqual(found["Props.email"], "user.contact.email");
    assert.strictEqual(found["Props.address"], "user.contact.address");
    assert.strictEqual(found["Cache.email"], undefined);
  });

  it("a number in a record of counts counts things, it is not one of them", () => {
    const found = scan(
      "export interface PatientHeaderProps { patient: Patient; stats?: { conditions?: number; medications?: number } }\n" +
        "export interface EventCounts { allergies: number }\n" +
        "export interface DailyStats { maxHeartRate: number }\n" +
        "export interface Prescription { medications: string[]; dosage: number }",
    );
    assert.strictEqual(found["PatientHeaderProps.stats.medications"], undefined);
    assert.strictEqual(found["PatientHeaderProps.stats.conditions"], undefined);
    assert.strictEqual(found["EventCounts.allergies"], undefined);
    assert.strictEqual(found["DailyStats.maxHeartRate"], "user.health_and_medical");
    assert.strictEqual(found["Prescription.medications"], "user.health_and_medical");
  });

  it("a person's display, as FHIR references name it, is their name; a display setting is not", () => {
    const found = scan(
      "function NewAppointmentPage({ patientId, patientDisplay }: { patientId: string; patientDisplay: string }) {}\n" +
        "export interface Row { practitionerDisplay: string; displayMode: string; checkInTimeDisplay: string; display: string }",
    );
    assert.strictEqual(found["NewAppointmentPage.patientDisplay"], "user.name");
    assert.strictEqual(found["Row.practitionerDisplay"], "user.name");
    assert.strictEqual(found["Row.displayMode"], undefined);
    assert.strictEqual(found["Row.checkInTimeDisplay"], undefined);
    assert.strictEqual(found["Row.display"], undefined);
  });

  it("an identity document's issuer and issuing country on a person's document; not a card's or a company's", () => {
    const found = scan(
      "export interface CreatePersonDocumentInput { issuingAuthority?: string | null; issuingCountry?: string | null; expiryDate?: string | null }\n" +
        "const traveler = z.object({ documentNumber: z.string(), documentIssuingCountry: z.string().nullable(), documentIssuingAuthority: z.string() });\n" +
        "export interface BinLookup { bank: string; issuingCountry: string }\n" +
        "export interface Brand { einIssuingCountry: string; companyName: string }",
    );
    assert.strictEqual(found["CreatePersonDocumentInput.issuingAuthority"], "user.government_id");
    assert.strictEqual(found["CreatePersonDocumentInput.issuingCountry"], "user.government_id");
    assert.strictEqual(found["traveler.documentIssuingCountry"], "user.government_id");
    assert.strictEqual(found["traveler.documentIssuingAuthority"], "user.government_id");
    assert.strictEqual(found["BinLookup.issuingCountry"], undefined);
    assert.strictEqual(found["Brand.einIssuingCountry"], undefined);
  });

  it("a selfie's source is the person's picture", () => {
    const found = scan("type State = { hasMedia: boolean; selfieSource: string | null }");
    assert.strictEqual(found["State.selfieSource"], "user.content.self_image");
  });

  it("a record with a species or a breed is an animal's: its name, sex and birth date are its own, its owner's stay", () => {
    const found = scan(
      "const patientSchema = z.object({ name: z.string(), species: z.string(), gender: z.string(), dateOfBirth: z.string(), breed: z.string().optional(), ownerName: z.string(), ownerPhone: z.string() });\n" +
        "export interface PatientRow { id: string; name: string; species: string; dateOfBirth?: string }\n" +
        "export interface Patient { id: string; name: string; gender: string; dateOfBirth?: string }",
    );
    assert.strictEqual(found["patientSchema.name"], undefined);
    assert.strictEqual(found["patientSchema.gender"], undefined);
    assert.strictEqual(found["patientSchema.dateOfBirth"], undefined);
    assert.strictEqual(found["PatientRow.dateOfBirth"], undefined);
    assert.strictEqual(found["patientSchema.ownerName"], "user.name");
    assert.strictEqual(found["patientSchema.ownerPhone"], "user.contact.phone_number");
    assert.strictEqual(found["Patient.name"], "user.name");
    assert.strictEqual(found["Patient.gender"], "user.demographic.gender");
    assert.strictEqual(found["Patient.dateOfBirth"], "user.demographic.date_of_birth");
  });

  it("a device's or a webhook's health and a service's basic-auth username are not a person's (round 762)", () => {
    const found = scan(
      "async function getHealth() { const response = await client.request<{ device_health: CameraHealth }>({ url: 'x' }) }\n" +
        "const props = { initialWebhookValue: PropTypes.shape({ health_status: PropTypes.shape({ healthy: PropTypes.bool }) }) };\n" +
        "export interface WebhookForm { _basic_auth_username: string; url: string }\n" +
        "export interface Patient { health_status: string }\n" +
        "export interface SignUp { username: string; password: string }",
      "/src/example.js",
    );
    assert.strictEqual(found["response.device_health"], undefined);
    assert.strictEqual(found["initialWebhookValue.health_status"], undefined);
    assert.strictEqual(found["WebhookForm._basic_auth_username"], undefined);
    assert.strictEqual(found["Patient.health_status"], "user.health_and_medical");
    assert.strictEqual(found["SignUp.username"], "user.account.username");
  });

  it("a namespace's own schema, `Locations.type`, is read under the namespace's name (round 763)", () => {
    const found = scan(
      "export namespace Locations { export const type = zod.object({ cfConnectionIp: zod.string().optional(), country: zod.string().optional() }) }\n" +
        "export namespace Iban { export const type = isly.object<Iban>({ type: isly.string('iban'), iban: isly.string(), holder: isly.string() }) }",
    );
    assert.strictEqual(found["Locations.cfConnectionIp"], "user.device.ip_address");
    assert.strictEqual(found["Iban.iban"], "user.financial.bank_account");
  });

  it("a type from a generated SDK's table of schemas, `Api.schemas[\"CustomerAddress\"]`, is read by its name (round 763)", () => {
    const found = scan("export interface CheckoutContextValue { step: string; savedAddresses: ShopperCustomers.schemas['CustomerAddress'][] }");
    assert.strictEqual(found["CheckoutContextValue.savedAddresses"], "user.contact.address");
  });

  it("a party's name prefix and suffix are part of their name; a placeholder's, a key's or a filter's are not (round 764)", () => {
    const found = scan(
      "export class SchATransaction { contributor_prefix?: string; contributor_last_name?: string; payee_suffix?: string; guarantor_prefix?: string }\n" +
        "export class LettersRenderingService { readonly PLACE_HOLDER_PREFIX = '{{'; readonly PLACE_HOLDER_SUFFIX = '}}' }\n" +
        "export interface BillingRequest { account_number_suffix?: string }\n" +
        "export interface IFeatureProjectUserParams { userId?: number; namePrefix?: string }\n" +
        "export class RedisTokenStore { prefix: string }",
    );
    assert.strictEqual(found["SchATransaction.contributor_prefix"], "user.name");
    assert.strictEqual(found["SchATransaction.payee_suffix"], "user.name");
    assert.strictEqual(found["SchATransaction.guarantor_prefix"], "user.name");
    assert.strictEqual(found["LettersRenderingService.PLACE_HOLDER_PREFIX"], undefined);
    assert.strictEqual(found["BillingRequest.account_number_suffix"], undefined);
    assert.strictEqual(found["IFeatureProjectUserParams.namePrefix"], undefined);
    assert.strictEqual(found["RedisTokenStore.prefix"], undefined);
  });

  it("a payroll's tax computation holds one person's pay, with India's PF and ESI and the US's social security and Medicare (round 764)", () => {
    const found = scan(
      "export interface TaxComputationResult { grossSalary: number; netSalary: number; pfEmployee: number; esiEmployer: number; ssEmployee: number; medicareEmployer: number }\n" +
        "export interface TaxRate { name: string; rate: number }",
    );
    for (const field of ["grossSalary", "netSalary", "pfEmployee", "esiEmployer", "ssEmployee", "medicareEmployer"]) {
      assert.strictEqual(found[`TaxComputationResult.${field}`], "user.financial", field);
    }
    assert.strictEqual(found["TaxRate.name"], undefined);
  });
});
