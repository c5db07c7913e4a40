/**
 * Patterns from the 766th and later labelling rounds (session 36), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 766", () => {
  it("a Mongoose field whose options give a subdocument as its type holds that subdocument's fields", () => {
    const found = scan(
      "const trainerSchema = new mongoose.Schema({\n" +
        "  name: { type: String },\n" +
        "  accountDetails: { type: { bankName: { type: String, trim: true }, accountNumber: { type: String }, accountHolderName: String }, select: false },\n" +
        "  addresses: { type: [{ street: String, city: String, postcode: String }], default: [] },\n" +
        "  meta: { type: {}, default: {} },\n" +
        "  location: { type: { type: String, enum: ['Point'] }, coordinates: [Number] },\n" +
        "});",
      "/src/models/trainer.model.js",
    );
    assert.strictEqual(found["trainerSchema.accountDetails.accountNumber"], "user.financial.bank_account");
    assert.strictEqual(found["trainerSchema.accountDetails.bankName"], "user.financial.bank_account");
    assert.strictEqual(found["trainerSchema.addresses.street"], "user.contact.address.street");
    // (GeoJSON's `type: { type: String }` is a path named "type", not a subdocument.)
    assert.strictEqual(found["trainerSchema.location.type"], undefined);
  });

  it("a location typed by a point the scan does not see is where the person is; a store's is not", () => {
    const found = scan(
      'import { LatLng, GeoPoint } from "@appjusto/types";\n' +
        "export interface ConsumerState { currentLocation?: LatLng | null; courierLocation: LatLng; storeLocation: LatLng; location: GeoPoint; destinationLocation: LatLng }",
    );
    assert.strictEqual(found["ConsumerState.currentLocation"], "user.location.precise");
    assert.strictEqual(found["ConsumerState.courierLocation"], "user.location.precise");
    assert.strictEqual(found["ConsumerState.location"], "user.location.precise");
    assert.strictEqual(found["ConsumerState.storeLocation"], undefined);
    assert.strictEqual(found["ConsumerState.destinationLocation"], undefined);
  });

  it("a type guard's shape declares what the value holds, and the scan does not skip it as a function body", () => {
    const found = scan(
      'export const isCardDetails = (details: WalletInfoDetails | undefined): details is { type: "CARDS"; lastFourDigits: string; expiryDate: string } => details?.type === "CARDS";\n' +
        "export function isPaypal(details: WalletInfoDetails): details is { maskedEmail?: string; pspId: string } { const kind = details.type; return kind === 'PAYPAL'; }\n" +
        "function unrelated() { const x = 1; return x; }",
    );
    assert.strictEqual(found["isCardDetails.lastFourDigits"], "user.financial.credit_card");
    assert.strictEqual(found["isPaypal.maskedEmail"], "user.contact.email");
  });

  it("contraception, menopause and a kidney's urea are health data", () => {
    const found = scan(
      "export interface BirthControl { method: string; contraceptive: string; birthControlMethod: string }\n" +
        "export interface MenopauseAssessment { irregularPeriods: boolean; moodSwings: string; menopauseStatus: string }\n" +
        "export interface BloodReport { bloodUrea: number }",
    );
    assert.strictEqual(found["BirthControl.contraceptive"], "user.health_and_medical");
    assert.strictEqual(found["BirthControl.birthControlMethod"], "user.health_and_medical");
    assert.strictEqual(found["MenopauseAssessment.irregularPeriods"], "user.health_and_medical");
    assert.strictEqual(found["MenopauseAssessment.moodSwings"], "user.health_and_medical");
    assert.strictEqual(found["BloodReport.bloodUrea"], "user.health_and_medical");
    assert.strictEqual(found["BirthControl.method"], undefined);
  });

  it("a payment service provider's business name is the provider's; a customer's business name is theirs", () => {
    const found = scan("export interface PaypalWallet { maskedEmail: string; pspId: string; pspBusinessName: string }\nexport interface Customer { email: string; businessName: string }");
    assert.strictEqual(found["PaypalWallet.pspBusinessName"], undefined);
    assert.strictEqual(found["Customer.businessName"], "user.contact.organization");
  });

  it("a country code beside a phone number and no address is the number's dialling code; beside an address, the country", () => {
    const found = scan("export interface Contact { name: string; phone: string; countryCode: string }\nexport interface Member { name: string; phone: string; city: string; countryCode: string }");
    assert.strictEqual(found["Contact.countryCode"], "user.contact.phone_number");
    assert.strictEqual(found["Member.countryCode"], "user.contact.address.country");
  });

  it("a bare `orientation` on a person's profile is whom they are attracted to; a component's or a photo's is its layout", () => {
    const found = scan(
      "export class UserProfile { name: string; age: number; sex: string; orientation: Orientation }\n" +
        "export interface Photo { url: string; orientation: string }\n" +
        'export type FileUploaderProps = { value: File[]; onValueChange: (files: File[]) => void; orientation?: "horizontal" | "vertical" };',
    );
    assert.strictEqual(found["UserProfile.orientation"], "user.demographic.sexual_orientation");
    assert.strictEqual(found["Photo.orientation"], undefined);
    assert.strictEqual(found["FileUploaderProps.orientation"], undefined);
  });

  it("India's Aadhaar number spelt as it often is (`aadharNumber`)", () => {
    const found = scan("export interface Guest { name: string; aadharNumber: string }");
    assert.strictEqual(found["Guest.aadharNumber"], "user.government_id.national_identification_number");
  });

  it("a tenant with a national id or an emergency contact is a renter, a person; a SaaS's tenant is an organisation", () => {
    const found = scan(
      "const Tenant = sequelize.define('Tenant', { name: DataTypes.STRING, email: DataTypes.STRING, phoneNumber: DataTypes.STRING, nationalId: DataTypes.STRING, emergencyContactName: DataTypes.STRING });\n" +
        "export interface SaasTenant { name: string; email: string; plan: string; domain: string }",
      "/src/models/tenant.model.js",
    );
    assert.strictEqual(found["Tenant.email"], "user.contact.email");
    assert.strictEqual(found["Tenant.phoneNumber"], "user.contact.phone_number");
    assert.strictEqual(found["SaasTenant.email"], undefined);
  });
});
