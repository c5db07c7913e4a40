/**
 * Patterns from the 709th and later labelling rounds (session 31), and from the incoming set's misses, written as
 * minimal code: each test of a fix fails on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 709", () => {
  it("the languages a person knows or holds a conversation in are theirs; a site's supported languages are not", () => {
    const found = scan(
      "export interface UserProfile { email: string; knownLanguages: string[] }\n" +
        "export interface Recipient { firstName: string; conversationLanguage: string }\n" +
        "export interface Courier { slug: string; supportedLanguages: string[] }",
    );
    assert.strictEqual(found["UserProfile.knownLanguages"], "user.demographic.language");
    assert.strictEqual(found["Recipient.conversationLanguage"], "user.demographic.language");
    assert.strictEqual(found["Courier.supportedLanguages"], undefined);
  });

  it("whoever informs a registrar of a birth or a death is a person", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "const DeclarationVariables = z.object({ trackingId: z.string(), crvsOffice: z.string(), informantName: z.string() })",
    );
    assert.strictEqual(found["DeclarationVariables.informantName"], "user.name");
    assert.strictEqual(found["DeclarationVariables.crvsOffice"], undefined);
  });

  it("a person's short name or call name is theirs; an event's or a drug's short name is not", () => {
    const found = scan(
      "export interface Teacher { id: string; shortName: string; email: string }\n" +
        "export interface Person { id: number; callName: string; lastName: string }\n" +
        "export interface Organisation { id: string; shortName: string; website: string }\n" +
        "export interface EventMenu { eventShortName: string; slug: string }",
    );
    assert.strictEqual(found["Teacher.shortName"], "user.name");
    assert.strictEqual(found["Person.callName"], "user.name");
    assert.strictEqual(found["Organisation.shortName"], undefined);
    assert.strictEqual(found["EventMenu.eventShortName"], undefined);
  });

  it("a self-care log named for a reading holds the person's health: its level, notes, weight and height", () => {
    const found = scan(
      "const NBloodSugar = sequelize.define('tbl_blood_sugar', { id: { type: Sequelize.INTEGER, primaryKey: true }, level: Sequelize.DOUBLE, condition: Sequelize.STRING, notes: Sequelize.STRING, user_id: Sequelize.INTEGER })\n" +
        "const NBmiLog = sequelize.define('tbl_bmi_logs', { id: { type: Sequelize.INTEGER, primaryKey: true }, weight: Sequelize.DOUBLE, height: Sequelize.DOUBLE })\n" +
        "export interface Parcel { id: string; weight: number; height: number }",
    );
    assert.strictEqual(found["tbl_blood_sugar.level"], "user.health_and_medical");
    assert.strictEqual(found["tbl_blood_sugar.notes"], "user.health_and_medical");
    assert.strictEqual(found["tbl_bmi_logs.weight"], "user.health_and_medical");
    assert.strictEqual(found["tbl_bmi_logs.height"], "user.health_and_medical");
    // Guard: a record's key and a parcel's size are no one's health.
    assert.strictEqual(found["tbl_blood_sugar.id"], undefined);
    assert.strictEqual(found["Parcel.weight"], undefined);
  });

  it("HIV and TB care terms and a health event's date are health data; an artwork's style is not", () => {
    const found = scan(
      "export interface CarePanel { viralLoadValue: number; whoStageAtArtStart: string; tbScreening: string; hivStatus: string }\n" +
        "export interface CaseInformation { symptomOnset: Date; ovulation: Date; createdAt: Date }\n" +
        "export interface Artwork { artStyle: string; title: string }",
    );
    assert.strictEqual(found["CarePanel.viralLoadValue"], "user.health_and_medical");
    assert.strictEqual(found["CarePanel.whoStageAtArtStart"], "user.health_and_medical");
    assert.strictEqual(found["CarePanel.tbScreening"], "user.health_and_medical");
    assert.strictEqual(found["CarePanel.hivStatus"], "user.health_and_medical");
    assert.strictEqual(found["CaseInformation.symptomOnset"], "user.health_and_medical");
    assert.strictEqual(found["CaseInformation.ovulation"], "user.health_and_medical");
    assert.strictEqual(found["CaseInformation.createdAt"], undefined);
    assert.strictEqual(found["Artwork.artStyle"], undefined);
  });

  it("a nationality held as a country's code is one; an employer's denomination is its name, an apprentice's nom theirs", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "export const ZApprenant = z.object({ nom: z.string(), nationalite: z.number() })\n" +
        "export const ZDecaEmployeur = z.object({ siret: z.string(), denomination: z.string(), telephone: z.string() })\n" +
        "export const ZDecaSpecific = z.object({ no_contrat: z.string(), alternant: z.object({ nom: z.string() }) })",
    );
    assert.strictEqual(found["ZApprenant.nationalite"], "user.demographic.nationality");
    assert.strictEqual(found["ZDecaEmployeur.denomination"], undefined);
    assert.strictEqual(found["ZDecaEmployeur.telephone"], undefined);
    assert.strictEqual(found["ZDecaSpecific.alternant.nom"], "user.name");
  });

  it("an academic title beside a person's names is part of their name; a course's title is not", () => {
    const found = scan(
      "export interface ProfileCardProps { academicTitle: string | null; firstName: string; lastName: string }\n" +
        "export interface Course { id: string; title: string; academicTitle: string }",
    );
    assert.strictEqual(found["ProfileCardProps.academicTitle"], "user.name");
    assert.strictEqual(found["Course.title"], undefined);
    assert.strictEqual(found["Course.academicTitle"], undefined);
  });

  it("who may see a profile's fields is a switch, not the field's value", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "import { checkboxSchema } from '~/lib/utils/schemas'\n" +
        "export const ProfileSchema = z.object({ email: z.string().email(), visibilities: z.object({ email: checkboxSchema, phone: checkboxSchema }) })",
    );
    assert.strictEqual(found["ProfileSchema.email"], "user.contact.email");
    assert.strictEqual(found["ProfileSchema.visibilities.email"], undefined);
    assert.strictEqual(found["ProfileSchema.visibilities.phone"], undefined);
  });

  it("a union of an empty literal and a schema const holds what the schema holds", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "const AaltoEmailSchema = z.string().email()\n" +
        "export const CourseForm = z.object({ teacherEmail: z.union([z.literal(''), AaltoEmailSchema.optional()]), kind: z.union([z.literal('a'), z.literal('b')]) })",
    );
    assert.strictEqual(found["CourseForm.teacherEmail"], "user.contact.email");
    assert.strictEqual(found["CourseForm.kind"], undefined);
  });

  it("a name written as the name of the office head is the head's; an office's own phone is not a person's", () => {
    const found = scan(
      "export interface AssociationProfileForm { name_of_the_office_head: string; name_of_the_office_head_designation: string; title: string }\n" +
        "export interface Office { name: string; phone: string; opening_hours: string }",
    );
    assert.strictEqual(found["AssociationProfileForm.name_of_the_office_head"], "user.name");
    assert.strictEqual(found["AssociationProfileForm.name_of_the_office_head_designation"], "user.job_title");
    assert.strictEqual(found["Office.name"], undefined);
    assert.strictEqual(found["Office.phone"], undefined);
  });

  it("a clinician's practice is a business: its phone, address and tax id are its own, its clinician's name is a person's", () => {
    const found = scan(
      "export interface PracticeProfile { practice_name?: string | null; clinician_name?: string | null; tax_id?: string | null; phone?: string | null; address_line1?: string | null; address_zip?: string | null }\n" +
        "export interface ClientProfile { first_name: string; phone: string; address_line1: string }",
    );
    assert.deepStrictEqual(
      Object.keys(found).filter((k) => k.startsWith("PracticeProfile.")),
      ["PracticeProfile.clinician_name"],
    );
    assert.strictEqual(found["ClientProfile.phone"], "user.contact.phone_number");
    assert.strictEqual(found["ClientProfile.address_line1"], "user.contact.address.street");
  });
});
