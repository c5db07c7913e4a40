/**
 * Patterns from the 746th and later labelling rounds (session 33), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 746", () => {
  it("an `emailId` beside a person's other contact details is their address; an id elsewhere", () => {
    const found = scan(
      "export interface CommunicationDetails { phoneNumber: string; emailId: string }\n" +
        "export interface ContactListDto { name: string; mobile: string; emailID: string }\n" +
        "export interface EmailMetricsDataRow { emailId: string; opens: number; clicks: number }\n" +
        "export interface UserEmailInvite { id: string; validated: boolean; emailId: string; emailAddress: string }\n" +
        "export type RouteParams = { prisonerNumber: string; contactId: string; contactEmailId: string; phone: string }",
    );
    assert.strictEqual(found["CommunicationDetails.emailId"], "user.contact.email");
    assert.strictEqual(found["ContactListDto.emailID"], "user.contact.email");
    // (A sent message's id, the id of the record's own address, one of a contact's address records.)
    assert.strictEqual(found["EmailMetricsDataRow.emailId"], undefined);
    assert.strictEqual(found["UserEmailInvite.emailId"], undefined);
    assert.strictEqual(found["UserEmailInvite.emailAddress"], "user.contact.email");
    assert.strictEqual(found["RouteParams.contactEmailId"], undefined);
  });

  it("an address type that only a business or a place holds in its file is theirs; a person holding it keeps it a person's", () => {
    const found = scan(
      "interface Address { street: string; city: string; zipCode: string }\n" +
        "export interface PickupPoint { pickupName: string; address: Address }\n" +
        "export class SupplierInformation { gstNumber: string; address: Address }\n" +
        "interface ShipTo { street: string; city: string; postalCode: string }\n" +
        "export interface Warehouse { code: string; address: ShipTo }\n" +
        "export interface Customer { name: string; address: ShipTo }\n" +
        "type MerchantOrderReceiverAddress = { street_name: string; zip_code: string }\n" +
        "export type MerchantOrder = { receiver_address: MerchantOrderReceiverAddress }",
    );
    assert.strictEqual(found["Address.street"], undefined);
    assert.strictEqual(found["Address.zipCode"], undefined);
    assert.strictEqual(found["ShipTo.street"], "user.contact.address.street");
    // (A merchant's order, but who receives it is named: a person.)
    assert.strictEqual(found["MerchantOrderReceiverAddress.zip_code"], "user.contact.address.postal_code");
  });

  it("a JSON column typed in place (Drizzle's `$type<{ … }>()`) holds its members: a tracked event's city, browser and page", () => {
    const found = scan(
      "import { blob, sqliteTable, text } from 'drizzle-orm/sqlite-core';\n" +
        "export const events = sqliteTable('events', {\n" +
        "  visitorId: text('visitorId').notNull(),\n" +
        "  properties: blob('properties', { mode: 'json' }).$type<{ city: string; browser: string; os: string; currentPath: string; referrerDomain: string }>(),\n" +
        "});",
    );
    assert.strictEqual(found["events.properties.city"], "user.location.imprecise");
    assert.strictEqual(found["events.properties.browser"], "user.device");
    assert.strictEqual(found["events.properties.currentPath"], "user.behavior.browsing_history");
  });

  it("a CAPTCHA check's `remoteip` is the visitor's IP; a dating profile's `sexPref` their orientation", () => {
    const found = scan(
      "export interface TurnstileVerifyRequest { secret: string; response: string; remoteip?: string }\n" +
        "export interface Profile { username: string; gender: string; sex_pref: string }",
    );
    assert.strictEqual(found["TurnstileVerifyRequest.remoteip"], "user.device.ip_address");
    assert.strictEqual(found["Profile.sex_pref"], "user.demographic.sexual_orientation");
  });

  it("a shipment's `carrier` beside the addresses it travels between is the shipping company, not a phone's network", () => {
    const found = scan(
      "import mongoose from 'mongoose';\n" +
        "const shipmentSchema = new mongoose.Schema({ carrier: String, shipTo: { street: String, city: String, postalCode: String } });\n" +
        "export interface SessionDevice { carrier: string; email: string; model: string }",
    );
    assert.strictEqual(found["shipmentSchema.carrier"], undefined);
    assert.strictEqual(found["shipmentSchema.shipTo.city"], "user.contact.address.city");
    // (Beside a person's email, a device's network is still the person's.)
    assert.strictEqual(found["SessionDevice.carrier"], "user.device");
  });

  it("a criminal charge's particulars beside a conviction or a revoked probation are a criminal record; a payment's charge is not", () => {
    const found = scan(
      "export interface ChargeData { charge_name: string; charge_date: string; disposition_date: string; ruling: string; probation_revoked_date: string }\n" +
        "export interface Charge { id: string; amount: number; chargeDate: string; chargeStatus: string; customerEmail: string }",
    );
    assert.strictEqual(found["ChargeData.probation_revoked_date"], "user.criminal_history");
    assert.strictEqual(found["ChargeData.charge_name"], "user.criminal_history");
    assert.strictEqual(found["ChargeData.charge_date"], "user.criminal_history");
    assert.strictEqual(found["ChargeData.ruling"], "user.criminal_history");
    assert.strictEqual(found["Charge.chargeDate"], undefined);
    assert.strictEqual(found["Charge.chargeStatus"], undefined);
  });

  it("a diagnosis's rank and the form path it was entered through are bookkeeping, not health data", () => {
    const found = scan("export interface Diagnosis { diagnosis?: { nonCoded?: string }; certainty?: string; rank?: number; formFieldPath?: string; formFieldNamespace?: string }");
    assert.strictEqual(found["Diagnosis.certainty"], "user.health_and_medical");
    assert.strictEqual(found["Diagnosis.rank"], undefined);
    assert.strictEqual(found["Diagnosis.formFieldPath"], undefined);
    assert.strictEqual(found["Diagnosis.formFieldNamespace"], undefined);
  });

  it("a service member's DoD ID (`edipi`) is a government id; a relative's age is a person's age", () => {
    const found = scan(
      "export interface ServiceMember { first_name: string; edipi: string; dodId: string }\n" +
        "export interface ExtractedRelationship { uuid: string; display: string; relativeAge: number }",
    );
    assert.strictEqual(found["ServiceMember.edipi"], "user.government_id.national_identification_number");
    assert.strictEqual(found["ServiceMember.dodId"], "user.government_id.national_identification_number");
    assert.strictEqual(found["ExtractedRelationship.relativeAge"], "user.demographic.age_range");
  });

  it("a payee's bank account with its branch's name is bank details, not a branch's record", () => {
    const found = scan("type BankAccount = { accountHolderName: string; accountNumber: string; bankName: string; branchName: string; swiftCode: string };");
    assert.strictEqual(found["BankAccount.accountNumber"], "user.financial.bank_account");
    assert.strictEqual(found["BankAccount.swiftCode"], "user.financial.bank_account");
    assert.strictEqual(found["BankAccount.accountHolderName"], "user.financial.bank_account");
  });

  it("a thing's record that names its owner or seller (`ownerName`) stays the thing's: its name, images and languages are not a person's", () => {
    const found = scan(
      "export type TItinerary = { name: string; images: string[]; languages: string[]; price: number; owner: string; ownerName: string };\n" +
        "export interface ReconciliationRecord { owner_ownerName: string; owner_ownerAddress: string; owner_ownerCity: string; owner_ownerPostalCode: string; name: string }",
    );
    assert.strictEqual(found["TItinerary.ownerName"], "user.name");
    assert.strictEqual(found["TItinerary.name"], undefined);
    assert.strictEqual(found["TItinerary.images"], undefined);
    assert.strictEqual(found["TItinerary.languages"], undefined);
    // (Where the owner's address is kept too, the record holds the owner's details.)
    assert.strictEqual(found["ReconciliationRecord.owner_ownerCity"], "user.contact.address.city");
  });

  it("a doctor's specialty is their job; a clinic's is not", () => {
    const found = scan(
      "export interface Doctor { name: string; email: string; speciality: string }\n" +
        "export interface Clinic { name: string; specialty: string }",
    );
    assert.strictEqual(found["Doctor.speciality"], "user.job_title");
    assert.strictEqual(found["Clinic.specialty"], undefined);
  });

  it("a patient chart's social history and imaging and lab documents are health data; a post's are not", () => {
    const found = scan(
      "export interface PatientChart { name: string; dob: string; socialHistory: string; labDocURL: string; imagingURL: string }\n" +
        "export interface Post { title: string; socialHistory: string[]; imagingUrl: string }",
    );
    assert.strictEqual(found["PatientChart.socialHistory"], "user.health_and_medical");
    assert.strictEqual(found["PatientChart.labDocURL"], "user.health_and_medical");
    assert.strictEqual(found["PatientChart.imagingURL"], "user.health_and_medical");
    assert.strictEqual(found["Post.socialHistory"], undefined);
    assert.strictEqual(found["Post.imagingUrl"], undefined);
  });

  it("a saved card's brand and issuing country do not make its object anything but a card", () => {
    const found = scan(
      "import mongoose from 'mongoose';\n" +
        "const paymentSchema = new mongoose.Schema({ paymentStatus: String, card: { brand: String, last4: String, exp_month: Number, exp_year: Number, funding: String, country: String } });",
    );
    assert.strictEqual(found["paymentSchema.card"], "user.financial.credit_card");
    assert.strictEqual(found["paymentSchema.card.exp_year"], "user.financial.credit_card");
  });

  it("an identity document's expiry, issuer and scans named for it are government-id data, not a card's or a selfie", () => {
    const found = scan("export interface EkycSubmission { full_name: string; id_number: string; id_issuing_country: string; id_expiry_date: string; id_front_image_path: string; selfie_image_path: string }");
    assert.strictEqual(found["EkycSubmission.id_issuing_country"], "user.government_id");
    assert.strictEqual(found["EkycSubmission.id_expiry_date"], "user.government_id");
    assert.strictEqual(found["EkycSubmission.id_front_image_path"], "user.government_id");
    assert.strictEqual(found["EkycSubmission.selfie_image_path"], "user.content.self_image");
  });

  it("an address schema whose parts are typed by schemas declared beside it, held only by a restaurant, is the restaurant's", () => {
    const found = scan(
      "import { z } from 'zod';\n" +
        "const NonEmptyStringSchema = z.string().min(1);\n" +
        "export const AddressSchema = z.object({ street: NonEmptyStringSchema, city: NonEmptyStringSchema, postalCode: NonEmptyStringSchema });\n" +
        "export const RestaurantSchema = z.object({ name: NonEmptyStringSchema, address: AddressSchema });\n" +
        "export const GuestAddressSchema = z.object({ street: NonEmptyStringSchema, city: NonEmptyStringSchema, postalCode: NonEmptyStringSchema });\n" +
        "export const GuestSchema = z.object({ firstName: NonEmptyStringSchema, address: GuestAddressSchema });",
    );
    assert.strictEqual(found["AddressSchema.street"], undefined);
    assert.strictEqual(found["AddressSchema.postalCode"], undefined);
    assert.strictEqual(found["GuestAddressSchema.street"], "user.contact.address.street");
  });

  it("the person responsible for a thing, written as text, is a person's name; as a record it is a reference", () => {
    const found = scan(
      "export interface RecoveryDetails { recoveryState: string; personResponsible: string }\n" +
        "export interface StockOperation { uuid: string; responsiblePerson: User; responsiblePersonOther: string }",
    );
    assert.strictEqual(found["RecoveryDetails.personResponsible"], "user.name");
    assert.strictEqual(found["StockOperation.responsiblePersonOther"], "user.name");
    assert.strictEqual(found["StockOperation.responsiblePerson"], undefined);
  });
});
