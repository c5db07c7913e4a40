/**
 * Patterns from the 120th and later labelling rounds (session 16), written as minimal code: each test fails on the code
 * before its fix.
 */
import * as assert from "assert";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

/** owner.field -> category of one file scanned alone. */
function scan(code: string, file = "/src/example.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

describe("classifier: after round 120", () => {
  it("a project's own nullable wrapper holds what its argument holds", () => {
    const found = scan(
      // (The address type from a package, which does not resolve here; the wrappers the project's own.)
      'import type { Address } from "@commercelayer/sdk";\ntype NullableType<T> = T | null;\ntype MaybeValue<T> = T | undefined;\n' +
        "export interface CheckoutState { billingAddress: NullableType<Address>; shippingAddress: MaybeValue<Address>; step: NullableType<string> }",
    );
    assert.strictEqual(found["CheckoutState.billingAddress"], "user.contact.address");
    assert.strictEqual(found["CheckoutState.shippingAddress"], "user.contact.address");
    assert.strictEqual(found["CheckoutState.step"], undefined);
  });

  it("an address object whose name says whose it is not (a building's, a registered office's) stays unreported", () => {
    const found = scan(
      "export interface Address { street: string; city: string; zipCode: string }\n" +
        "export class Listing { buildingAddress: Address; registeredOfficeAddress: Address; premisesAddress: Address }\n" +
        "export class Applicant { name: string; selectedAddress: Address; serviceAddress: Address; home: Address }",
    );
    assert.strictEqual(found["Listing.buildingAddress"], undefined);
    assert.strictEqual(found["Listing.registeredOfficeAddress"], undefined);
    assert.strictEqual(found["Listing.premisesAddress"], undefined);
    // A qualifier that names no place leaves the parts to decide (an officer's address for service is theirs).
    assert.strictEqual(found["Applicant.selectedAddress"], "user.contact.address");
    assert.strictEqual(found["Applicant.serviceAddress"], "user.contact.address");
    assert.strictEqual(found["Applicant.home"], "user.contact.address");
  });

  it("a pay rate keeps its meaning with its unit after it", () => {
    const found = scan("export interface Contractor { name: string; email: string; payRateInSubunits: number; salary_in_cents: number; rateLimit: number }");
    assert.strictEqual(found["Contractor.payRateInSubunits"], "user.financial");
    assert.strictEqual(found["Contractor.salary_in_cents"], "user.financial");
    assert.strictEqual(found["Contractor.rateLimit"], undefined);
  });

  it("French code's words for a person's name, gender, birth year, phone, job and language", () => {
    const found = scan(
      "export interface Mandataire { nom: string; prenom: string; genre: string; civilite: string; annee_naissance: number;\n" +
        "  telephone_portable: string; adresse_complement: string; fonction: string; langue: string; surnom: string; email: string }\n" +
        "export interface Film { titre: string; genre: string; annee: number }\n" +
        "export interface Structure { nom: string; adresse: string; codePostal: string; telephone: string }",
    );
    assert.strictEqual(found["Mandataire.nom"], "user.name");
    assert.strictEqual(found["Mandataire.genre"], "user.demographic.gender");
    assert.strictEqual(found["Mandataire.civilite"], "user.demographic.gender");
    assert.strictEqual(found["Mandataire.annee_naissance"], "user.demographic.date_of_birth");
    assert.strictEqual(found["Mandataire.telephone_portable"], "user.contact.phone_number");
    assert.strictEqual(found["Mandataire.adresse_complement"], "user.contact.address.street");
    assert.strictEqual(found["Mandataire.fonction"], "user.job_title");
    assert.strictEqual(found["Mandataire.langue"], "user.demographic.language");
    assert.strictEqual(found["Mandataire.surnom"], "user.name");
    // A film's genre is its kind; an organisation's (`structure`) name and address are its own.
    assert.strictEqual(found["Film.genre"], undefined);
    assert.strictEqual(found["Structure.nom"], undefined);
    assert.strictEqual(found["Structure.adresse"], undefined);
    assert.strictEqual(found["Structure.codePostal"], undefined);
  });

  it("Canada's health and social insurance numbers, further given names and an ISO date of birth", () => {
    const found = scan(
      "export interface Applicant { firstName: string; secondName: string; thirdName: string; lastName: string; foreName2: string;\n" +
        "  phn: string; SIN: string; prevHealthNumber: string; dateOfBirthIso: string }",
    );
    assert.strictEqual(found["Applicant.secondName"], "user.name");
    assert.strictEqual(found["Applicant.thirdName"], "user.name");
    assert.strictEqual(found["Applicant.foreName2"], "user.name.first");
    assert.strictEqual(found["Applicant.phn"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Applicant.SIN"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Applicant.prevHealthNumber"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Applicant.dateOfBirthIso"], "user.demographic.date_of_birth");
  });

  it("a FHIR search's Bundle holds the resources it is given", () => {
    const found = scan(
      'import { Encounter } from "fhir/r4";\n' +
        "interface EncounterPickerState { data: fhir4.Bundle<fhir4.Encounter> | null; loading: boolean; pageSize: number }",
    );
    assert.strictEqual(found["EncounterPickerState.data"], "user.health_and_medical");
    assert.strictEqual(found["EncounterPickerState.pageSize"], undefined);
  });

  it("a stored message's email headers are addresses, and an object of several is a message, not one address", () => {
    const found = scan(
      "export interface ConversationMessage { id: number; emailFrom: string; emailTo: string; emailCc: string[]; body: string }\n" +
        "export interface Email { emailFrom: string; emailTo: string; subject: string; message: string }\n" +
        "export interface Form { title: string; emails: Email[] }",
    );
    assert.strictEqual(found["ConversationMessage.emailFrom"], "user.contact.email");
    assert.strictEqual(found["ConversationMessage.emailTo"], "user.contact.email");
    assert.strictEqual(found["ConversationMessage.emailCc"], "user.contact.email");
    assert.strictEqual(found["Form.emails"], undefined);
  });

  it("a business's named contact is a person; its own contact details stay its mailbox", () => {
    const found = scan(
      "export interface Institution { operatingName: string; primaryEmail: string; primaryContactEmail: string; primaryContactPhone: string;\n" +
        "  contactEmail: string; companyContactEmail: string }",
    );
    assert.strictEqual(found["Institution.primaryContactEmail"], "user.contact.email");
    assert.strictEqual(found["Institution.primaryContactPhone"], "user.contact.phone_number");
    assert.strictEqual(found["Institution.primaryEmail"], undefined);
    assert.strictEqual(found["Institution.contactEmail"], undefined);
    assert.strictEqual(found["Institution.companyContactEmail"], undefined);
  });

  it("Indigenous identity is ethnicity on a person's record, not on a catalogue's entry", () => {
    const found = scan(
      "export interface Participant { firstName: string; lastName: string; isIndigenous: boolean; indigenousIdentities: string[];\n" +
        "  citizenshipStatus: string; disabilityCategory: string }\n" +
        "export interface Language { code: string; label: string; indigenous: boolean }",
    );
    assert.strictEqual(found["Participant.isIndigenous"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["Participant.indigenousIdentities"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["Participant.citizenshipStatus"], "user.demographic.nationality");
    assert.strictEqual(found["Participant.disabilityCategory"], "user.health_and_medical");
    assert.strictEqual(found["Language.indigenous"], undefined);
  });

  it("a generated model's prefix does not make an address type an API's", () => {
    const found = scan(
      'import { ApiGen_Concepts_Address } from "@/models/api/generated/ApiGen_Concepts_Address";\n' +
        "export class AcquisitionFileOwner { ownerName: string; ownerAddress?: ApiGen_Concepts_Address }",
    );
    assert.strictEqual(found["AcquisitionFileOwner.ownerAddress"], "user.contact.address");
  });

  it("a title is an honorific on a name object or beside a date of birth, and a job beside a company", () => {
    const found = scan(
      "export interface Name { title?: string; firstName?: string; lastName?: string }\n" +
        "type PscFormData = { title?: string; forename?: string; surname?: string; dateOfBirth?: string; nationality?: string };\n" +
        "export interface Contact { title: string; firstName: string; lastName: string; company: string; email: string }",
    );
    assert.strictEqual(found["Name.title"], "user.name");
    assert.strictEqual(found["PscFormData.title"], "user.name");
    assert.strictEqual(found["Contact.title"], "user.job_title");
  });

  it("the older cast declares its type literal's fields, in a function's body too", () => {
    const found = scan(
      "export function postDetails(req: Request) {\n  const data = <{ firstName: string; lastName: string; prisonerDob: string }>matchedData(req)\n  return data\n}",
    );
    assert.strictEqual(found["data.firstName"], "user.name.first");
    assert.strictEqual(found["data.prisonerDob"], "user.demographic.date_of_birth");
  });

  it("a company register's people are persons, its public register is not; a preferred location is no one's whereabouts", () => {
    const found = scan(
      "export interface PscStatement { pscName: string; linkedPscName: string; directorName: string; public_register_name: string }\n" +
        "export interface Participant { firstName: string; lastName: string; email: string; preferredLocation: string; location: string }",
    );
    assert.strictEqual(found["PscStatement.pscName"], "user.name");
    assert.strictEqual(found["PscStatement.linkedPscName"], "user.name");
    assert.strictEqual(found["PscStatement.directorName"], "user.name");
    assert.strictEqual(found["PscStatement.public_register_name"], undefined);
    assert.strictEqual(found["Participant.preferredLocation"], undefined);
    assert.strictEqual(found["Participant.location"], "user.location.imprecise");
  });

  it("an object nested in a tracked visit is part of the visit; the visitor's avatar stays their picture", () => {
    const found = scan(
      "export type PipelinesContext = Partial<{\n  ip: string;\n  userAgent: string;\n" +
        "  location: Partial<{ city: string; country: string; latitude: number }>;\n" +
        "  userAgentData: { platform: string; mobile: boolean };\n}>;\n" +
        "export interface Visitor { referrer: string; utm_source: string; utm_campaign: string; avatar: { image_url: string } }",
    );
    assert.strictEqual(found["PipelinesContext.location.city"], "user.location.imprecise");
    assert.strictEqual(found["PipelinesContext.location.country"], "user.location.imprecise");
    assert.strictEqual(found["PipelinesContext.location.latitude"], "user.location.precise");
    assert.strictEqual(found["PipelinesContext.userAgentData.platform"], "user.device");
    assert.strictEqual(found["Visitor.avatar.image_url"], "user.content.self_image");
  });

  it("a field typed by a part's name is not that part's object; a care goal's and a lab order's notes are health", () => {
    const found = scan(
      'import { Display } from "../../types/checker";\n' +
        "export class Checker { title: string; displays: Display[] }\n" +
        "export interface CareGoal { id: string; description: string; priority: string }\n" +
        "export interface LabRequest { id: string; type: string; notes: string }",
    );
    assert.strictEqual(found["Checker.displays"], undefined);
    assert.strictEqual(found["CareGoal.description"], "user.health_and_medical");
    assert.strictEqual(found["LabRequest.notes"], "user.health_and_medical");
  });

  it("a form field's settings held under a person's field name hold no value; the value's own record does", () => {
    const found = scan(
      "export interface BillingAddressProps {\n  show: boolean;\n" +
        "  postalCode?: { show: boolean; label: string; placeholder: string };\n" +
        "  region?: { show: boolean; label: string; placeholder: string };\n}\n" +
        "export interface BillingAddress { firstName: string; postalCode: string; region: string; streetAddress: string }",
    );
    assert.strictEqual(found["BillingAddressProps.postalCode"], undefined);
    assert.strictEqual(found["BillingAddressProps.region"], undefined);
    assert.strictEqual(found["BillingAddress.postalCode"], "user.contact.address.postal_code");
  });

  it("a screenshot's emulated browser settings configure it; a session's device is a person's", () => {
    const found = scan(
      "export class Avatars {\n  getScreenshot(params: { url: string; viewportWidth?: number; userAgent?: string; locale?: string; latitude?: number }): string { return ''; }\n}\n" +
        "export interface Session { ip: string; userAgent: string; osName: string; countryCode: string }",
    );
    assert.strictEqual(found["Avatars.getScreenshot.params.userAgent"], undefined);
    assert.strictEqual(found["Avatars.getScreenshot.params.locale"], undefined);
    assert.strictEqual(found["Avatars.getScreenshot.params.latitude"], undefined);
    assert.strictEqual(found["Session.userAgent"], "user.device");
  });
});
