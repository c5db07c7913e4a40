/**
 * Patterns from the 207th and later labelling rounds (session 18), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields as scanProject } from "./classify-helpers";

describe("classifier: after round 207", () => {
  it("a page header's signed-in person is a person's name; a table's column headers are labels", () => {
    const found = scan(
      "export class HeaderComponent { public fullName: string; public isMobile: boolean; }\n" +
        "export interface HomeHeaderProps { name: string; dateOfBirth: string }\n" +
        "export interface ColumnHeaderLabels { fullName: string; email: string }",
    );
    assert.strictEqual(found["HeaderComponent.fullName"], "user.name");
    assert.strictEqual(found["HomeHeaderProps.dateOfBirth"], "user.demographic.date_of_birth");
    assert.strictEqual(found["ColumnHeaderLabels.fullName"], undefined);
    assert.strictEqual(found["ColumnHeaderLabels.email"], undefined);
  });

  it("whether to show or hide a value is a setting, not the value", () => {
    const found = scan("export type PublicProfile = { showLogin?: string; hideEmail?: string; login: string; email: string }");
    assert.strictEqual(found["PublicProfile.showLogin"], undefined);
    assert.strictEqual(found["PublicProfile.hideEmail"], undefined);
    assert.strictEqual(found["PublicProfile.email"], "user.contact.email");
  });

  it("the name a member chose to show is their name; a thing's custom name is not", () => {
    const found = scan(
      "export type User = { id: string; email: string; name: string; customName: string | null; customAvatar: string | null };\n" +
        "export type DatabaseView = { id: string; customName: string; fields: string[] };",
    );
    assert.strictEqual(found["User.customName"], "user.name");
    assert.strictEqual(found["DatabaseView.customName"], undefined);
  });

  it("a push token's platform is the device's", async () => {
    const found = await scanProject({
      "prisma/schema.prisma":
        "model PushToken {\n  id String @id\n  did String\n  platform String\n  token String\n  disabled Boolean @default(false)\n}\n" +
        "model Release {\n  id String @id\n  platform String\n  version String\n}\n",
    });
    assert.strictEqual(found["PushToken.platform"], "user.device");
    assert.strictEqual(found["Release.platform"], undefined);
  });

  it("the rows a tagged-template query returns are read as a call's type arguments", () => {
    const found = scan(
      "export const blocked = async (userId: number) =>\n" +
        "  await db.$queryRaw<{ id: number; username: string | null }[]>`SELECT u.username FROM users u WHERE u.id = ${userId}`;",
    );
    assert.ok(Object.entries(found).some(([k, v]) => k.endsWith(".username") && v === "user.account.username"), JSON.stringify(found));
  });

  it("a post's author does not make its title a job or its picture the author's", () => {
    const found = scan(
      "export type LongFormData = { title: string; summary: string; image: string; tags: string[]; published: number; content: string; author: string };\n" +
        "export type Person = { title: string; name: string; image: string };",
    );
    assert.strictEqual(found["LongFormData.author"], "user.name");
    assert.strictEqual(found["LongFormData.title"], undefined);
    assert.strictEqual(found["LongFormData.image"], undefined);
    assert.strictEqual(found["Person.title"], "user.job_title");
    assert.strictEqual(found["Person.image"], "user.content.self_image");
  });

  it("the name of a directory attribute that holds a value is configuration", () => {
    const found = scan("export type LdapSettings = { ldapAttributeUserEmail: string; ldapAttributeUserFirstName: string; ldapUrl: string }");
    assert.deepStrictEqual(found, {});
  });

  it("one viewer's video view is a tracked visit: its place, device and page are the viewer's", () => {
    const found = scan(
      "export interface VideoView { id: string; city: string | null; country_code: string | null; page_url: string | null;\n" +
        "  viewer_device_manufacturer: string | null; viewer_device_model: string | null; rebuffer_percentage: number | null }\n" +
        "export interface Rendition { id: string; city: string; model: string }",
    );
    assert.strictEqual(found["VideoView.city"], "user.location.imprecise");
    assert.strictEqual(found["VideoView.country_code"], "user.location.imprecise");
    assert.strictEqual(found["VideoView.page_url"], "user.behavior.browsing_history");
    assert.strictEqual(found["VideoView.viewer_device_model"], "user.device");
    assert.strictEqual(found["VideoView.rebuffer_percentage"], undefined);
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("Rendition.")), []);
  });

  it("a credit report's attributes are the person's financial data", () => {
    const found = scan("export interface EntityAttributes { credit_health_hard_inquiries: number; credit_health_derogatory_marks: number; updated_at: string }");
    assert.strictEqual(found["EntityAttributes.credit_health_hard_inquiries"], "user.financial");
    assert.strictEqual(found["EntityAttributes.credit_health_derogatory_marks"], "user.financial");
    assert.strictEqual(found["EntityAttributes.updated_at"], undefined);
  });

  it("a blocked IP is an instance's rule, a sign-in's IP is the person's", () => {
    const found = scan(
      "export interface CreateIpBlockParams { readonly ip: string; readonly severity: string; readonly comment?: string }\n" +
        "export interface LoginAttempt { ip: string; userAgent: string }",
    );
    assert.strictEqual(found["CreateIpBlockParams.ip"], undefined);
    assert.strictEqual(found["LoginAttempt.ip"], "user.device.ip_address");
  });

  it("a discussion's current title is its heading; a candidate's is their job", () => {
    const found = scan(
      "export interface RenameDiscussionModalAttrs { currentTitle: string; discussion: Discussion }\n" +
        "export interface Candidate { firstName: string; lastName: string; email: string; currentTitle: string }",
    );
    assert.strictEqual(found["RenameDiscussionModalAttrs.currentTitle"], undefined);
    assert.strictEqual(found["Candidate.currentTitle"], "user.job_title");
  });

  it("a stream's value is read through it: a flag in a stream is a flag", () => {
    const found = scan("export default class CreateUserModal { email!: Stream<string>; requireEmailConfirmation!: Stream<boolean>; }");
    assert.strictEqual(found["CreateUserModal.email"], "user.contact.email");
    assert.strictEqual(found["CreateUserModal.requireEmailConfirmation"], undefined);
  });

  it("a paginated list's links are no pages seen; a visit's last page is", () => {
    const found = scan(
      "export interface PaginatedMeta { current_page: number; first_page_url: string; last_page_url: string; prev_page_url: string | null; next_page_url: string | null }\n" +
        "export interface Visit { ip: string; lastPageUrl: string; referrer: string }",
    );
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("PaginatedMeta.")), []);
    assert.strictEqual(found["Visit.lastPageUrl"], "user.behavior.browsing_history");
  });

  it("who reposted or uploaded something on a feed is a person, whatever the feed", () => {
    const found = scan(
      "export interface GetFeedDataResultRow { post_id: number; title: string | null; reposter_name: string | null; reposter_username: string; reposter_avatar_url: string | null }\n" +
        "export interface Movie { posterPath: string; title: string }",
    );
    assert.strictEqual(found["GetFeedDataResultRow.reposter_name"], "user.name");
    assert.strictEqual(found["GetFeedDataResultRow.reposter_username"], "user.account.username");
    assert.strictEqual(found["GetFeedDataResultRow.reposter_avatar_url"], "user.content.self_image");
    assert.strictEqual(found["GetFeedDataResultRow.title"], undefined);
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("Movie.")), []);
  });

  it("a patronymic and the particle before a family name are parts of a name", () => {
    const found = scan("export interface Profile { givenName: string; familyNamePrefix: string; patronymicName: string; familyName: string }");
    assert.strictEqual(found["Profile.familyNamePrefix"], "user.name");
    assert.strictEqual(found["Profile.patronymicName"], "user.name");
  });

  it("a GitHub app's installation on an organisation is no device; an app's installation on a device is", () => {
    const found = scan(
      "export class GitOrganization { id!: string; installationId!: string; name!: string }\n" +
        "export interface Mailbox { githubInstallationId: string | null; slug: string }\n" +
        "export interface Installation { installationId: string; appVersion: string }",
    );
    assert.strictEqual(found["GitOrganization.installationId"], undefined);
    assert.strictEqual(found["Mailbox.githubInstallationId"], undefined);
    assert.strictEqual(found["Installation.installationId"], "user.device.device_id");
  });

  it("an AI agent's name and avatar are a program's; a leasing agent's phone is a person's", () => {
    const found = scan(
      "export type StartAgentReviewResult = { reportId: string; agentName: string };\n" +
        "export interface AgentRunWidgetProps { agentName: string; agentImageUrl: string }\n" +
        "export interface Listing { leasingAgentName: string; leasingAgentPhone: string; leasingAgentEmail: string }",
    );
    assert.strictEqual(found["StartAgentReviewResult.agentName"], undefined);
    assert.strictEqual(found["AgentRunWidgetProps.agentName"], undefined);
    assert.strictEqual(found["AgentRunWidgetProps.agentImageUrl"], undefined);
    assert.strictEqual(found["Listing.leasingAgentName"], "user.name");
    assert.strictEqual(found["Listing.leasingAgentPhone"], "user.contact.phone_number");
  });

  it("a user action's or event's name is the action's", () => {
    const found = scan("export type EndUserActionProps = { userActionName: string; userEventName: string; startTime: number; userName: string }");
    assert.strictEqual(found["EndUserActionProps.userActionName"], undefined);
    assert.strictEqual(found["EndUserActionProps.userEventName"], undefined);
    assert.strictEqual(found["EndUserActionProps.userName"], "user.name");
  });

  it("the link a person clicked, recorded, is what they did whatever holds it", () => {
    const found = scan("export const eventRequestSchema = object().shape({ messageId: string().required(), clickedUrl: string(), redirectUrl: string() });");
    assert.strictEqual(found["eventRequestSchema.clickedUrl"], "user.behavior.browsing_history");
    assert.strictEqual(found["eventRequestSchema.redirectUrl"], undefined);
  });

  it("the API a call's parameters travel through says nothing of what they are", () => {
    const found = scan(
      "export type MergeApiParams = { sourceEmail: string | null; sourceUserId: string | null; destinationEmail: string | null };\n" +
        "export interface Api { name: string; baseUrl: string }",
    );
    assert.strictEqual(found["MergeApiParams.sourceEmail"], "user.contact.email");
    assert.strictEqual(found["MergeApiParams.destinationEmail"], "user.contact.email");
    assert.strictEqual(found["Api.name"], undefined);
  });

  it("a record that holds an address among many other things is that record, not an address", async () => {
    const found = await scanProject({
      "src/types.ts":
        "export type UserAddress = { streetName: string; streetNumber: string; city: string; postalCode: string };\n" +
        "export type Permit = { id: string; status: string; startTime: string; endTime: string; vehicle: string; parkingZone: string; monthCount: number;\n" +
        "  monthlyPrice: number; contractType: string; canBeRefunded: boolean; hasRefund: boolean; receiptUrl: string; address: UserAddress; addressApartment: string };\n",
      "src/permit.tsx":
        "import { Permit, UserAddress } from './types';\nexport interface Props { address: UserAddress; permits: Permit[]; primaryPermit: Permit }\n",
    });
    assert.strictEqual(found["Props.address"], "user.contact.address");
    assert.strictEqual(found["Props.permits"], undefined);
    assert.strictEqual(found["Props.primaryPermit"], undefined);
  });

  it("an address written in another language is the address; a name in another language is a thing's label", () => {
    const found = scan(
      "export type UserAddress = { streetName: string; streetNameSv: string; city: string; citySv: string; postalCode: string };\n" +
        "export type GenderCode = { id: string; nameEn: string; nameFr: string };",
    );
    assert.strictEqual(found["UserAddress.streetNameSv"], "user.contact.address.street");
    assert.strictEqual(found["UserAddress.citySv"], "user.contact.address.city");
    assert.strictEqual(found["GenderCode.nameEn"], undefined);
    assert.strictEqual(found["GenderCode.nameFr"], undefined);
  });

  it("the languages a family speaks at home and a registration's preferred language are the person's", () => {
    const found = scan("export type GuardianInput = { firstName: string; preferLanguage: string; languagesSpokenAtHome: string[] }");
    assert.strictEqual(found["GuardianInput.preferLanguage"], "user.demographic.language");
    assert.strictEqual(found["GuardianInput.languagesSpokenAtHome"], "user.demographic.language");
  });

  it("staff named by their role in a decision are people, with their titles", () => {
    const found = scan("export type BatchInspected = { decision_maker_name: string; decision_maker_title: string; expert_inspector_title: string; p2p_checker_name: string; batch_id: string }");
    assert.strictEqual(found["BatchInspected.decision_maker_name"], "user.name");
    assert.strictEqual(found["BatchInspected.decision_maker_title"], "user.job_title");
    assert.strictEqual(found["BatchInspected.expert_inspector_title"], "user.job_title");
    assert.strictEqual(found["BatchInspected.p2p_checker_name"], "user.name");
  });

  it("a conditional schema's fields (yup's `.when` callbacks) are the key's", () => {
    const found = scan(
      "export const schema = Yup.object().shape({\n" +
        "  person: Yup.object().when(['isSame'], ([isSame], s) => { return isSame ? s : s.shape({ name: Yup.string(), emailAddress: Yup.string().email('e') }); }),\n" +
        "  other: Yup.object().when('x', { is: true, then: (s) => s.shape({ phoneNumber: Yup.string() }) }),\n" +
        "});",
    );
    assert.strictEqual(found["schema.person.emailAddress"], "user.contact.email");
    assert.strictEqual(found["schema.person.name"], "user.name");
    assert.strictEqual(found["schema.other.phoneNumber"], "user.contact.phone_number");
  });

  it("a field typed by a string's alias from a file the scan does not see holds a string", () => {
    const found = scan(
      "import { stringOrNull, NullableString, LocalizedString } from '../api/types';\n" +
        "export type SignupInput = { first_name?: stringOrNull; city?: stringOrNull; last_name?: NullableString; name: LocalizedString; status: stringOrNull };",
    );
    assert.strictEqual(found["SignupInput.first_name"], "user.name.first");
    assert.strictEqual(found["SignupInput.last_name"], "user.name.last");
    assert.strictEqual(found["SignupInput.city"], "user.contact.address.city");
    assert.strictEqual(found["SignupInput.name"], undefined);
  });

  it("a list query's parameters are what an admin searches by, not anyone's data", () => {
    const found = scan(
      "type Config = { first: number; after?: string; orderBy?: string; firstName?: string; lastName?: string; email?: string; address?: string };\n" +
        "type Card = { cardholderName: string; email: string; limit: number };",
    );
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("Config.")), []);
    assert.strictEqual(found["Card.email"], "user.contact.email");
  });

  it("a Sequelize model whose name is a const is read as one named by a string", () => {
    const found = scan(
      "const USER_MODEL_NAME = 'user';\n" +
        "export const defineUser = (sequelize: Sequelize) => {\n" +
        "  const User = sequelize.define(USER_MODEL_NAME, { username: { type: DataTypes.STRING, validate: { isEmail: true } }, displayname: { type: DataTypes.STRING, allowNull: false } });\n" +
        "  return { User };\n};",
    );
    assert.strictEqual(found["User.displayname"], "user.name");
    assert.strictEqual(found["User.username"], "user.contact.email");
  });

  it("a helper wrapped around a string's schema still holds a string", () => {
    const found = scan(
      "const requireIfNotAdult = (s: Yup.StringSchema) => s.when(['birthDate'], (b: string, schema: Yup.StringSchema) => schema);\n" +
        "const approverFirstNameSchema = Yup.string().min(1).max(255);\n" +
        "const addressSchema = Yup.object({ street: Yup.string(), city: Yup.string() });\n" +
        "export const youthApproverSchema = Yup.object().shape({ approverFirstName: requireIfNotAdult(approverFirstNameSchema), languageAtHome: requireIfNotAdult(languageSchema) });",
    );
    assert.strictEqual(found["youthApproverSchema.approverFirstName"], "user.name.first");
    assert.strictEqual(found["youthApproverSchema.languageAtHome"], "user.demographic.language");
  });

  it("a record with a trading name or a legal structure is a business's: its legal name and address are not a person's", () => {
    const found = scan(
      "export interface Operator { id: number; legal_name: string; trade_name: string; business_structure: string; street_address: string; municipality: string; postal_code: string }\n" +
        "export interface Person { legal_name: string; email: string; date_of_birth: string; street_address: string }",
    );
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("Operator.")), []);
    assert.strictEqual(found["Person.legal_name"], "user.name");
    assert.strictEqual(found["Person.street_address"], "user.contact.address.street");
  });

  it("a case's lawyer and judge written as text are people's names", () => {
    const found = scan("export interface CaseManagement { judgeName: string; lawyer: string; courtRegistry: string; fileNumber: string }");
    assert.strictEqual(found["CaseManagement.judgeName"], "user.name");
    assert.strictEqual(found["CaseManagement.lawyer"], "user.name");
    assert.strictEqual(found["CaseManagement.courtRegistry"], undefined);
  });

  it("an interface's `IF` suffix says nothing of what it holds (`IndividualNameIF`, `PartyIF`)", () => {
    const found = scan(
      "import type { IndividualNameIF, AddressIF } from '@/interfaces';\n" +
        "export interface DebtorNameIF { businessName?: string; personName?: IndividualNameIF }\n" +
        "export interface PartyIF { firstName: string; mailingAddress: AddressIF }\n" +
        "export interface RegistrationSortIF { civicAddress: string; registrationNumber: string; orderBy: string; orderVal: string; startDate: string }",
    );
    assert.strictEqual(found["DebtorNameIF.personName"], "user.name");
    assert.strictEqual(found["PartyIF.mailingAddress"], "user.contact.address");
  });
});
