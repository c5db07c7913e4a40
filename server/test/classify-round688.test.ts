/**
 * Patterns from the 688th and later labelling rounds (session 30), and from the incoming set's misses, written as
 * minimal code: each test of a fix fails on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 688", () => {
  it("a business's or a place's contact name is the person it gave; its contact email stays its mailbox", () => {
    const found = scan(
      "export interface Organisation { name: string; website: string; contactName: string; contactEmail: string }\n" +
        "export interface RegistrationCentre { name: string; openingHours: string; contactPerson: string }",
    );
    assert.strictEqual(found["Organisation.contactName"], "user.name");
    assert.strictEqual(found["RegistrationCentre.contactPerson"], "user.name");
    // Guard: the business's own name and its contact mailbox are not a person's.
    assert.strictEqual(found["Organisation.name"], undefined);
    assert.strictEqual(found["Organisation.contactEmail"], undefined);
  });

  it("a notary, a proprietor, a payment's counterparty and an event's point of contact are people", () => {
    const found = scan(
      "export interface NotaryInformation { notaryName: string; sealNumber: string }\n" +
        "export interface ProprietaryData { proprietor_name: string; category_rationale: string }\n" +
        "export interface AchTransaction { counterpartyName: string; amount: number }\n" +
        "export const eventParentSchema = new Schema({ title: String, pocName: String })",
    );
    assert.deepStrictEqual(found, {
      "NotaryInformation.notaryName": "user.name",
      "ProprietaryData.proprietor_name": "user.name",
      "AchTransaction.counterpartyName": "user.name",
      "eventParentSchema.pocName": "user.name",
    });
  });

  it("a title is a job title beside the record's own name, not beside a contact's it names", () => {
    const found = scan(
      "export const eventSchema = new Schema({ title: String, description: String, pocName: String, pocEmail: String })\n" +
        "export interface Contact { title: string; name: string; email: string }",
    );
    assert.strictEqual(found["eventSchema.title"], undefined);
    assert.strictEqual(found["eventSchema.pocName"], "user.name");
    assert.strictEqual(found["Contact.title"], "user.job_title");
  });

  it("a legal name is a business's unless a person's record or data is beside it; a payer's name is the insurer's", () => {
    const found = scan(
      "export interface RestorationIF { legalName: string; approvalType: string; expiry: string }\n" +
        "export interface OperatorInterface { legal_name: string; siret: string; company: string }\n" +
        "export interface InsurancePlan { payerName: string; memberId: string; groupNumber: string }\n" +
        "export interface Patient { legalName: string; email: string; birthDate: string }",
    );
    assert.strictEqual(found["RestorationIF.legalName"], undefined);
    assert.strictEqual(found["OperatorInterface.legal_name"], undefined);
    assert.strictEqual(found["InsurancePlan.payerName"], undefined);
    // Guard: a patient's legal name is theirs.
    assert.strictEqual(found["Patient.legalName"], "user.name");
  });

  it("a mail's salutation is its greeting and a mailer's contact block its own mailboxes; a person's salutation is kept", () => {
    const found = scan(
      "export interface InternalMailParams { salutation: string; to: string }\n" +
        "export interface MailOptions { contact: { monitoringMail: string; liqMail: string }; from: string }\n" +
        "export interface Contact { salutation: string; firstName: string; lastName: string }",
    );
    assert.strictEqual(found["InternalMailParams.salutation"], undefined);
    assert.strictEqual(found["MailOptions.contact.monitoringMail"], undefined);
    assert.strictEqual(found["MailOptions.contact.liqMail"], undefined);
    assert.strictEqual(found["Contact.salutation"], "user.demographic.gender");
    // Guard: a customer's own contact block is still theirs.
    const guards = scan("export interface Customer { contact: { email: string; phone: string } }");
    assert.strictEqual(guards["Customer.contact.email"], "user.contact.email");
  });

  it("health cover (healthInsurance, medicaid) and the help a person needs for a condition are health data", () => {
    const found = scan(
      "export interface ApiHouseholdMember { age: number; medicaid: boolean; healthInsurance: { employer: boolean; private: boolean }; needs_mental_health_help: boolean }",
    );
    assert.strictEqual(found["ApiHouseholdMember.medicaid"], "user.health_and_medical");
    assert.strictEqual(found["ApiHouseholdMember.healthInsurance"], "user.health_and_medical");
    assert.strictEqual(found["ApiHouseholdMember.needs_mental_health_help"], "user.health_and_medical");
  });

  it("an abbreviated name is a person's only on a person's record; a programme's is its label", () => {
    const found = scan(
      "export type Program = { program_id: number; name: Translation; name_abbreviated: string; description: Translation }\n" +
        "export interface Student { abbreviatedName: string; studentNumber: string }",
    );
    assert.strictEqual(found["Program.name_abbreviated"], undefined);
    assert.strictEqual(found["Student.abbreviatedName"], "user.name");
  });

  it("a country or a language held as a named entry on a person's account is the person's", () => {
    const found = scan("export interface AccountData { id: number; completeName?: string; country?: { name: string }; language?: { name?: string; symbol?: string } }");
    assert.strictEqual(found["AccountData.country"], "user.contact.address.country");
    assert.strictEqual(found["AccountData.language"], "user.demographic.language");
  });

  it("a Sequelize model named Messages is a table of messages, not a form's messages about its fields", () => {
    const found = scan(
      "const { Model } = require('sequelize');\n" +
        "module.exports = (sequelize, DataTypes) => { class Messages extends Model {}\n" +
        "  Messages.init({ message: DataTypes.STRING, patientName: DataTypes.STRING, drName: DataTypes.STRING }, { sequelize }); return Messages; };",
      "/src/models/messages.js",
    );
    assert.strictEqual(found["Messages.patientName"], "user.name");
    assert.strictEqual(found["Messages.drName"], "user.name");
    // Guard: a form's validation messages name the fields they are about.
    const guards = scan("export const messages = { patientName: 'Enter the patient name', email: 'Enter an email' }");
    assert.deepStrictEqual(guards, {});
  });

  it("a field typed by an imported namespace's type is not typed by the file's own type of that name", () => {
    const found = scan(
      "import type * as Prisma from './prisma/index';\n" +
        "export type Citizen = Prisma.Citizen & { gender?: Prisma.Value | null; ethnicity?: Prisma.Value | null };\n" +
        "export type Value = Prisma.Value & { officerRankDepartments?: string[]; _count?: number };",
    );
    assert.strictEqual(found["Citizen.gender"], "user.demographic.gender");
    assert.strictEqual(found["Citizen.ethnicity"], "user.demographic.race_ethnicity");
  });

  it("warrants out for a person's arrest and the expungement of their record are criminal history; a stock's warrants are not", () => {
    const found = scan(
      "export interface GetActiveWarrantsData { activeWarrants: Warrant[] }\n" +
        "export interface ManageExpungementsProps { expungementRequests: ExpungementRequest[] }\n" +
        "export interface Holding { warrants: number; shares: number; ticker: string }",
    );
    assert.strictEqual(found["GetActiveWarrantsData.activeWarrants"], "user.criminal_history");
    assert.strictEqual(found["ManageExpungementsProps.expungementRequests"], "user.criminal_history");
    assert.strictEqual(found["Holding.warrants"], undefined);
  });

  it("a record that names its customer in parts among its own fields is that record, not a name object", () => {
    const found = scan(
      "interface CheckoutTicketRef { id: number; order_id: string; c_first_name?: string; c_last_name?: string; status: string; devices?: string[] }\n" +
        "export interface CheckoutSuccessPayload { ticket: CheckoutTicketRef | null; total: number }\n" +
        "interface PersonName { first: string; last: string; middle?: string }\n" +
        "export interface Applicant { name: PersonName; score: number }",
    );
    assert.strictEqual(found["CheckoutSuccessPayload.ticket"], undefined);
    // Guard: a name object of parts is still the person's name.
    assert.strictEqual(found["Applicant.name"], "user.name");
  });
});
