/**
 * Patterns from the 627th and later labelling rounds (session 28), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 627", () => {
  it("a person's record that names their office is still the person's; a business's profile beside its hours is not", () => {
    const found = scan("export interface UserInfo { username: string; displayName: string; roles: string[]; officeName: string }");
    assert.strictEqual(found["UserInfo.username"], "user.account.username");
    assert.strictEqual(found["UserInfo.displayName"], "user.name");
    // Guards: a business's profile beside its opening hours, and a place's record, are the business's and the place's.
    const guards = scan(
      "export type WABusinessProfile = { description: string; email: string; business_hours: { timezone?: string }; website: string[]; address?: string }\n" +
        "export interface Court { courtName: string; openingHours: string; email: string; phone: string }",
    );
    assert.strictEqual(guards["WABusinessProfile.email"], undefined);
    assert.strictEqual(guards["WABusinessProfile.address"], undefined);
    assert.strictEqual(guards["Court.email"], undefined);
  });

  it("a person's XMPP address (JID) is their account; a room's is not; `geoloc` and `geoHash` are a position", () => {
    const found = scan(
      "export interface MicroblogEntryAttributes { author_jid: string; geoloc?: { lat?: number; lon?: number; label?: string }; geoHash: string }\n" +
        "export interface RosterContactAttributes { bare_jid: string; jid: string; nickname: string }",
    );
    assert.strictEqual(found["MicroblogEntryAttributes.author_jid"], "user.account.username");
    assert.strictEqual(found["MicroblogEntryAttributes.geoloc"], "user.location.precise");
    assert.strictEqual(found["MicroblogEntryAttributes.geoHash"], "user.location.precise");
    assert.strictEqual(found["RosterContactAttributes.bare_jid"], "user.account.username");
    assert.strictEqual(found["RosterContactAttributes.jid"], "user.account.username");
    const guards = scan("export interface MUCAttributes { jid: string; room_jid: string; muc_jid: string; groupJid: string }");
    assert.deepStrictEqual(guards, {});
  });

  it("`null` beside values typed from a sample is a value the sample lacked; alone or beside few, it holds nothing", () => {
    const found = scan(
      "export interface Address {\n" +
        "  person_address_id: number; person_id: number; preferred: number; address1: null; address2: string;\n" +
        "  city_village: string; state_province: string; postal_code: null; latitude: null; date_created: Date;\n" +
        "}",
    );
    assert.strictEqual(found["Address.address1"], "user.contact.address.street");
    assert.strictEqual(found["Address.postal_code"], "user.contact.address.postal_code");
    assert.strictEqual(found["Address.latitude"], "user.location.precise");
    // Guards: a state map's keys typed `null`, and a payload that leaves one field out.
    const guards = scan(
      "export interface StateMap { readonly onboarding_email: null; readonly onboarding_username: null; readonly login_init: LoginInitPayload }\n" +
        "export interface DeletedOrder { transaction_id: string; user_id: number; provider: string; to_street: null; to_zip: null; to_city: null }",
    );
    assert.deepStrictEqual(guards, {});
  });

  it("a location with a name of its own, and a gym, are places; a person's saved location and an `…allocation` are not", () => {
    const found = scan(
      "export interface Location { location_id: number; name: string; description: string; address1: string; city_village: string; postal_code: string; latitude: string; retired: boolean }\n" +
        "export interface LocationTo { uuid: string; name: string; address1: string; cityvillage: string; postalcode: string; longitude: string }\n" +
        "export interface GymSettings { gym: { name: string; phone: string; email: string; address: string } }",
    );
    assert.deepStrictEqual(found, {});
    const guards = scan(
      "export interface Allocation { name: string; crn: string; gender?: string; dateOfBirth: string; address?: string }\n" +
        "export interface UserLocation { label: string; latitude: number; longitude: number }",
    );
    assert.strictEqual(guards["Allocation.name"], "user.name");
    assert.strictEqual(guards["Allocation.dateOfBirth"], "user.demographic.date_of_birth");
    assert.strictEqual(guards["UserLocation.latitude"], "user.location.precise");
  });

  it("ISO 20022's postal address parts are the address's; a department elsewhere is not", () => {
    const found = scan(
      "export class PostalAddress { department!: string; sub_department!: string; street_name!: string; room_number!: string; post_box!: string; town_name!: string; country_subdivision!: string; postal_code!: string }",
    );
    assert.strictEqual(found["PostalAddress.department"], "user.contact.address.street");
    assert.strictEqual(found["PostalAddress.room_number"], "user.contact.address.street");
    assert.strictEqual(found["PostalAddress.post_box"], "user.contact.address.street");
    assert.strictEqual(found["PostalAddress.town_name"], "user.contact.address.city");
    assert.strictEqual(found["PostalAddress.country_subdivision"], "user.contact.address.state");
    const guards = scan("export class Employee { department: string; room: string; name: string; email: string }");
    assert.strictEqual(guards["Employee.department"], undefined);
    assert.strictEqual(guards["Employee.room"], undefined);
  });

  it("a person's birth time is their date of birth; a file's or a photo's is when it was made", () => {
    const found = scan("export interface PatientPerson { gender: string; birthdate: string; birthtime?: string; birthTime?: string }");
    assert.strictEqual(found["PatientPerson.birthtime"], "user.demographic.date_of_birth");
    assert.strictEqual(found["PatientPerson.birthTime"], "user.demographic.date_of_birth");
    const guards = scan(
      "export interface FileStats { size: number; birthtime: Date; mtime: Date }\n" +
        "export const PhotoSchema = z.object({ id: z.string(), url: z.string().optional(), birthTime: z.string().optional(), aspectRatio: z.number() })",
    );
    assert.deepStrictEqual(guards, {});
  });

  it("Spanish and Portuguese code's words for a person's document, birth date, name, e-mail and clinical record", () => {
    const found = scan(
      "export interface IPaciente { documento: string; nombre: string; nombreAutopercibido: string; fechaNac: Date; correo: string; nroDocumentoExtranjero: string; profesion: string }\n" +
        "export interface IReceta { diagnostico: string; medicamento: string; notaMedica: string; dosis: string; obraSocial: string; idObraSocial: string }",
    );
    assert.strictEqual(found["IPaciente.documento"], "user.government_id");
    assert.strictEqual(found["IPaciente.nroDocumentoExtranjero"], "user.government_id");
    assert.strictEqual(found["IPaciente.nombre"], "user.name");
    assert.strictEqual(found["IPaciente.nombreAutopercibido"], "user.name");
    assert.strictEqual(found["IPaciente.fechaNac"], "user.demographic.date_of_birth");
    assert.strictEqual(found["IPaciente.correo"], "user.contact.email");
    assert.strictEqual(found["IPaciente.profesion"], "user.job_title");
    assert.strictEqual(found["IReceta.diagnostico"], "user.health_and_medical");
    assert.strictEqual(found["IReceta.medicamento"], "user.health_and_medical");
    assert.strictEqual(found["IReceta.notaMedica"], "user.health_and_medical");
    assert.strictEqual(found["IReceta.obraSocial"], "user.health_and_medical");
    // Guards: an uploaded document is a file; an insurer's id is an id; French `nombre` is a number.
    const guards = scan(
      "export interface Adjunto { documento: File; size: number }\n" +
        "export interface Annonce { nombreDePieces: number; nombre: number }",
    );
    assert.deepStrictEqual(guards, {});
    assert.strictEqual(found["IReceta.idObraSocial"], undefined);
  });

  it("a health record's particular held in parts is the patient's health data; its metadata is not", () => {
    const found = scan(
      "export interface Allergy { id: string; reaction: { severity: string }[]; recordedDate: string; meta: { versionId: string }; pharmacy: { name: string } }",
    );
    assert.strictEqual(found["Allergy.reaction"], "user.health_and_medical");
    assert.strictEqual(found["Allergy.meta"], undefined);
    assert.strictEqual(found["Allergy.pharmacy"], undefined);
    assert.strictEqual(found["Allergy.recordedDate"], undefined);
  });
});
