/**
 * Patterns from the 770th and later labelling rounds (session 37), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 770", () => {
  it("a neighbourhood is a line of a person's address, in English or Portuguese; a preferred one is a wish", () => {
    const found = scan(
      "export interface Member { nome: string; email: string; bairro: string; cidade: string }\n" +
        "export interface Address { street: string; neighborhood: string; city: string }\n" +
        "export interface Profile { name: string; email: string; preferredNeighborhood: string }\n" +
        "export interface Store { name: string; neighborhood: string }",
    );
    assert.strictEqual(found["Member.bairro"], "user.contact.address");
    assert.strictEqual(found["Address.neighborhood"], "user.contact.address");
    assert.strictEqual(found["Profile.preferredNeighborhood"], undefined);
    assert.strictEqual(found["Store.neighborhood"], undefined);
  });

  it("a church member's baptism date says their faith; a currency's denomination still does not", () => {
    const found = scan(
      "export class Member { nome: string; email: string; dataBatismo: Date; baptismDate?: Date; isBaptized: boolean }\n" +
        "export interface Wallet { displayDenomination: string }",
    );
    assert.strictEqual(found["Member.dataBatismo"], "user.demographic.religious_belief");
    assert.strictEqual(found["Member.baptismDate"], "user.demographic.religious_belief");
    assert.strictEqual(found["Member.isBaptized"], "user.demographic.religious_belief");
    assert.strictEqual(found["Wallet.displayDenomination"], undefined);
  });

  it("pay per lesson or per hour is income; a ticket's QR code image is no one's photo", () => {
    const found = scan(
      "const teacherSchema = new mongoose.Schema({ name: String, email: String, salaryPerLesson: Number, wagePerHour: Number });\n" +
        "const bookingSchema = new mongoose.Schema({ name: String, email: String, phone: String, qrCodeImage: String, photo: String });",
      "/src/models/teacher.model.js",
    );
    assert.strictEqual(found["teacherSchema.salaryPerLesson"], "user.financial");
    assert.strictEqual(found["teacherSchema.wagePerHour"], "user.financial");
    assert.strictEqual(found["bookingSchema.qrCodeImage"], undefined);
    assert.strictEqual(found["bookingSchema.photo"], "user.content.self_image");
  });

  it("a request for a page of health records asks for a page: its paging is no particular of the record", () => {
    const found = scan(
      "export const getDiagnosisValidation = z.object({ id: z.string(), page: z.number(), perPage: z.number(), pageSize: z.number() });\n" +
        "export const MedicationRecord = z.object({ drug: z.string(), dose: z.string() });",
    );
    assert.strictEqual(found["getDiagnosisValidation.perPage"], undefined);
    assert.strictEqual(found["getDiagnosisValidation.pageSize"], undefined);
    assert.strictEqual(found["MedicationRecord.drug"], "user.health_and_medical");
  });

  it("a business location's contact mailbox is the branch's; a named contact of it is still a person", () => {
    const found = scan(
      "export class LocationEntity { name: string; contactEmail: string; phone: string; managerEmail: string }\n" +
        "export class Customer { name: string; contactEmail: string }",
    );
    assert.strictEqual(found["LocationEntity.contactEmail"], undefined);
    assert.strictEqual(found["LocationEntity.managerEmail"], "user.contact.email");
    assert.strictEqual(found["Customer.contactEmail"], "user.contact.email");
  });

  it("a namespace of an app's default models holds its types, not its settings; a defaults object is still settings", () => {
    const found = scan(
      "export namespace DefaultModelsTypes {\n" +
        "  export interface users { name: string; email: string; address: Address }\n" +
        "  export interface Address { zipCode: string; street: string; city: string }\n" +
        "}\n" +
        "export const Defaults = { email: 'noreply@example.com', city: 'Lisbon' };",
    );
    assert.strictEqual(found["DefaultModelsTypes.Address.street"], "user.contact.address.street");
    assert.strictEqual(found["DefaultModelsTypes.Address.zipCode"], "user.contact.address.postal_code");
    assert.strictEqual(found["Defaults.email"], undefined);
    assert.strictEqual(found["Defaults.city"], undefined);
  });
});

describe("classifier: after round 771", () => {
  it("each request of an Express validation file is its own record: one request's paging says nothing of another's body", () => {
    const found = scan(
      "const createClient = { body: Joi.object().keys({ name: Joi.string(), phone: Joi.string(), email: Joi.string().email(), sortOrder: Joi.number() }) };\n" +
        "const updateClient = { params: Joi.object().keys({ clientId: Joi.string() }), body: Joi.object().keys({ name: Joi.string(), email: Joi.string().email(), sortOrder: Joi.number() }).min(1) };\n" +
        "const getClients = { query: Joi.object().keys({ name: Joi.string(), email: Joi.string(), sortBy: Joi.string(), limit: Joi.number() }) };\n" +
        "const createClinic = { body: Joi.object().keys({ name: Joi.string(), phoneNumber: Joi.string(), contactEmail: Joi.string().email(), address: Joi.string() }) };",
      "/src/validations/client.validation.js",
    );
    assert.strictEqual(found["createClient.body.email"], "user.contact.email");
    assert.strictEqual(found["updateClient.body.name"], "user.name");
    // (A list query's filters, beside its order and its page size, are what an admin searches by.)
    assert.strictEqual(found["getClients.query.email"], undefined);
    // (The request's name says whose: a clinic's own line and mailbox.)
    assert.strictEqual(found["createClinic.body.phoneNumber"], undefined);
    assert.strictEqual(found["createClinic.body.contactEmail"], undefined);
  });

  it("an object schema is found however many calls follow it in its chain", () => {
    const found = scan(
      "const bulkImportClients = { body: Joi.object().keys({ clients: Joi.array().items(Joi.object().keys({ name: Joi.string(), phone: Joi.string(), dob: Joi.date() })).min(1).max(5000).required() }) };",
      "/src/validations/client.validation.js",
    );
    assert.strictEqual(found["bulkImportClients.body.clients.dob"], "user.demographic.date_of_birth");
    assert.strictEqual(found["bulkImportClients.body.clients.phone"], "user.contact.phone_number");
  });

  it("placing an order or a call is a verb, not a venue; a pagination's fields are its settings", () => {
    const found = scan(
      "export class PlaceOrderRequest { phone: string; city: string; postcode: string }\n" +
        "export function asBundlePagination<T>({ data, pageSize, pageUrl }: { data: T[]; pageSize: number; pageUrl?: string | null }): { data: T[] };\n" +
        "export function asBundlePagination({ data, pageSize, pageUrl }: { data: null; pageSize: number; pageUrl?: string | null }): { data: undefined };\n" +
        "export interface Place { name: string; phone: string; address: string }",
    );
    assert.strictEqual(found["PlaceOrderRequest.phone"], "user.contact.phone_number");
    assert.strictEqual(found["PlaceOrderRequest.postcode"], "user.contact.address.postal_code");
    assert.strictEqual(found["asBundlePagination.pageUrl"], undefined);
    assert.strictEqual(found["Place.phone"], undefined);
  });

  it("pictures of an identity card and a criminal-record certificate, as files, are those documents", () => {
    const found = scan(
      "export class WorkerProfile { fullName: string; email: string; dniFrontalUrl: string; dniPosteriorUrl: string; criminalRecordUrl: string; mykad_id: string; idImageS3Key: string; selfieImageS3Key: string }",
    );
    assert.strictEqual(found["WorkerProfile.dniFrontalUrl"], "user.government_id.national_identification_number");
    assert.strictEqual(found["WorkerProfile.dniPosteriorUrl"], "user.government_id.national_identification_number");
    assert.strictEqual(found["WorkerProfile.mykad_id"], "user.government_id.national_identification_number");
    assert.strictEqual(found["WorkerProfile.idImageS3Key"], "user.government_id.national_identification_number");
    assert.strictEqual(found["WorkerProfile.criminalRecordUrl"], "user.criminal_history");
    assert.strictEqual(found["WorkerProfile.selfieImageS3Key"], "user.content.self_image");
  });

  it("an SSO form's attribute mappings name the attributes, however the mapping is written", () => {
    const found = scan(
      "export const samlSchema = z.object({ idpEntityId: z.string(), attributeMappings: z.object({ email: z.string().optional(), firstName: z.string().optional(), lastName: z.string().optional() }) });\n" +
        "export const memberSchema = z.object({ email: z.string().email(), firstName: z.string(), lastName: z.string() });",
    );
    assert.strictEqual(found["samlSchema.attributeMappings.email"], undefined);
    assert.strictEqual(found["samlSchema.attributeMappings.firstName"], undefined);
    assert.strictEqual(found["memberSchema.email"], "user.contact.email");
  });
});

describe("classifier: after round 772", () => {
  it("a hotel's visitor with an identity number and a way to reach them is a guest, not a tracked visit", () => {
    const found = scan(
      "const visitorSchema = mongoose.Schema({ name: { type: String }, address: { type: String }, identity_num: { type: String }, path_identity_image: { type: String }, phone: { type: String } });\n" +
        "const pageVisitorSchema = mongoose.Schema({ sessionId: String, referrer: String, userAgent: String, city: String });",
      "/src/models/visitor.model.js",
    );
    assert.strictEqual(found["visitorSchema.name"], "user.name");
    assert.strictEqual(found["visitorSchema.address"], "user.contact.address");
    assert.strictEqual(found["visitorSchema.identity_num"], "user.government_id.national_identification_number");
    assert.strictEqual(found["visitorSchema.path_identity_image"], "user.government_id.national_identification_number");
    assert.strictEqual(found["pageVisitorSchema.city"], "user.location.imprecise");
  });

  it("what a member looks for in a partner is not their own status; a search request's query is nobody's browsing", () => {
    const found = scan(
      "export class Profile { fullName: string; maritalStatus: string; searchedMarital: string; seekingMaritalStatus: string }\n" +
        "const searchGuestTeachers = { body: Joi.object().keys({ searchQuery: Joi.string().required() }) };\n" +
        "export interface VisitorSession { visitorId: string; referrer: string; searchQuery: string }",
      "/src/validations/search.validation.ts",
    );
    assert.strictEqual(found["Profile.maritalStatus"], "user.demographic.marital_status");
    assert.strictEqual(found["Profile.searchedMarital"], undefined);
    assert.strictEqual(found["Profile.seekingMaritalStatus"], undefined);
    assert.strictEqual(found["searchGuestTeachers.body.searchQuery"], undefined);
    assert.strictEqual(found["VisitorSession.referrer"], "user.behavior.browsing_history");
  });

  it("a trait held as a row of a lookup table named for it is the person's trait; a locale list is content's languages", async () => {
    const found = await scanProjectFields({
      "/src/genders/domain/gender.ts": "export class Gender { id: number; name: string }",
      "/src/locales/locale.ts": "export class Locale { id: number; code: string; title: string }",
      "/src/users/domain/user.ts":
        "import { Gender } from '../../genders/domain/gender';\nexport class User { fullName: string; email: string; gender?: Gender | null }",
      "/src/events/event.ts": "import { Locale } from '../locales/locale';\nexport class Event { title: string; locales: Locale[] }",
    });
    assert.strictEqual(found["User.gender"], "user.demographic.gender");
    assert.strictEqual(found["Event.locales"], undefined);
  });
});

