/**
 * Issue 12's examples: fields typed by names declared elsewhere (the project index), type literals of parameters,
 * composites, and the contexts that say no. Cross-file cases run the CLI's own project scan on a temporary project.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inventoryProject } from "../src/core/project";
import { ProjectIndex, resolveReferences, type FileSummary, type PreviousPass, type ResolutionReads, type ResolvedDelta } from "../src/core/index/project-index";
import { compositeCategory } from "../src/core/index/shapes";
import type { FileScanResult, Finding } from "../src/core/types";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

/** owner.field -> category of one file scanned alone. */
function scan(code: string, file = "/src/example.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

/** owner.field -> category of a project of several files, scanned as the CLI does. */
async function scanProject(files: Record<string, string>): Promise<Record<string, string>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-index-"));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    const out: Record<string, string> = {};
    for (const f of (await inventoryProject(root, { maxWorkers: 1 })).findings) out[`${path.relative(root, f.file)}:${f.owner}.${f.field}`] = f.category;
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

describe("project index: references across files", () => {
  it("a zod schema key built from a schema const, in the same file or imported, has that const's validators", async () => {
    const found = await scanProject({
      "src/meta.ts": [
        'import { z } from "zod";',
        'import { ZRecipientEmailSchema } from "./emails";',
        "const ZIpSchema = z.string().ip();",
        "export const ZMeta = z.object({ ipAddress: ZIpSchema.optional(), contact: ZRecipientEmailSchema, note: z.string() });",
      ].join("\n"),
      "src/emails.ts": 'import { z } from "zod";\nexport const ZRecipientEmailSchema = z.string().email().min(3);\n',
    });
    assert.deepStrictEqual(found, { "src/meta.ts:ZMeta.ipAddress": "user.device.ip_address", "src/meta.ts:ZMeta.contact": "user.contact.email" });
  });

  it("an address object declared in another file is one address row; a whole person record is none", async () => {
    const found = await scanProject({
      "src/order.ts": 'import { AddressDTO } from "./dto";\nimport type { Customer } from "./dto";\nexport interface Order { shipping_address: AddressDTO; customer: Customer; buyers: Customer[] }\n',
      "src/dto/index.ts": "export class AddressDTO { line1: string; city: string; postalCode: string; country: string }\nexport interface Customer { fullName: string; email: string; phone: string }\n",
    });
    assert.strictEqual(found["src/order.ts:Order.shipping_address"], "user.contact.address", "resolved through the folder's index file");
    assert.strictEqual(found["src/order.ts:Order.customer"], undefined, "the person's data is reported where Customer declares it");
    assert.strictEqual(found["src/order.ts:Order.buyers"], undefined);
    assert.strictEqual(found["src/dto/index.ts:Customer.email"], "user.contact.email");
  });

  it("an enum or literal union declared elsewhere says the field is not the data", async () => {
    const found = await scanProject({
      "src/profile.ts": 'import { Position, Gender } from "./enums";\nexport interface Profile { position: Position; gender: Gender }\n',
      "src/enums.ts": 'export enum Position { Top = "top", Bottom = "bottom" }\nexport type Gender = "female" | "male" | "other";\n',
    });
    assert.deepStrictEqual(found, { "src/profile.ts:Profile.gender": "user.demographic.gender" });
  });

  it("a Prisma composite type is an address when its parts are", async () => {
    const found = await scanProject({
      "prisma/schema.prisma": "type Address {\n  street String\n  city String\n  zip String\n}\nmodel User {\n  id String @id\n  address Address\n}\n",
    });
    assert.strictEqual(found["prisma/schema.prisma:User.address"], "user.contact.address");
  });

  it("resolves by a name the project declares once when the import path cannot be followed (aliases)", () => {
    type Entries<M> = M extends Map<string, infer V> ? Record<string, V> : never;
    const summary = (declarations: Entries<FileSummary["declarations"]>, imports: Entries<FileSummary["imports"]> = {}): FileSummary => ({
      declarations: new Map(Object.entries(declarations)),
      imports: new Map(Object.entries(imports)),
    });
    const index = new ProjectIndex([
      ["/p/a.ts", summary({}, { Address: { from: "@/types", name: "Address" } })],
      ["/p/types/address.ts", summary({ Address: { kind: "object", composite: "user.contact.address" } })],
      ["/p/b.ts", summary({ Twice: { kind: "enum" } })],
      ["/p/c.ts", summary({ Twice: { kind: "enum" } })],
    ]);
    assert.strictEqual(index.resolve("/p/a.ts", "Address")?.shape.kind, "object");
    assert.strictEqual(index.resolve("/p/a.ts", "Twice"), undefined, "two declarations: no guess");
    assert.strictEqual(index.resolve("/p/a.ts", "constructor"), undefined, "names are not looked up on Object's prototype");
  });

  it("composites: parts of one kind make a composite, a person record does not", () => {
    assert.strictEqual(compositeCategory(["line1", "city", "postcode", "country", "firstName"], rules), "user.contact.address");
    assert.strictEqual(compositeCategory(["first", "last", "middle"], rules), "user.name", "a name object");
    assert.strictEqual(compositeCategory(["name", "email", "phone"], rules), undefined);
    assert.strictEqual(compositeCategory(["id", "createdAt"], rules), undefined);
  });
});

describe("scanner: where real code declares fields", () => {
  it("reads type literals of parameters, return types and type-parameter constraints", () => {
    assert.deepStrictEqual(
      scan(`
        export async function createUser({ email, name }: { email: string; name: string }) {}
        export function Dropdown(props: { licenseeEmail: string; inviteeName: string }) {}
        export const action = async (input: { phoneNumber: string }): Promise<{ dateOfBirth: string }> => ({ dateOfBirth: "" });
        export function fullName<T extends { firstName: string }>(data: T) { return data.firstName; }
        export class InviteService { async invite(input: { inviteeEmail: string; role: "admin" | "member" }) {} }`),
      {
        "createUser.email": "user.contact.email",
        "createUser.name": "user.name",
        "Dropdown.licenseeEmail": "user.contact.email",
        "Dropdown.inviteeName": "user.name",
        "action.input.phoneNumber": "user.contact.phone_number",
        "action.dateOfBirth": "user.demographic.date_of_birth",
        "fullName.firstName": "user.name.first",
        "InviteService.invite.input.inviteeEmail": "user.contact.email",
      },
    );
  });

  it("reads a schema whose builder has type arguments (new Schema<T>({...}))", () => {
    assert.deepStrictEqual(scan(`import { Schema } from "mongoose";\nconst userSchema = new Schema<UserDoc>({ email: String, phone: Schema.Types.String });`), {
      "userSchema.email": "user.contact.email",
      "userSchema.phone": "user.contact.phone_number",
    });
  });

  it("reads nested type literals with the owner path as context: a name object's parts", () => {
    assert.deepStrictEqual(scan(`export interface Patient { name: { first: string; last: string; preferred: string }; position: "top" | "bottom" }`), {
      "Patient.name": "user.name",
      "Patient.name.first": "user.name",
      "Patient.name.last": "user.name",
      "Patient.name.preferred": "user.name",
    });
  });
});

describe("classifier: contexts that decide", () => {
  it("says no for word senses, UI props, literal unions, validation messages, aggregates and configuration lists", () => {
    assert.deepStrictEqual(
      scan(`
        export interface Props { position: "top" | "bottom"; cells: Cell[]; $anchorCell: string; pathInZip: string; onChange: () => void; name: string }
        export interface PatientFieldErrors { errors: { familyName: string; email: string } }
        export interface UserMaxAggregate { username: string | null; email: string | null }
        export interface Firewall { denyIPAddressList: string[]; ipAllowList: string[] }
        export interface Parcel { trackingId: string }
        export interface DialogProps { handleConfirm?: any; anchorEl: HTMLElement | null }
        export interface EmployerAddressInput { city?: string; postalCode?: string }
        export interface MerchantBankAccount { iban: string; sortCode: string }`),
      {},
    );
  });

  it("says yes for tracking records, a person's role in the name, language, and the rare categories as domains spell them", () => {
    assert.deepStrictEqual(
      scan(`
        export interface Record { browserName: string; osName: string; screenWidth: number; browserHeight: number; siteReferrer: string }
        export type MailDescription = { template: "user-invitation"; variables: { inviteeEmail: string; magicLink: string } };
        export interface AuditEntry { actorName: string; licenseeName: string; createdByEmail: string; newEmail: string }
        export interface Subscriber { locale: string; preferredLanguage: string; pronouns: string }
        export interface Payslip { grossPay: number; netPay: number; taxDeducted: number; niContributions: number; bic: string; sortCode: string }
        export interface Check { dbsOutcome: string; mrz: string; faceTemplate: number[] }
        export interface Applicant { ids: { passport: { number: string; expiresOn: string }; nationalId: { documentNumber: string; issuingCountry: string } } }
        export interface Invoice { number: string; issueDate: string }
        export interface MedicalRecord { allergies: string[]; dietaryNeeds: string; diagnoses: Condition[] }`),
      {
        "Record.browserName": "user.device",
        "Record.osName": "user.device",
        "Record.screenWidth": "user.device",
        "Record.browserHeight": "user.device",
        "Record.siteReferrer": "user.behavior.browsing_history",
        "MailDescription.variables.inviteeEmail": "user.contact.email",
        "AuditEntry.actorName": "user.name",
        "AuditEntry.licenseeName": "user.name",
        "AuditEntry.createdByEmail": "user.contact.email",
        "AuditEntry.newEmail": "user.contact.email",
        "Subscriber.locale": "user.demographic.language",
        "Subscriber.preferredLanguage": "user.demographic.language",
        "Subscriber.pronouns": "user.demographic.gender",
        "Payslip.grossPay": "user.financial",
        "Payslip.netPay": "user.financial",
        "Payslip.taxDeducted": "user.financial",
        "Payslip.niContributions": "user.financial",
        "Payslip.bic": "user.financial.bank_account",
        "Payslip.sortCode": "user.financial.bank_account",
        "Check.dbsOutcome": "user.criminal_history",
        "Check.mrz": "user.government_id.national_identification_number",
        "Check.faceTemplate": "user.biometric",
        "Applicant.ids.passport.number": "user.government_id",
        "Applicant.ids.passport.expiresOn": "user.government_id",
        "Applicant.ids.nationalId.documentNumber": "user.government_id",
        "Applicant.ids.nationalId.issuingCountry": "user.government_id",
        "MedicalRecord.allergies": "user.health_and_medical",
        "MedicalRecord.dietaryNeeds": "user.health_and_medical",
        "MedicalRecord.diagnoses": "user.health_and_medical",
      },
    );
  });

  it("a business's address and a company's sender are not a person's", () => {
    assert.deepStrictEqual(
      scan(`
        export interface Warehouse { address: { street: string; city: string; postcode: string }; phone: string }
        export const messageTemplateSchema = new Schema({ senderName: Schema.Types.String, subject: String });`),
      {},
    );
  });
});

describe("project index: whole objects of one kind, and types that say no (second labelling round)", () => {
  it("an object of address parts is an address, whatever its key: type literals, nested schemas, Mongoose sub-documents", () => {
    const found = scan([
      'import { z } from "zod";',
      'import { Schema } from "mongoose";',
      "export interface Profile { home: { street: string; city: string; postcode: string } }",
      "export const basics = z.object({ location: z.object({ address: z.string(), postalCode: z.string(), city: z.string() }) });",
      "export const UserSchema = new Schema({ residence: { street: String, city: String, zip: String } });",
      // A tracked event's geo object is where the visitor was: a location, as its parts are, not an address.
      "export const EventSchema = z.object({ geo: z.object({ city: z.string(), country: z.string() }), userAgent: z.string() });",
      "export const layout = z.object({ position: z.object({ x: z.number(), y: z.number() }) });",
    ].join("\n"));
    assert.strictEqual(found["Profile.home"], "user.contact.address");
    assert.strictEqual(found["basics.location"], "user.contact.address");
    assert.strictEqual(found["UserSchema.residence"], "user.contact.address");
    assert.strictEqual(found["EventSchema.geo"], "user.location.imprecise");
    assert.strictEqual(found["EventSchema.geo.city"], "user.location.imprecise");
    assert.strictEqual(found["layout.position"], undefined);
  });

  it("a type named for the kind is that kind though it also holds the recipient's name and phone; unknown types by their name", async () => {
    const found = await scanProject({
      "src/types.ts": "export interface Address { id: string; title?: string; firstName?: string; lastName?: string; company?: string; addressLine1?: string; addressLine2?: string; city?: string; state?: string; postalCode?: string; phone?: string }\n",
      "src/checkout.tsx": [
        'import type { Address } from "./types";',
        'import type { AddressFragment } from "storefrontapi.generated";',
        "type Props = { selectedAddress?: Address; billingAddress?: Partial<Address>; updatedAddress?: AddressFragment; onSave: () => void };",
        "export function Checkout(props: Props) { return null; }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/checkout.tsx:Props.selectedAddress"], "user.contact.address");
    assert.strictEqual(found["src/checkout.tsx:Props.billingAddress"], "user.contact.address");
    assert.strictEqual(found["src/checkout.tsx:Props.updatedAddress"], "user.contact.address");
    // The compositeCategory rule itself: the type's name tips a mixed record only when its parts lead.
    const members = ["title", "firstName", "lastName", "company", "addressLine1", "addressLine2", "city", "state", "postalCode", "phone"];
    assert.strictEqual(compositeCategory(members, rules), undefined);
    assert.strictEqual(compositeCategory(members, rules, "ShippingAddressDto"), "user.contact.address");
    assert.strictEqual(compositeCategory(members, rules, "Customer"), undefined);
  });

  it("a field typed by a function type is a function (`login: Login`), and a function type's inputs are read", () => {
    const found = scan([
      "export type Login = (args: { email: string; password: string }) => Promise<void>;",
      "export type Create = (args: { email: string; firstName: string; lastName: string }) => Promise<void>;",
      "export interface AuthContext { login: Login; create: Create }",
    ].join("\n"));
    assert.strictEqual(found["AuthContext.login"], undefined);
    assert.strictEqual(found["Create.args.firstName"], "user.name.first");
    assert.strictEqual(found["Login.args.email"], "user.contact.email");
  });

  it("a literal-or-string schema is a string (`z.literal(\"\").or(z.string().email())`); a union of literals is not", () => {
    const found = scan([
      'import { z } from "zod";',
      'export const basics = z.object({ email: z.literal("").or(z.string().email()), picture: z.literal("").or(z.null()).or(z.string().url()),',
      '  gender: z.union([z.literal("a"), z.literal("b")]) });',
    ].join("\n"));
    assert.strictEqual(found["basics.email"], "user.contact.email");
    assert.strictEqual(found["basics.picture"], "user.content.self_image");
  });

  it("clinical FHIR resource types from a types package are health records; a map component's coordinates are not a person's", () => {
    const found = scan([
      'import type { Observation, ServiceRequest } from "@medplum/fhirtypes";',
      "export function sendResults(input: { serviceRequest: ServiceRequest; observations: Observation[]; note: string }) {}",
      'import type { ReactNode } from "react";',
      "export interface IMapProps { latitude: number; longitude: number; className?: string; popupContent?: ReactNode }",
      "export interface Visit { latitude: number; longitude: number; userAgent: string }",
    ].join("\n"));
    assert.strictEqual(found["sendResults.input.serviceRequest"], "user.health_and_medical");
    assert.strictEqual(found["sendResults.input.observations"], "user.health_and_medical");
    assert.strictEqual(found["IMapProps.latitude"], undefined);
    assert.ok(found["Visit.latitude"]?.startsWith("user.location"), JSON.stringify(found));
  });

  it("work history on a CV: the employer and the position held are the person's", () => {
    const found = scan('import { z } from "zod";\nexport const experienceSchema = z.object({ company: z.string().min(1), position: z.string(), date: z.string() });\n');
    assert.strictEqual(found["experienceSchema.company"], "user.contact.organization");
    assert.strictEqual(found["experienceSchema.position"], "user.job_title");
  });
});

describe("project index and classifier: what a low-data app showed (third labelling round)", () => {
  it("a static property belongs to the class: not a field, not a member of the record's shape", async () => {
    const found = await scanProject({
      "src/models/Import.ts": "export class Import { static readonly tableName = 'imports'; static nanoIdPrefix = 'imp'; declare name: string; declare source: string }\n",
      "src/models/Row.ts": 'import { Import } from "./Import";\nexport class Row { declare import?: Import; declare description: string }\n',
    });
    assert.deepStrictEqual(found, {});
    assert.deepStrictEqual(scan("export class User { static fullName = 'x'; fullName: string }"), { "User.fullName": "user.name" });
  });

  it("a name object has parts: a record's `name` beside its `displayName` is not one", async () => {
    assert.strictEqual(compositeCategory(["name", "displayName", "type"], rules), undefined);
    assert.strictEqual(compositeCategory(["fullName", "displayName"], rules), undefined);
    assert.strictEqual(compositeCategory(["given", "family", "prefix"], rules), "user.name", "a FHIR HumanName");
    assert.strictEqual(compositeCategory(["firstName", "lastName"], rules), "user.name");
    const found = await scanProject({
      "src/permissions.ts": "export interface IPermission { id: number; name: string; displayName: string; type: string }\n",
      "src/access.ts": 'import { IPermission } from "./permissions";\nexport interface AccountAccessResponse { permissions: IPermission[] }\n',
    });
    assert.strictEqual(found["src/access.ts:AccountAccessResponse.permissions"], undefined);
  });

  it("a type read through a package's namespace (`Stripe.PaymentIntent`) is the package's, not the project's type of that name", async () => {
    const found = await scanProject({
      "src/models/PaymentIntent.ts": "export class PaymentIntent { declare street: string; declare city: string; declare postalCode: string }\n",
      "src/stripe.ts": [
        'import Stripe from "stripe";',
        'import * as models from "./models/PaymentIntent";',
        "export function create(args: { intent?: Stripe.PaymentIntent; global?: Express.PaymentIntent; local?: models.PaymentIntent }) {}",
      ].join("\n"),
    });
    assert.strictEqual(found["src/stripe.ts:create.args.intent"], undefined);
    assert.strictEqual(found["src/stripe.ts:create.args.global"], undefined, "an undeclared namespace is a global one, a library's");
    assert.strictEqual(found["src/stripe.ts:create.args.local"], "user.contact.address", "a namespace imported from the project's own files is looked into");
  });

  it("settings of a connection, tokens and service accounts are not people; `namePrefix` is a filter, a name object's `prefix` is the name's", () => {
    const found = scan(
      [
        "export const Postgres = z.object({ credentials: z.object({ host: z.string(), port: z.number(), username: z.string(), password: z.string() }) });",
        "export interface LoginForm { username: string; password: string }",
        "export interface PersonalToken { name: string; token: string; expiresAt: Date }",
        "export interface MixpanelCredentials { serviceAccountUserName: string; serviceAccountPassword: string }",
        "export interface FeatureQuery { namePrefix?: string; project?: string }",
        "export interface Patient { name: { prefix: string; given: string[]; family: string } }",
      ].join("\n"),
    );
    assert.strictEqual(found["Postgres.credentials.username"], undefined);
    assert.strictEqual(found["LoginForm.username"], "user.account.username");
    assert.strictEqual(found["PersonalToken.name"], undefined);
    assert.strictEqual(found["MixpanelCredentials.serviceAccountUserName"], undefined);
    assert.strictEqual(found["FeatureQuery.namePrefix"], undefined);
    assert.strictEqual(found["Patient.name.prefix"], "user.name");
  });

  it("an i18n object and an API's config are configuration, a person's settings are the person's; a bare handle needs a person", () => {
    const found = scan(
      [
        "export type CustomerAccount = { i18n: { language: LanguageCode }; email: string };",
        "export type CustomerPrivacyConsentConfig = { country?: CountryCode; locale?: LanguageCode; storefrontAccessToken: string };",
        "export interface UserSettings { locale: string; timezone: string }",
        "export function getVariantUrl({ handle, pathname }: { handle: string; pathname: string }) {}",
        "export interface Member { email: string; handle: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["CustomerAccount.i18n.language"], undefined);
    assert.strictEqual(found["CustomerPrivacyConsentConfig.country"], undefined);
    assert.strictEqual(found["CustomerPrivacyConsentConfig.locale"], undefined);
    assert.strictEqual(found["UserSettings.locale"], "user.demographic.language");
    assert.strictEqual(found["getVariantUrl.handle"], undefined);
    assert.strictEqual(found["Member.handle"], "user.account.username");
  });

  it("a handle on a social network is a username; a tracked click's engine, vendor, continent and referer URL are the visit's", () => {
    const found = scan(
      [
        "export interface Speaker { fullName: string; twitterHandle?: string; linkedInUrl?: string; companyRole?: string }",
        "export interface ClickEvent { url: string; continent: string; device_vendor: string; engine: string; cpu_architecture: string; referer_url: string; pageTitle: string; hostname: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["Speaker.twitterHandle"], "user.account.username");
    assert.strictEqual(found["Speaker.linkedInUrl"], "user.contact.url");
    assert.strictEqual(found["Speaker.companyRole"], "user.job_title");
    for (const f of ["device_vendor", "engine", "cpu_architecture"]) assert.strictEqual(found[`ClickEvent.${f}`], "user.device", f);
    assert.strictEqual(found["ClickEvent.continent"], "user.location.imprecise");
    for (const f of ["referer_url", "pageTitle", "hostname"]) assert.strictEqual(found[`ClickEvent.${f}`], "user.behavior.browsing_history", f);
  });
});

describe("classifier: what auth and tracking SDKs showed (fourth labelling round)", () => {
  it("a page view is known by its referrer: its url, path, title and query are the pages a visitor saw; a page alone is a site's", () => {
    const found = scan(
      [
        "export interface PageContext { path: string; referrer: string; search: string; title: string; url: string }",
        "export interface EventContext { page?: { path?: string; referrer?: string; title?: string } | undefined }",
        "export interface Page { title: string; path: string; slug: string }",
        "export interface ActivityLog { title: string; search: string; createdAt: Date }",
      ].join("\n"),
    );
    for (const f of ["path", "referrer", "search", "title", "url"]) assert.strictEqual(found[`PageContext.${f}`], "user.behavior.browsing_history", f);
    assert.strictEqual(found["EventContext.page.title"], "user.behavior.browsing_history");
    assert.strictEqual(found["Page.title"], undefined);
    assert.strictEqual(found["Page.path"], undefined);
    assert.strictEqual(found["ActivityLog.title"], undefined, "an activity's title is no page view's without a referrer");
    assert.strictEqual(found["ActivityLog.search"], undefined);
  });

  it("an inline object beside `| undefined` is still an address object; a company's record of address parts is not a person's", async () => {
    const found = scan("export type BaseUserTraits = { email?: string; address?: | { city?: string; postalCode?: string; street?: string } | undefined };");
    assert.strictEqual(found["BaseUserTraits.address"], "user.contact.address");
    const project = await scanProject({
      "src/types.ts": "export type Company = { name: string; phone_number: string; address: string; zipcode: string; city: string; stateAbbr: string; country: string; sector: string };\n",
      "src/db.ts": 'import type { Company } from "./types";\nexport interface Db { companies: Required<Company>[] }\n',
    });
    assert.strictEqual(project["src/db.ts:Db.companies"], undefined);
  });

  it("a nickname is a name, a messenger id a username; cookies of a request are the visitor's; a bare website is not reported", () => {
    const found = scan(
      [
        "export interface WeChatProfile { openid: string; nickname: string; headimgurl: string; skype?: string; website_url?: string }",
        "export type NextjsRequest = { cookies?: { [key: string]: string }; query?: Record<string, string> };",
        "export interface CookieSettings { cookieName: string; cookieDomain: string; secureCookie: boolean }",
        "export interface ReportDialogOptions { eventId?: string; user?: { email?: string; name?: string }; title?: string }",
        "export interface SmtpOptions { host: string; from: { email: string } }",
        "export interface GitLabProfile { name: string; email: string; location: string; state: string }",
        "export interface WebWorkerMessage { _sentryWasmImages?: string[]; avatar_big?: string }",
        "export interface LineIdTokenPayload { sub: string; name?: string; picture?: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["WeChatProfile.nickname"], "user.name");
    assert.strictEqual(found["WeChatProfile.skype"], "user.account.username");
    assert.strictEqual(found["WeChatProfile.website_url"], undefined);
    assert.strictEqual(found["NextjsRequest.cookies"], "user.device.cookie_id");
    assert.strictEqual(found["CookieSettings.cookieName"], undefined);
    assert.strictEqual(found["CookieSettings.cookieDomain"], undefined);
    assert.strictEqual(found["ReportDialogOptions.user.email"], "user.contact.email", "a person nested in options is the person's");
    assert.strictEqual(found["SmtpOptions.from.email"], undefined);
    assert.strictEqual(found["GitLabProfile.state"], undefined, "a profile's free-text location does not make it a tracked visit");
    assert.strictEqual(found["WebWorkerMessage._sentryWasmImages"], undefined, "a web worker is a thread, not a worker");
    assert.strictEqual(found["LineIdTokenPayload.picture"], "user.content.self_image", "an ID token's claims are the person's");
  });

  it("a field typed by one member of a type (`PageContext[\"path\"]`) holds what that member holds; a tracked event's geo object is a location", async () => {
    const found = await scanProject({
      "src/page.ts": "export interface PageContext { path: string; referrer: string; title: string; id: string }\nexport interface Customer { email: string; id: string }\n",
      "src/buffered.ts": [
        'import type { PageContext, Customer } from "./page";',
        'export interface Buffered { p: PageContext["path"]; r: PageContext["referrer"]; i: PageContext["id"]; contact: Customer["email"]; email: Unknown["x"] }',
        "export interface TrackEvent { event: string; ip: string; userAgent: string; location?: { city?: string; country?: string; region?: string } | undefined }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/buffered.ts:Buffered.p"], "user.behavior.browsing_history");
    assert.strictEqual(found["src/buffered.ts:Buffered.r"], "user.behavior.browsing_history");
    assert.strictEqual(found["src/buffered.ts:Buffered.i"], undefined, "a member that holds nothing personal");
    assert.strictEqual(found["src/buffered.ts:Buffered.contact"], "user.contact.email");
    assert.strictEqual(found["src/buffered.ts:Buffered.email"], "user.contact.email", "an unknown type leaves the field to its own name");
    assert.ok(found["src/buffered.ts:TrackEvent.location"]?.startsWith("user.location"), JSON.stringify(found));
    assert.ok(found["src/buffered.ts:TrackEvent.location.city"]?.startsWith("user.location"));
  });

  it("a login form's user beside its password is a username; a database's is configuration; lists of tagged phones and languages are the values", async () => {
    const found = scan(
      [
        'import * as yup from "yup";',
        "interface ISubmit { user: string; password: string }",
        "export const loginSchema = z.object({ identifier: z.string(), password: z.string() });",
        "export const schema = yup.object().shape({ user: yup.string().required(), password: yup.string().required() });",
        "export interface DbConfig { host: string; port: number; user: string; password: string }",
        "export interface AutoTranslateView { language: string; enabled: boolean }",
      ].join("\n"),
    );
    assert.strictEqual(found["ISubmit.user"], "user.account.username");
    assert.strictEqual(found["loginSchema.identifier"], "user.account.username");
    assert.strictEqual(found["schema.user"], "user.account.username");
    assert.strictEqual(found["DbConfig.user"], undefined);
    assert.strictEqual(found["AutoTranslateView.language"], undefined, "a screen (`…View`) is not a tracked view");
    const project = await scanProject({
      "src/visitor.ts": [
        "export interface IVisitorPhone { phoneNumber: string }",
        "export interface ILivechatVisitor { username: string; phone?: IVisitorPhone[] | null }",
        "const languagesSchema = z.object({ language: z.string().optional(), fluency: z.string().optional() });",
        "export const resumeSchema = z.object({ languages: z.array(languagesSchema).optional() });",
      ].join("\n"),
    });
    assert.strictEqual(project["src/visitor.ts:ILivechatVisitor.phone"], "user.contact.phone_number");
    assert.strictEqual(project["src/visitor.ts:resumeSchema.languages"], "user.demographic.language");
  });

  it("an API's `…Resource` and `…JSON` types are named by the word before; an invitation's email is the invitee's; a union repeats no part", async () => {
    const found = scan(
      [
        "export interface EnterpriseAccountResource { active: boolean; emailAddress: string }",
        "export class OrganizationInvitation { id!: string; emailAddress!: string }",
        "export interface OrganizationInvitationJSON { id: string; email_address: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["EnterpriseAccountResource.emailAddress"], "user.contact.email");
    assert.strictEqual(found["OrganizationInvitation.emailAddress"], "user.contact.email");
    assert.strictEqual(found["OrganizationInvitationJSON.email_address"], "user.contact.email");
    const oauth = scan("type CimdDocument = { client_id?: string; client_name?: string; client_uri?: string; redirect_uris?: string[] };\nexport interface Invoice { clientName: string; total: number }");
    assert.strictEqual(oauth["CimdDocument.client_name"], undefined, "an OAuth client's registration names an application");
    const project = await scanProject({
      "src/passwords.ts": [
        "export type PasswordStrength = { state: 'excellent'; result: string } | { state: 'pass' | 'fail'; keys: string[]; result: string };",
        "export type PasswordValidation = { message?: string; strength?: PasswordStrength };",
      ].join("\n"),
    });
    assert.strictEqual(project["src/passwords.ts:PasswordValidation.strength"], undefined, "one `state` in two variants is not two address parts");
  });

  it("a default address is the customer's when it holds an address, a flag when a string; a card object is card data; a referrer beside UTM tags is a visit's", async () => {
    const found = await scanProject({
      "src/checkout.ts": [
        "export interface Card { brand: string; last4: string; expMonth: number; expYear: number }",
        "export interface Checkout { paymentMethod?: Card; total: number }",
        "type OptionalAddress = AddressFragment | null;",
        "export interface AddressListProps { defaultAddress: OptionalAddress; selected: string }",
        "export type ActionResponse = { defaultAddress?: string | null; error?: string };",
        "export interface AddressSelectBoxProps { address: Partial<Record<AddressField, string>>; onEdit: () => void }",
        "export type Source = { $id: string; fingerprint: string; referrer: string; utmSource: string; utmMedium: string };",
      ].join("\n"),
    });
    assert.strictEqual(found["src/checkout.ts:Checkout.paymentMethod"], "user.financial.credit_card");
    assert.strictEqual(found["src/checkout.ts:AddressListProps.defaultAddress"], "user.contact.address");
    assert.strictEqual(found["src/checkout.ts:ActionResponse.defaultAddress"], undefined, "a string is the flag or the id");
    assert.strictEqual(found["src/checkout.ts:AddressSelectBoxProps.address"], "user.contact.address");
    assert.strictEqual(found["src/checkout.ts:Source.referrer"], "user.behavior.browsing_history");
    assert.strictEqual(found["src/checkout.ts:Source.fingerprint"], "user.device");
  });
});

describe("project index and classifier: what a Vue storefront, an EMR and an analytics SDK showed (seventh labelling round)", () => {
  it("reactive and remote-data holders are seen through: `ComputedRef<Address>`, `WithId<CarePlan>[]`; a generated API's type is read by its name", async () => {
    const found = await scanProject({
      "src/useCheckout.ts": [
        "import type { Schemas } from '#shopware';",
        "export interface Address { street: string; city: string; zipcode: string }",
        "export type UseCheckoutReturn = {",
        "  shippingAddress: ComputedRef<Schemas['OrderAddress'] | undefined>;",
        "  customerAddresses: ComputedRef<Schemas['CustomerAddress'][]>;",
        "  selected: Ref<Address | null>;",
        "  shippingCosts: ComputedRef<number | undefined>;",
        "  billingAddress: components['schemas']['Address'];",
        "  carePlans: WithId<CarePlan>[];",
        "};",
      ].join("\n"),
    });
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.shippingAddress"], "user.contact.address");
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.customerAddresses"], "user.contact.address");
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.selected"], "user.contact.address");
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.billingAddress"], "user.contact.address");
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.shippingCosts"], undefined);
    assert.strictEqual(found["src/useCheckout.ts:UseCheckoutReturn.carePlans"], "user.health_and_medical");
  });

  it("the inputs of an interface's methods are read; a shipping address on a shop's session is an address, not where the visitor is", () => {
    const found = scan(
      [
        "export type UseUserReturn = { login(params: { username: string; password: string }): Promise<void>; register(params: { email: string }): Promise<void> };",
        "export interface UseSessionContextReturn { activeShippingAddress: Address | null; city: string; referrer: string }",
        "export interface Address { street: string; city: string; zipcode: string }",
        "interface EncounterProps { patient: Patient; encounter: Encounter }",
      ].join("\n"),
    );
    assert.strictEqual(found["UseUserReturn.login.params.username"], "user.account.username");
    assert.strictEqual(found["UseUserReturn.register.params.email"], "user.contact.email");
    assert.strictEqual(found["UseSessionContextReturn.activeShippingAddress"], "user.contact.address");
    assert.strictEqual(found["UseSessionContextReturn.city"], "user.location.imprecise", "a bare city on a session is still the visitor's");
    assert.strictEqual(found["EncounterProps.encounter"], "user.health_and_medical", "a patient's encounter (visit) is a medical record");
  });
  it("a language beside its fluency or a `preferred` flag is one the person speaks; beside a log level it is not", () => {
    const found = scan(
      [
        "const languagesSchema = z.object({ language: z.string().optional(), fluency: z.string().optional() });",
        "interface LanguageCommunication { language: CodeableConcept; preferred: boolean }",
        "interface LoggerSetup { language: string; level: LogLevel }",
        "interface Translation { language: string; preferred: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["languagesSchema.language"], "user.demographic.language");
    assert.strictEqual(found["LanguageCommunication.language"], "user.demographic.language");
    assert.strictEqual(found["LoggerSetup.language"], undefined);
    assert.strictEqual(found["Translation.language"], undefined, "a `preferred` that is not a flag says nothing");
  });
});

describe("classifier: what a link shortener, a SaaS starter and a helpdesk backend showed (eighth labelling round)", () => {
  it("an email message's `to` is an address; a verification token's identifier is the address it was sent to; a bare `to` is not", () => {
    const found = scan(
      [
        "interface EmailData { to: string; subject: string; html: string; text?: string }",
        "export function useVerificationToken(params: { identifier: string; token: string }) {}",
        "interface Route { from: string; to: string }",
        "interface Credentials { identifier: string; secret: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["EmailData.to"], "user.contact.email");
    assert.strictEqual(found["useVerificationToken.params.identifier"], "user.contact.email");
    assert.strictEqual(found["Route.to"], undefined);
    assert.strictEqual(found["Credentials.identifier"], undefined);
  });

  it("a bare `mail` is an address as a string, a message as an object (`mailData: Message`)", () => {
    const found = scan("export interface Contact { mail: string; mailbox?: string }\nexport function sendMail(args: { apiKey: string; mailData: Message }) {}");
    assert.strictEqual(found["Contact.mail"], "user.contact.email");
    assert.strictEqual(found["Contact.mailbox"], "user.contact.email");
    assert.strictEqual(found["sendMail.args.mailData"], undefined);
  });

  it("an environment variable's name is configuration; a bot's full name is not a person's; shorthand keys of a zod object are read", () => {
    const found = scan(
      [
        "export const envSchema = z.object({ KAFKA_USERNAME: z.string(), SMTP_FROM_EMAIL: z.string().email(), ADMIN_EMAIL: z.string() });",
        "var BotSchema = new Schema({ fullname: { type: String, required: true } });",
        "var LeadSchema = new Schema({ fullname: { type: String } });",
        "const image = z.string().url();",
        "const email = z.string().email();",
        "export const updateAccountSchema = z.union([z.object({ email }), z.object({ image })]);",
      ].join("\n"),
    );
    assert.strictEqual(found["envSchema.KAFKA_USERNAME"], undefined);
    assert.strictEqual(found["envSchema.SMTP_FROM_EMAIL"], undefined);
    assert.strictEqual(found["BotSchema.fullname"], undefined);
    assert.strictEqual(found["LeadSchema.fullname"], "user.name");
    assert.strictEqual(found["updateAccountSchema.email"], "user.contact.email");
    assert.strictEqual(found["updateAccountSchema.image"], "user.content.self_image");
  });

  it("bank details: the bank and the name on the account beside its number are the account's; the whole object is a bank account", async () => {
    const found = await scanProject({
      "src/invoice.ts": [
        "const PaymentInformationSchema = z.object({ bankName: z.string(), accountName: z.string(), accountNumber: z.string() });",
        "export const InvoiceSchema = z.object({ paymentInformation: PaymentInformationSchema.optional(), total: z.number() });",
        "export interface GithubAccount { accountName: string; avatarUrl: string }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/invoice.ts:PaymentInformationSchema.bankName"], "user.financial.bank_account");
    assert.strictEqual(found["src/invoice.ts:PaymentInformationSchema.accountName"], "user.financial.bank_account");
    assert.strictEqual(found["src/invoice.ts:InvoiceSchema.paymentInformation"], "user.financial.bank_account");
    assert.strictEqual(found["src/invoice.ts:GithubAccount.accountName"], "user.account.username", "without an account number it is a username");
  });

  it("the definition of a custom attribute is about data: a key's or an attribute type's name is a label, not a person's", () => {
    const found = scan(
      [
        "export interface ContactAttributeKey { key: string; name?: string; description?: string }",
        "export interface PersonAttributeType { name: string; format: string }",
        "export interface ContactAttributes { name: string; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ContactAttributeKey.name"], undefined);
    assert.strictEqual(found["PersonAttributeType.name"], undefined);
    assert.strictEqual(found["ContactAttributes.name"], "user.name", "a contact's attributes are the contact's");
  });

  it("a language beside a visitor's user agent or a person's email is theirs; beside a message's text it is the text's", () => {
    const found = scan(
      [
        "var RequestSchema = new Schema({ first_text: String, language: { type: String }, userAgent: { type: String } });",
        "var MessageSchema = new Schema({ senderFullname: String, text: String, language: { type: String } });",
        "const FormSchema = z.object({ name: z.string(), email: z.string().email(), language: z.string() });",
      ].join("\n"),
    );
    assert.strictEqual(found["RequestSchema.language"], "user.demographic.language");
    assert.strictEqual(found["MessageSchema.language"], undefined);
    assert.strictEqual(found["FormSchema.language"], "user.demographic.language", "an invitee's language, beside their email");
  });
});

describe("scanner: what an Ember front end and an HR app showed (ninth labelling round)", () => {
  it("an Ember or Backbone class after its mixins is read (`Component.extend(FormMixin, { email: '' })`); `_.extend` and `Object` are not classes", async () => {
    const found = await scanProject({
      "app/components/register-form.js": [
        "import Component from '@ember/component';",
        "import FormMixin from 'app/mixins/form';",
        "export default Component.extend(FormMixin, { email: '', password: '', isLoading: false });",
      ].join("\n"),
      "app/util.js": ["import _ from 'lodash';", "export const merged = _.extend(defaults, { email: '' });"].join("\n"),
    });
    assert.strictEqual(found["app/components/register-form.js:register-form.email"], "user.contact.email");
    assert.strictEqual(found["app/util.js:merged.email"], undefined);
  });

  it("Mongoose's GeoJSON point (`type: { type: String }` beside `coordinates`) is a nested path; a browser's locale is the visitor's language", () => {
    const found = scan(
      [
        "var LocationSchema = new Schema({ country: { type: String }, ipAddress: { type: String },",
        "  geometry: { type: { type: String, enum: ['Point'] }, coordinates: { type: [Number] } } });",
        "export type ShopwareContext = { browserLocale: string; devStorefrontUrl: string };",
      ].join("\n"),
    );
    assert.strictEqual(found["LocationSchema.geometry.coordinates"], "user.location.precise");
    assert.strictEqual(found["ShopwareContext.browserLocale"], "user.demographic.language");
  });

  it("translated labels and option lists built from a constant are what a form shows, not a person's data", () => {
    const found = scan(
      [
        "export const CustomForm = ModelBase.extend({",
        "  attendee: { firstname: tn.t('First Name'), email: tn.t('Email'), gender: tn.t('Gender') },",
        "  countries: orderBy(countries, 'name'),",
        "  genders: orderBy(genders, 'position'),",
        "  email: '',",
        "});",
      ].join("\n"),
    );
    assert.strictEqual(found["CustomForm.attendee.firstname"], undefined);
    assert.strictEqual(found["CustomForm.attendee.email"], undefined);
    assert.strictEqual(found["CustomForm.countries"], undefined);
    assert.strictEqual(found["CustomForm.genders"], undefined);
  });
});

describe("classifier: what a CRM, a SaaS starter and an engagement platform showed (tenth labelling round)", () => {
  it("a record of a business's fields is the business's (its billing address and fax); a lead with its company's industry is a person", () => {
    const found = scan(
      [
        "export const createAccount = async (data: { name: string; fax?: string; vat?: string; industry?: string; billing_street?: string; billing_city?: string }) => {};",
        "export const createLead = async (data: { first_name: string; last_name: string; industry?: string; email: string; billing_street?: string }) => {};",
      ].join("\n"),
    );
    assert.strictEqual(found["createAccount.data.fax"], undefined);
    assert.strictEqual(found["createAccount.data.billing_street"], undefined);
    assert.strictEqual(found["createAccount.data.billing_city"], undefined);
    assert.strictEqual(found["createLead.data.email"], "user.contact.email");
    assert.strictEqual(found["createLead.data.billing_street"], "user.contact.address.street");
  });

  it("each object of a composed schema is read (`Type.Composite([...])`, `Type.Partial(Type.Object(...))`); a birthday's month and a position beside a name are the person's", () => {
    const found = scan(
      [
        "export const ClickEvent = Type.Object({ click: Type.Composite([Type.Object({ timestamp: Type.String() }), Type.Partial(Type.Object({ ipAddress: Type.String(), userAgent: Type.String() }))]) });",
        "const formSchema = z.object({ birthday_month: z.string(), first_name: z.string(), last_name: z.string(), position: z.string() });",
        "const layout = z.object({ label: z.string(), position: z.string() });",
      ].join("\n"),
    );
    assert.strictEqual(found["ClickEvent.click.ipAddress"], "user.device.ip_address");
    assert.strictEqual(found["ClickEvent.click.userAgent"], "user.device");
    assert.strictEqual(found["formSchema.birthday_month"], "user.demographic.date_of_birth");
    assert.strictEqual(found["formSchema.position"], "user.job_title");
    assert.strictEqual(found["layout.position"], undefined);
  });
});

describe("project index: a library's types read by their names", () => {
  it("a field named only as a holder (`value: Address`) is what its type names; a member of a card type is part of the card, not its id", async () => {
    const found = await scanProject({
      "src/ui.tsx": [
        "import type { Address } from '@medplum/fhirtypes';",
        "import { CreditCardInfo } from 'payments-sdk';",
        "export interface AddressDisplayProps { readonly value?: Address }",
        "export interface CardRow { brand?: CreditCardInfo['brand']; cardId: CreditCardInfo['id'] }",
        "export interface ListProps { value?: Widget }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/ui.tsx:AddressDisplayProps.value"], "user.contact.address");
    assert.strictEqual(found["src/ui.tsx:CardRow.brand"], "user.financial.credit_card");
    assert.strictEqual(found["src/ui.tsx:CardRow.cardId"], undefined);
    assert.strictEqual(found["src/ui.tsx:ListProps.value"], undefined);
  });
});

describe("scanner and classifier: what an e-commerce API, an auth admin and a web-analytics app showed (eleventh labelling round)", () => {
  it("a type literal cast inside JSX is read; markup without a cast is not walked", () => {
    const found = scan(
      [
        "export const Users = () => (",
        "  <div>",
        "    <EditUserModal user={rest as unknown as { id: string; email: string; given_name: string; birthdate: string }} />",
        "    <p>Sign in as an admin</p>",
        "  </div>",
        ");",
      ].join("\n"),
      "/src/users.tsx",
    );
    assert.strictEqual(found["Users.email"], "user.contact.email");
    assert.strictEqual(found["Users.given_name"], "user.name.first");
    assert.strictEqual(found["Users.birthdate"], "user.demographic.date_of_birth");
  });

  it("a tracked page view's UTM tags are where the visitor came from; a link's own UTM settings are not", () => {
    const found = scan(
      [
        "export type ServerTrackPageviewOpts = { url: string; referrer?: string; utmSource?: string; utmCampaign?: string };",
        "export class ShortenerDto { url: string; utm_source?: string; utm_campaign?: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ServerTrackPageviewOpts.utmSource"], "user.behavior.browsing_history");
    assert.strictEqual(found["ServerTrackPageviewOpts.utmCampaign"], "user.behavior.browsing_history");
    assert.strictEqual(found["ShortenerDto.utm_source"], undefined);
  });

  it("a pincode and a landmark are parts of a person's address, a bank's city is the bank's; a vendor's bank details are the vendor's", () => {
    const found = scan(
      [
        "export class Customer { firstName: string; pincode: string; landmark: string; customerGstNo: string }",
        "export interface Payee { accountHolderName: string; accountNumber: string; bankCity: string; bankPincode: string }",
        "export class Vendor { companyName: string; accountNumber: string; bankName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["Customer.pincode"], "user.contact.address.postal_code");
    assert.strictEqual(found["Customer.landmark"], "user.contact.address");
    assert.strictEqual(found["Customer.customerGstNo"], "user.government_id");
    assert.strictEqual(found["Payee.accountNumber"], "user.financial.bank_account");
    assert.strictEqual(found["Payee.bankCity"], undefined);
    assert.strictEqual(found["Payee.bankPincode"], undefined);
    assert.strictEqual(found["Vendor.bankName"], undefined);
  });
});

describe("project index: CommonJS and Mongoose", () => {
  it("a schema required from another file (`var LocationSchema = require('./location')`) is resolved; `new Schema({...})` has its paths as members", async () => {
    const found = await scanProject({
      "models/location.js": [
        "var Schema = require('mongoose').Schema;",
        "var LocationSchema = new Schema({ country: { type: String }, city: { type: String }, region: { type: String } });",
        "module.exports = LocationSchema;",
      ].join("\n"),
      "models/lead.js": [
        "var Schema = require('mongoose').Schema;",
        "var { AddressSchema } = require('./address');",
        "var LocationSchema = require('./location');",
        "var RequestSchema = new Schema({ userAgent: { type: String }, ip: { type: String }, location: LocationSchema });",
        "var LeadSchema = new Schema({ fullname: String, email: String, address: AddressSchema });",
      ].join("\n"),
      "models/address.js": "exports.AddressSchema = new (require('mongoose').Schema)({ street: String, city: String, zip: String });\nvar AddressSchema = new Schema({ street: String, city: String, zip: String });",
    });
    assert.strictEqual(found["models/lead.js:RequestSchema.location"], "user.location.imprecise", "a request's geo object is where the visitor was");
    assert.strictEqual(found["models/lead.js:LeadSchema.address"], "user.contact.address");
  });
});

describe("project index: records typed by a library's name", () => {
  it("a recorded session's events (rrweb's `eventWithTime`) are what a visitor did; FHIR types are read without a suffix", async () => {
    const found = await scanProject({
      "src/player.tsx": [
        "import type { eventWithTime } from 'rrweb';",
        "import type { Observation } from 'fhir/r4';",
        "export function RrWebPlayer({ events }: { events: eventWithTime[] }) { return null; }",
        "export interface NotesProps { notes: ObservationData[]; layout: LayoutData; formData: QuestionnaireResponseFormData }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/player.tsx:RrWebPlayer.events"], "user.behavior.browsing_history");
    assert.strictEqual(found["src/player.tsx:NotesProps.notes"], "user.health_and_medical");
    assert.strictEqual(found["src/player.tsx:NotesProps.layout"], undefined);
    assert.strictEqual(found["src/player.tsx:NotesProps.formData"], "user.health_and_medical", "suffixes are taken off one at a time");
  });
});

describe("classifier: parts of a place held as objects", () => {
  it("a person's city held as an object (`city: { id, title }`) is an address part; a city list is not; a `long` is a longitude only beside a latitude", () => {
    const found = scan(
      [
        "export interface VkProfile { first_name: string; city?: { id: number; title: string }; photo?: { lat?: number; long?: number } }",
        "export interface CityOption { id: number; title: string }",
        "export interface Article { short: string; long: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["VkProfile.city.title"], "user.contact.address");
    assert.strictEqual(found["CityOption.title"], undefined);
    assert.strictEqual(found["VkProfile.photo.long"], "user.location.precise");
    assert.strictEqual(found["Article.long"], undefined);
  });
});

describe("classifier: an email entry", () => {
  it("the `address` of an email entry (`IVisitorEmail { address }`, Meteor's `emails: [{ address, verified }]`) is the email address", () => {
    const found = scan("export interface IVisitorEmail { address: string }\nexport interface UserEmail { address: string; verified: boolean }\nexport interface Office { address: string; phone: string }");
    assert.strictEqual(found["IVisitorEmail.address"], "user.contact.email");
    assert.strictEqual(found["UserEmail.address"], "user.contact.email");
    assert.strictEqual(found["Office.address"], undefined);
  });
});

describe("scanner: what application templates showed (twelfth labelling round)", () => {
  it("a Prisma relation to a person's picture (`image UserImage?`) is the picture; a sign-in's `usernameOrEmail` is the login name", async () => {
    const found = await scanProject({
      "prisma/schema.prisma": [
        "model User {",
        "  id    String     @id",
        "  email String     @unique",
        "  image UserImage?",
        "  notes Note[]",
        "}",
        "model UserImage {",
        "  id        String @id",
        "  objectKey String",
        "  userId    String @unique",
        "  user      User   @relation(fields: [userId], references: [id])",
        "}",
        "model Note {",
        "  id String @id",
        "}",
      ].join("\n"),
      "src/forms.ts": "export interface ForgotPassword { usernameOrEmail: string }",
    });
    assert.strictEqual(found["prisma/schema.prisma:User.image"], "user.content.self_image");
    assert.strictEqual(found["prisma/schema.prisma:User.notes"], undefined);
    assert.strictEqual(found["src/forms.ts:ForgotPassword.usernameOrEmail"], "user.account.username");
  });
});

describe("classifier: owners named for the field's own concept", () => {
  it("an owner named for what the field is (`images: { avatar }`) says nothing against it; a testimonial is a named person's", () => {
    const found = scan(
      [
        "export interface TraktUser { username: string; images: { avatar: { full: string } } }",
        "export type Testimonial = { logo: string; headline: string; name: string; avatar: string };",
        "export interface Product { name: string; images: { avatar: string } }",
      ].join("\n"),
    );
    assert.strictEqual(found["TraktUser.images.avatar"], "user.content.self_image");
    assert.strictEqual(found["Testimonial.avatar"], "user.content.self_image");
    assert.strictEqual(found["Testimonial.name"], "user.name");
    assert.strictEqual(found["Product.images.avatar"], undefined, "a product's images are the product's");
    const signup = scan("export async function signupWithConnection(args: { email: string; username: string; imageUrl?: string }) {}");
    assert.strictEqual(signup["signupWithConnection.args.imageUrl"], "user.content.self_image", "an OAuth connection is no tracked visit");
  });
});

describe("classifier: review mends (business records, environments, option lists, longitude, tokens)", () => {
  it("a business's record stays the business's though it holds an IBAN; a person's bank details are the person's", () => {
    const found = scan(
      [
        "export interface Party { name: string; vatNumber: string; industry: string; iban: string; bankName: string; phone: string; billingStreet: string }",
        "export interface Payee { accountHolderName: string; iban: string; bankName: string }",
      ].join("\n"),
    );
    for (const f of ["name", "iban", "bankName", "phone", "billingStreet"]) assert.strictEqual(found[`Party.${f}`], undefined, f);
    assert.strictEqual(found["Payee.iban"], "user.financial.bank_account");
    assert.strictEqual(found["Payee.bankName"], "user.financial.bank_account");
  });

  it("only an environment's variables are configuration: a legacy table's upper-case columns are still data", async () => {
    const found = await scanProject({
      "src/env.ts": "export const envSchema = z.object({ DATABASE_URL: z.string(), KAFKA_USERNAME: z.string(), ADMIN_EMAIL: z.string() });",
      "prisma/schema.prisma": "model CUSTOMER {\n  ID Int @id\n  FIRST_NAME String\n  EMAIL_ADDRESS String\n}\n",
    });
    assert.strictEqual(found["src/env.ts:envSchema.KAFKA_USERNAME"], undefined);
    assert.strictEqual(found["src/env.ts:envSchema.ADMIN_EMAIL"], undefined);
    assert.strictEqual(found["prisma/schema.prisma:CUSTOMER.FIRST_NAME"], "user.name.first");
    assert.strictEqual(found["prisma/schema.prisma:CUSTOMER.EMAIL_ADDRESS"], "user.contact.email");
  });

  it("a same-named argument makes an option list only in a list helper; `long` needs a latitude, not any person's data; a code is no token", () => {
    const found = scan(
      [
        "const email = z.string().email();",
        "export const S = z.object({ email: z.optional(email) });",
        "export interface Review { authorEmail: string; long: string }",
        "export interface Currency { identifier: string; code: string }",
        "export interface Session { currentAddress: string; userAgent: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["S.email"], "user.contact.email");
    assert.strictEqual(found["Review.long"], undefined);
    assert.strictEqual(found["Currency.identifier"], undefined);
    assert.strictEqual(found["Session.currentAddress"], undefined, "a session's current address is not a postal one by a generic qualifier");
  });
});

describe("classifier: request handlers, settings screens, messages and parties (thirteenth labelling round)", () => {
  it("an HTTP method in capitals names a request handler, not a blog post: its inputs and outputs are read", () => {
    const found = scan(
      [
        "export async function POST(req: Request, ctx: { params: { email: string } }): Promise<{ email: string }> { return null as any; }",
        "export async function signInPOST(input: { email: string }) { return 1; }",
        "export interface Post { email: string }",
        "export interface BlogPost { authorName: string; title: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["POST.ctx.params.email"], "user.contact.email");
    assert.strictEqual(found["POST.email"], "user.contact.email");
    assert.strictEqual(found["signInPOST.input.email"], "user.contact.email");
    assert.strictEqual(found["Post.email"], undefined, "a post is still not a person");
  });

  it("a settings screen's props and state hold the person's own settings; a mail server's settings stay configuration", () => {
    const found = scan(
      [
        "type EmailSettingsProps = { email: string; isDisabled: boolean };",
        "type SmtpSettingsProps = { email: string; isDisabled: boolean };",
        "interface MailSettings { email: string }",
        "type SoundSettingsProps = { selectedOutputDevice: string; videoDevices: string[] };",
      ].join("\n"),
    );
    assert.strictEqual(found["EmailSettingsProps.email"], "user.contact.email");
    assert.strictEqual(found["SmtpSettingsProps.email"], undefined);
    assert.strictEqual(found["MailSettings.email"], undefined);
    assert.strictEqual(found["SoundSettingsProps.selectedOutputDevice"], undefined, "a call's speaker is a peripheral, not the person's device");
  });

  it("a message's name says what its `to` holds: an email address, or the number a text is sent to", () => {
    const found = scan(
      [
        "export interface MailData<T = never> { to: string; data: T }",
        "export async function sendSms(p: { to: string; userId: string }) {}",
        "export interface SmsPayload { to: string; body: string }",
        "export interface Range { from: number; to: number }",
        "export class Transition { to: string; from: string }",
        "export interface SmsConfig { to: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["MailData.to"], "user.contact.email");
    assert.strictEqual(found["sendSms.p.to"], "user.contact.phone_number");
    assert.strictEqual(found["SmsPayload.to"], "user.contact.phone_number");
    for (const f of ["Range.to", "Transition.to", "SmsConfig.to"]) assert.strictEqual(found[f], undefined, f);
  });

  // (A sender was held back here as possibly a brand until session 25, when six real apps' labelled senders of payments
  // and messages were people and three were a service's own; a mailer's configured sender is still configuration.)
  it("a party named before the field is a person on any record but configuration, a sender too", () => {
    const found = scan(
      [
        "export interface TransactionResponseItem { receiverName: string; receiverAvatar: string; senderName: string }",
        "export interface MailerConfig { receiverName: string; senderName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["TransactionResponseItem.receiverName"], "user.name");
    assert.strictEqual(found["TransactionResponseItem.receiverAvatar"], "user.content.self_image");
    assert.strictEqual(found["TransactionResponseItem.senderName"], "user.name");
    assert.strictEqual(found["MailerConfig.receiverName"], undefined);
    assert.strictEqual(found["MailerConfig.senderName"], undefined);
  });

  it("a phone number's country code is part of the number; a policy flag, a store's thunk and a disallow list are not data", () => {
    const found = scan(
      [
        "export interface Customer { phoneCountryCode: string; dialCode: string; countryCode: string }",
        "export interface Realm { disallowedEmail: string; disallow_disposable_email_addresses: boolean }",
        "export interface Auth { email: string; login: Thunk<Auth, { password: string }>; logout: Action<Auth> }",
      ].join("\n"),
    );
    assert.strictEqual(found["Customer.phoneCountryCode"], "user.contact.phone_number");
    assert.strictEqual(found["Customer.dialCode"], "user.contact.phone_number");
    assert.strictEqual(found["Realm.disallowedEmail"], undefined);
    assert.strictEqual(found["Auth.email"], "user.contact.email");
    assert.strictEqual(found["Auth.login"], undefined, "a thunk is a function, not a login name");
  });

  it("keeps a nested function's body whose return type holds a type literal inside a generic or a union", () => {
    const found = scan(
      [
        "export default function getHandlers() {",
        "  return {",
        "    reset: async function (x: string): Promise<Failure | { status: \"OK\"; email: string }> { return null as any; },",
        "    renew: async function (x: string): Record<string, { phone: string }> { return null as any; },",
        "  };",
        "}",
      ].join("\n"),
    );
    assert.strictEqual(found["reset.email"], "user.contact.email");
    assert.strictEqual(found["renew.phone"], "user.contact.phone_number");
  });
});

describe("classifier: a person's state store and what a webhook delivers", () => {
  it("a front end's store of a person is the person's; a shop is still a place", () => {
    const found = scan(
      [
        "export interface UserStore { email: string; displayName: string }",
        "export class OwnProfileStore { get displayName(): string { return ''; } }",
        "export interface Store { email: string; phone: string }",
        "export interface BookStore { email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UserStore.email"], "user.contact.email");
    assert.strictEqual(found["UserStore.displayName"], "user.name");
    assert.strictEqual(found["OwnProfileStore.displayName"], "user.name");
    for (const f of ["Store.email", "Store.phone", "BookStore.email"]) assert.strictEqual(found[f], undefined, f);
  });

  it("a webhook's body carries an event's data; the webhook's own settings are a thing's", () => {
    const found = scan(
      [
        "type CalendlyWebhookBody = { event: string; payload: { email?: string; name?: string } };",
        "export interface StripeWebhookPayload { customerEmail: string }",
        "export interface Webhook { email: string; name: string; url: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["CalendlyWebhookBody.payload.email"], "user.contact.email");
    assert.strictEqual(found["StripeWebhookPayload.customerEmail"], "user.contact.email");
    assert.strictEqual(found["Webhook.email"], undefined);
    assert.strictEqual(found["Webhook.name"], undefined);
  });
});

describe("classifier: screens named for a person, and addresses on things (fourteenth labelling round)", () => {
  it("a page, a menu or a list item named for a person shows that person's data; a product's page does not", () => {
    const found = scan(
      [
        "export interface UserProfilePageProps { email: string; name: string }",
        "export interface PatientListItemProps { email: string; name: string }",
        "export interface BankAccountListItemProps { bankAccount: { accountNumber: string; routingNumber: string } }",
        "export interface ProductPageProps { email: string; name: string }",
        "export interface PageProps { name: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UserProfilePageProps.email"], "user.contact.email");
    assert.strictEqual(found["PatientListItemProps.name"], "user.name");
    assert.strictEqual(found["BankAccountListItemProps.bankAccount.accountNumber"], "user.financial.bank_account");
    for (const f of ["ProductPageProps.email", "ProductPageProps.name", "PageProps.name"]) assert.strictEqual(found[f], undefined, f);
  });

  it("a checkout step's shipping postcode is the customer's; a company's or a warehouse's address stays theirs", () => {
    const found = scan(
      [
        "export interface CheckoutStep { step: number; shipping_postcode?: string; billing_full_address?: string }",
        "export interface CompanyStep { shipping_postcode?: string }",
        "export interface Warehouse { shippingAddress: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["CheckoutStep.shipping_postcode"], "user.contact.address.postal_code");
    assert.strictEqual(found["CheckoutStep.billing_full_address"], "user.contact.address");
    assert.strictEqual(found["CompanyStep.shipping_postcode"], undefined);
    assert.strictEqual(found["Warehouse.shippingAddress"], undefined);
  });
});

describe("classifier: parts that settle each other, and a click's target", () => {
  it("three different parts of an address on a record that says nothing are an address; one part alone or repeats are not", () => {
    const found = scan(
      [
        "export interface EcommerceTransactionEvent { orderId: string; total: number; city?: string; state?: string; country?: string }",
        "export interface Machine { state: string; previousState: string; nextState: string }",
        "export interface Filter { city?: string; total: number }",
      ].join("\n"),
    );
    assert.strictEqual(found["EcommerceTransactionEvent.city"], "user.contact.address.city");
    assert.strictEqual(found["EcommerceTransactionEvent.country"], "user.contact.address.country");
    for (const f of ["Machine.state", "Machine.nextState", "Filter.city"]) assert.strictEqual(found[f], undefined, f);
  });

  it("the target of a tracked click is a page the visitor went to; a link's own target is not tracked", () => {
    const found = scan(
      [
        "export interface LinkClickEvent { targetUrl: string; elementId?: string }",
        "export interface LinkProps { targetUrl: string; label: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["LinkClickEvent.targetUrl"], "user.behavior.browsing_history");
    assert.strictEqual(found["LinkProps.targetUrl"], undefined);
  });
});

describe("classifier: an options parameter, client hints, and an interface word alone", () => {
  it("a function's options parameter holds what the function is given; an options type is still configuration", () => {
    const found = scan(
      [
        "export function detectDeviceType(userAgent: string, options?: { screenWidth?: number; devicePixelRatio?: number }) { return 1; }",
        "export function createContext(app: unknown, options: { browserLocale?: string }) { return 1; }",
        "export interface TrackerOptions { screenWidth?: number; email?: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["detectDeviceType.options.screenWidth"], "user.device");
    assert.strictEqual(found["createContext.options.browserLocale"], "user.demographic.language");
    assert.strictEqual(found["TrackerOptions.email"], undefined);
  });

  it("a browser's client hints describe the visitor's device; an item or a route alone says nothing against a person's fields", () => {
    const found = scan(
      [
        "export interface HttpClientHints { isMobile: boolean; brands: { brand: string; version: string }[] }",
        "interface IItem { userId: string; name: string; username: string; onPress(): void }",
        "interface Item { name: string; price: number; image: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["HttpClientHints.brands.brand"], "user.device");
    assert.strictEqual(found["IItem.username"], "user.account.username");
    for (const f of ["Item.name", "Item.image"]) assert.strictEqual(found[f], undefined, f);
  });
});

describe("classifier: a device's description as an object, and statistics by a category", () => {
  it("userAgentData as an object is the device's data; a breakdown by browser is a statistic", () => {
    const found = scan(
      [
        "interface UADataValues { platform: string; mobile: boolean }",
        "export interface Navigator { userAgentData?: UADataValues }",
        "export interface ReportingDashboardState { customerBreakdownByBrowser: unknown[]; visitsByCountry: Record<string, number> }",
      ].join("\n"),
    );
    assert.strictEqual(found["Navigator.userAgentData"], "user.device");
    assert.strictEqual(found["ReportingDashboardState.customerBreakdownByBrowser"], undefined);
    assert.strictEqual(found["ReportingDashboardState.visitsByCountry"], undefined);
  });
});

describe("classifier: an email of one kind", () => {
  it("the recipients of an alert or an invitation email are addresses; a form's email settings are not an email message", () => {
    const found = scan(
      [
        "export interface CloudSpendAlertEmailProps { orgId: string; recipients: string[] }",
        "export interface InvitationEmailProps { to: string; inviterName: string }",
        "export interface UserEmail { address: string; verified: boolean; recipients: string[] }",
      ].join("\n"),
    );
    assert.strictEqual(found["CloudSpendAlertEmailProps.recipients"], "user.contact.email");
    assert.strictEqual(found["InvitationEmailProps.to"], "user.contact.email");
    assert.strictEqual(found["UserEmail.recipients"], undefined);
  });
});

describe("classifier: props and state named by their file", () => {
  it("`Props` or `IState` in a file named for a person are that person's; a room's profile or a product's card are not", () => {
    const state = "interface IState { displayName?: string; avatarUrl?: string; fetchedAt?: number }\nexport interface Props { name: string }";
    const person = scan(state, "/src/stores/OwnProfileStore.ts");
    assert.strictEqual(person["IState.displayName"], "user.name");
    assert.strictEqual(person["IState.avatarUrl"], "user.content.self_image");
    assert.strictEqual(person["Props.name"], "user.name");
    assert.deepStrictEqual(scan(state, "/src/components/RoomProfileSettings.tsx"), {});
    assert.deepStrictEqual(scan(state, "/src/components/ProductCard.tsx"), {});
    assert.deepStrictEqual(scan(state, "/src/components/index.tsx"), {});
  });
});

describe("classifier: a union of schemas, and a request to change one thing", () => {
  it("a union of two schema consts holds what they hold; a union of literals is a list of choices", () => {
    const found = scan(
      [
        'import { z } from "zod";',
        "const EmailSchema = z.string().email();",
        "const UsernameSchema = z.string().min(3);",
        "export const ForgotPasswordSchema = z.object({ usernameOrEmail: z.union([EmailSchema, UsernameSchema]) });",
        'export const Prefs = z.object({ username: z.union([z.literal("a"), z.literal("b")]) });',
      ].join("\n"),
    );
    assert.strictEqual(found["ForgotPasswordSchema.usernameOrEmail"], "user.account.username");
    assert.strictEqual(found["Prefs.username"], undefined);
  });

  it("a request named for the field it changes is the requester's; a language record is not", () => {
    const found = scan(
      [
        "export class UpdateFlowLanguageDto { language!: string }",
        "export class Language { language!: string; code!: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UpdateFlowLanguageDto.language"], "user.demographic.language");
    assert.strictEqual(found["Language.language"], undefined);
  });
});

describe("classifier: settings held with their actions", () => {
  it("a store's settings beside its actions are the signed-in person's; a server's settings or a mail server's are configuration", () => {
    const found = scan(
      [
        "export interface Settings { apikey: string; email: string; setSettings: Action<Settings, string>; getSettings(): void }",
        "export interface ServerSettings { email: string; load(): void }",
        "export interface SettingsResp { apikey: string; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["Settings.email"], "user.contact.email");
    assert.strictEqual(found["ServerSettings.email"], undefined);
    assert.strictEqual(found["SettingsResp.email"], undefined, "without actions, settings are configuration");
  });
});

describe("classifier: a default address held by a member of a generated type", () => {
  it("defaultAddress typed by one member of a type the project does not declare is the customer's address; a flag is not", () => {
    const found = scan(
      [
        "import type { CustomerFragment } from 'storefrontapi.generated';",
        "export function AddressForm({ defaultAddress }: { defaultAddress: CustomerFragment['defaultAddress'] }) { return null; }",
        "export interface AddressFormState { defaultAddress: boolean }",
      ].join("\n"),
      "/src/routes/account.addresses.tsx",
    );
    assert.strictEqual(found["AddressForm.defaultAddress"], "user.contact.address");
    assert.strictEqual(found["AddressFormState.defaultAddress"], undefined);
  });
});

describe("classifier: an account's profile, known by its handle beside a display name", () => {
  it("a handle beside a display name is an account's profile; a display name alone, or a room's name and avatar, are not", () => {
    const found = scan(
      [
        "export interface Verification { uri: string; issuer: string; handle: string; displayName: string }",
        "export interface Feed { uri: string; displayName: string }",
        "export interface Room { name: string; avatarUrl: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["Verification.handle"], "user.account.username");
    assert.strictEqual(found["Verification.displayName"], "user.name");
    for (const f of ["Feed.displayName", "Room.name", "Room.avatarUrl"]) assert.strictEqual(found[f], undefined, f);
  });
});

describe("classifier: a component's name beside a person's username", () => {
  it("a bare name among props is a label, unless the props also hold a username or an email", () => {
    const found = scan(
      [
        "interface IItem { userId: string; name: string; username: string; onPress(): void }",
        "interface CustomerDetailsProperty { icon: JSX.Element; name: string; value: JSX.Element }",
        "interface InputProps { name: string; label: string; onChange(): void }",
      ].join("\n"),
    );
    assert.strictEqual(found["IItem.name"], "user.name");
    assert.strictEqual(found["CustomerDetailsProperty.name"], undefined);
    assert.strictEqual(found["InputProps.name"], undefined);
  });
});

describe("classifier: an author as text, lists of usernames, and argument lists", () => {
  it("an author as text is a name, in a review form or among a banner's props; a list of usernames is usernames; a listener's argument tuple is not", () => {
    const found = scan(
      [
        'import { z } from "zod";',
        "export const schema = z.object({ title: z.string(), author: z.string().min(1), email: z.string().email() });",
        "export interface BannerProps { author: string; onClose(): void }",
        "interface IRoute { key: string; title?: string; usernames?: string[] }",
        "export type EmitterContract = { alias: [ctx: Ctx]; track: [ctx: Ctx] };",
      ].join("\n"),
    );
    assert.strictEqual(found["schema.author"], "user.name");
    assert.strictEqual(found["BannerProps.author"], "user.name");
    assert.strictEqual(found["IRoute.usernames"], "user.account.username");
    assert.strictEqual(found["EmitterContract.alias"], undefined);
  });
});

describe("classifier: a query's options, and a list of addresses on a thing", () => {
  it("a list method's options filter what is read; a list of email addresses on an alert is who it is sent to", () => {
    const found = scan(
      [
        'import { z } from "zod";',
        "export class SessionReplayModel { async list(options?: { url?: string; country?: string; device?: string }) { return []; } }",
        "export function detectDevice(ua: string, options?: { screenWidth?: number }) { return ua; }",
        "export const ErrorAlertsFormSchema = z.object({ emails: z.string().email().array(), slackChannel: z.string().optional() });",
        "export interface Alert { email: string; emails: string[] }",
      ].join("\n"),
    );
    for (const f of ["SessionReplayModel.list.options.url", "SessionReplayModel.list.options.country", "SessionReplayModel.list.options.device"]) assert.strictEqual(found[f], undefined, f);
    assert.strictEqual(found["detectDevice.options.screenWidth"], "user.device");
    assert.strictEqual(found["ErrorAlertsFormSchema.emails"], "user.contact.email");
    assert.strictEqual(found["Alert.emails"], "user.contact.email");
    // (An alert has no mailbox of its own: its address is whom it notifies. Labelled so in the incoming set: an alert
    // target's `email`, an alert input's legacy single `email`.)
    assert.strictEqual(found["Alert.email"], "user.contact.email", "an alert's address is its recipient's");
  });
});

describe("classifier: review mends of the fifteenth round", () => {
  it("named tuples of values, a project's own Action type, phrases ending in an interface word and changes of a thing's field", () => {
    const found = scan(
      [
        "type Action = 'create' | 'delete';",
        "export interface AuditEntry { action: Action; ip: string; latitude: number; longitude: number }",
        "export interface CheckinEvent { ip: string; coords: [lat: number, lng: number]; latitude: number; longitude: number }",
        "export interface UserOrderItem { name: string; price: number }",
        "export class UpdateCompanyAddressDto { address!: string }",
        "export function getUsers(options: { email?: string; country?: string }) { return []; }",
        "export interface RoomProfileSettings { displayName: string; avatarUrl: string }",
        "export const TABLE_HEAD = { email: '' };",
      ].join("\n"),
    );
    assert.strictEqual(found["AuditEntry.latitude"], "user.location.precise", "a union type named Action is a value, not a store's action");
    assert.strictEqual(found["CheckinEvent.latitude"], "user.location.precise", "a tuple of numbers is data, not an argument list");
    assert.strictEqual(found["UserOrderItem.name"], undefined, "an order item is a thing");
    assert.strictEqual(found["UpdateCompanyAddressDto.address"], undefined, "a company's address");
    assert.strictEqual(found["getUsers.options.email"], undefined, "a query's options filter");
    assert.strictEqual(found["RoomProfileSettings.displayName"], undefined, "a room's profile");
  });

  it("an `a || {` in a call is no type literal: a file of such calls is still not parsed at all", () => {
    const { planParse } = require("../src/core/scan/inert-bodies") as typeof import("../src/core/scan/inert-bodies");
    assert.strictEqual(planParse("export function f(url: string) { return fetchIt(url, opts || { method: 'GET' }); }").kind, "nothing");
    assert.notStrictEqual(planParse("export function f() { return (x: Base | { email: string }) => x; }").kind, "nothing");
  });
});

describe("classifier: an OAuth client's name and a page's web vitals", () => {
  it("a client's name is an application's; Core Web Vitals measure a page; a patient's vitals are health data", () => {
    const found = scan(
      [
        "export interface DeleteClientModalProps { clientName: string; clientId: string }",
        "export interface WebVitalsContext { webVitals: string }",
        "export interface Patient { name: string; vitals: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["DeleteClientModalProps.clientName"], undefined);
    assert.strictEqual(found["WebVitalsContext.webVitals"], undefined);
    assert.strictEqual(found["Patient.vitals"], "user.health_and_medical");
  });
});

describe("classifier: a passkey's device type, a backend's user agent, where to go after a login", () => {
  it("none of them is a person's data; a user's own device type and login name still are", () => {
    const found = scan(
      [
        "export interface Passkey { deviceType: string; name: string }",
        "export interface ClientConfig { backendUserAgent: string }",
        "export interface RegistrationProps { fragmentAfterLogin: string; redirectBeforeLogin: string }",
        "export interface Session { deviceType: string; userAgent: string }",
        "export interface LoginForm { login: string; password: string }",
      ].join("\n"),
    );
    for (const f of ["Passkey.deviceType", "Passkey.name", "ClientConfig.backendUserAgent", "RegistrationProps.fragmentAfterLogin", "RegistrationProps.redirectBeforeLogin"]) assert.strictEqual(found[f], undefined, f);
    assert.strictEqual(found["Session.deviceType"], "user.device");
    assert.strictEqual(found["LoginForm.login"], "user.account.username");
  });
});

describe("project index: a type named for a thing's kind", () => {
  it("a field typed by `ClassNameType` is a class's name; one typed by `PersonName` of name parts is a name", async () => {
    const found = await scanProject({
      "src/schema.ts": "export type ClassNameType = string;\nexport interface JSONSchema { className: ClassNameType }\n",
      "src/person.ts": "export interface PersonName { first: string; last: string }\nexport interface Guest { fullName: PersonName }\n",
    });
    assert.strictEqual(found["src/schema.ts:JSONSchema.className"], undefined);
    assert.strictEqual(found["src/person.ts:Guest.fullName"], "user.name");
  });
});

describe("classifier: tracked records known by their fields, and names that only look personal", () => {
  it("a browser beside an IP, an OS or coordinates is a tracked visit, whatever the record is called; a machine's IP and OS are not", () => {
    const found = scan(
      [
        "export interface SurveyResult { surveyId: string; browser?: string; os?: string; ip?: string; country?: string; latitude?: number }",
        "export interface ServerNode { hostname: string; os: string; ip: string; country: string }",
        "interface StatsResult { stats: { browser: { name: string; value: number }[]; os: { name: string; value: number }[]; ip: string } }",
      ].join("\n"),
    );
    assert.strictEqual(found["SurveyResult.ip"], "user.device.ip_address");
    assert.strictEqual(found["SurveyResult.browser"], "user.device");
    assert.strictEqual(found["SurveyResult.country"], "user.location.imprecise");
    assert.strictEqual(found["SurveyResult.latitude"], "user.location.precise");
    assert.strictEqual(found["ServerNode.ip"], undefined);
    assert.strictEqual(found["ServerNode.country"], undefined);
    assert.strictEqual(found["StatsResult.stats.browser"], undefined);
  });

  it("campaign tags in a type named for them are a visit's; on a short link's settings they are the link's", () => {
    const found = scan(
      [
        "export interface UTMParameters { utm_campaign: string | undefined; utm_source: string | undefined }",
        "export interface ReferrerParameters { referrer: string | undefined; referring_domain: string | undefined }",
        "export class CreateLinkDto { url: string; utm_ref?: string; utm_source?: string; utm_medium?: string; utm_campaign?: string }",
        "export interface WebsiteEvent { urlPath: string; referrerPath?: string; referrerDomain?: string; pageTitle?: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UTMParameters.utm_campaign"], "user.behavior.browsing_history");
    assert.strictEqual(found["ReferrerParameters.referrer"], "user.behavior.browsing_history");
    assert.strictEqual(found["ReferrerParameters.referring_domain"], "user.behavior.browsing_history");
    assert.strictEqual(found["CreateLinkDto.utm_source"], undefined);
    assert.strictEqual(found["WebsiteEvent.pageTitle"], "user.behavior.browsing_history");
  });

  it("an app's current or last screen name is the screen seen, an editor's location a position; a person's screen name is a handle", () => {
    const found = scan(
      [
        "export class AnalyticsClient { private lastNavigationScreenName: string | undefined; private currentScreenName: string | undefined }",
        "export interface TwitterUser { screenName: string; name: string }",
        "export type TrackSelectorMovedData = { newEditorLocation: string; sessionId: string }",
        "export interface Visit { visitorId: string; city: string; location: string }",
        "export const inviteInput = z.object({ workspaceId: z.string(), emailOrId: z.string() })",
      ].join("\n"),
    );
    assert.strictEqual(found["AnalyticsClient.lastNavigationScreenName"], "user.behavior.browsing_history");
    assert.strictEqual(found["AnalyticsClient.currentScreenName"], "user.behavior.browsing_history");
    assert.strictEqual(found["TwitterUser.screenName"], "user.account.username");
    assert.strictEqual(found["TrackSelectorMovedData.newEditorLocation"], undefined);
    assert.strictEqual(found["Visit.location"], "user.location.imprecise");
    assert.strictEqual(found["inviteInput.emailOrId"], "user.contact.email");
  });
});

describe("classifier: round 17 (machines' addresses and devices, holders of a value, pictures, searches, screens)", () => {
  it("a network's address, a home's hardware and an area's picture are things; an onboarding step asks for the user's data", () => {
    const found = scan(
      [
        "export interface IPv4ConfiguredAddress { address: string; prefix: number }",
        "export interface HassioHardwareAudioDevice { device: string; name: string }",
        "export interface AreaRegistryEntry { area_id: string; name: string; picture: string | null }",
        "export const onboardUserStep = (params: { client_id: string; name: string; username: string; password: string; language: string }) => fetch(params);",
      ].join("\n"),
    );
    assert.strictEqual(found["IPv4ConfiguredAddress.address"], undefined);
    assert.strictEqual(found["HassioHardwareAudioDevice.device"], undefined);
    assert.strictEqual(found["AreaRegistryEntry.picture"], undefined);
    assert.strictEqual(found["onboardUserStep.params.username"], "user.account.username");
    assert.strictEqual(found["onboardUserStep.params.language"], "user.demographic.language");
  });

  it("an address's country held as an object is its country; a list of countries or an effect that loads them is not", () => {
    const found = scan(
      [
        "export interface Country { isocode?: string; name?: string }",
        "export interface Address { firstName?: string; line1?: string; postalCode?: string; country?: Country }",
        "export interface DeliveryCountriesState { entities: Record<string, Country> }",
        "export interface UserState { addresses: StateUtils.LoaderState<Address[]>; countries: DeliveryCountriesState }",
        "export class DeliveryAddressEffects { loadDeliveryCountries$: Observable<Action>; }",
      ].join("\n"),
    );
    assert.strictEqual(found["Address.country"], "user.contact.address.country");
    assert.strictEqual(found["UserState.addresses"], "user.contact.address");
    assert.strictEqual(found["UserState.countries"], undefined);
    assert.strictEqual(found["DeliveryAddressEffects.loadDeliveryCountries$"], undefined);
  });

  it("an avatar object's url is the person's picture, a room's is not; a template's author is a person's name", () => {
    const found = scan(
      [
        "export interface AsmCustomer360Avatar { url?: string; format?: string }",
        "export interface Author { name: string; avatar?: { url: string; width: number } }",
        "export interface Room { name: string; avatar: { url: string } }",
        "export interface TemplateProps { title: string; author: string }",
        "export interface SmtpConfig { host: string; author: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["AsmCustomer360Avatar.url"], "user.content.self_image");
    assert.strictEqual(found["Author.avatar.url"], "user.content.self_image");
    assert.strictEqual(found["Room.avatar.url"], undefined);
    assert.strictEqual(found["TemplateProps.author"], "user.name");
    assert.strictEqual(found["SmtpConfig.author"], undefined);
  });

  it("a shopper's catalogue search is search history, an admin list's is not; a constructor's parameter types are read", () => {
    const found = scan(
      [
        "export class SearchProducts { readonly type = 'search'; constructor(public payload: { queryText: string; searchConfig?: SearchConfig }) {} }",
        "export class GetProductSuggestions { constructor(public payload: { term: string }) {} }",
        "export interface DashboardListProps { searchTerm: string; term: string }",
        "export class Mailer { constructor(private readonly recipient: { email: string }) {} }",
        "export type UsePredictiveSearchReturn = { term: React.MutableRefObject<string>; inputRef: React.MutableRefObject<HTMLInputElement | null> }",
      ].join("\n"),
    );
    assert.strictEqual(found["SearchProducts.payload.queryText"], "user.behavior.search_history");
    assert.strictEqual(found["GetProductSuggestions.payload.term"], "user.behavior.search_history");
    assert.strictEqual(found["DashboardListProps.searchTerm"], undefined);
    assert.strictEqual(found["DashboardListProps.term"], undefined);
    assert.strictEqual(found["Mailer.recipient.email"], "user.contact.email");
    assert.strictEqual(found["UsePredictiveSearchReturn.term"], "user.behavior.search_history");
    assert.strictEqual(found["UsePredictiveSearchReturn.inputRef"], undefined);
  });

  it("a screen view's name is the screen viewed; what a person was last seen at is their activity", () => {
    const found = scan(
      [
        "export interface ScreenViewProps { name: string; id?: string }",
        "export const getLastSeenURLValue = ({ currentUrl, pathname }: { currentUrl: string; pathname: string }) => currentUrl || pathname;",
        "export interface Product { name: string; url: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ScreenViewProps.name"], "user.behavior.browsing_history");
    assert.strictEqual(found["getLastSeenURLValue.currentUrl"], "user.behavior.browsing_history");
    assert.strictEqual(found["getLastSeenURLValue.pathname"], "user.behavior.browsing_history");
    assert.strictEqual(found["Product.name"], undefined);
    assert.strictEqual(found["Product.url"], undefined);
  });
});

describe("classifier: round 18 (conditional schemas, a phone as an object, parties reached, cards, clinical targets)", () => {
  it("a yup field that is a string only when another says so is a string; a confirmation that refers to its sibling is not a relation", () => {
    const found = scan(
      [
        "export const patientSchema = yup.object().shape({",
        "  accountType: yup.string().oneOf(['patient', 'caregiver']),",
        "  caregiverFirstName: yup.mixed().notRequired().when('accountType', { is: 'caregiver', then: () => yup.string().required() }),",
        "  caregiverLastName: yup.mixed().when('accountType', { is: 'caregiver', then: (schema) => schema.required() }),",
        "  email: yup.string().email(),",
        "  emailConfirm: yup.string().oneOf([yup.ref('email')], 'must match'),",
        "  settings: yup.mixed().when('accountType', { is: 'patient', then: () => yup.object().shape({ theme: yup.string() }) }),",
        "});",
      ].join("\n"),
    );
    assert.strictEqual(found["patientSchema.caregiverFirstName"], "user.name.first");
    assert.strictEqual(found["patientSchema.caregiverLastName"], "user.name.last");
    assert.strictEqual(found["patientSchema.emailConfirm"], "user.contact.email");
    assert.strictEqual(found["patientSchema.settings"], undefined);
  });

  it("a phone number held as an object is a phone number, and so is its number; a passport's number is still the document's", () => {
    const found = scan(
      [
        "export const contactSchema = yup.object().shape({",
        "  phoneNumber: yup.object().shape({ countryCode: yup.string(), number: yup.string().required() }),",
        "});",
        "export interface Traveller { passport: { number: string; expiresOn: string } }",
        "export interface Invoice { number: string; total: number }",
      ].join("\n"),
    );
    assert.strictEqual(found["contactSchema.phoneNumber"], "user.contact.phone_number");
    assert.strictEqual(found["contactSchema.phoneNumber.number"], "user.contact.phone_number");
    assert.strictEqual(found["Traveller.passport.number"], "user.government_id");
    assert.strictEqual(found["Invoice.number"], undefined);
  });

  it("a party whose phone or email the owner holds is a person, and the name before theirs is their name", () => {
    const found = scan(
      [
        "export type InvoiceFormValues = { clientName?: string; clientPhone?: string; total: number }",
        "export type CallFormValues = { callerName: string; callerEmail: string }",
        "export type CompanyCard = { companyName: string; companyPhone: string }",
        "export type ReportRow = { clientName: string; amount: number }",
      ].join("\n"),
    );
    assert.strictEqual(found["InvoiceFormValues.clientName"], "user.name");
    assert.strictEqual(found["InvoiceFormValues.clientPhone"], "user.contact.phone_number");
    assert.strictEqual(found["CallFormValues.callerName"], "user.name");
    assert.strictEqual(found["CompanyCard.companyName"], undefined);
    assert.strictEqual(found["ReportRow.clientName"], undefined);
  });

  it("a card's brand beside its last four is the card's, not a device's; a masked card number is the card's", () => {
    const found = scan(
      [
        "interface FastlaneComponentProps { lastFour: string; brand: string; showPayButton: boolean }",
        "type PaymentMethod = { id: string; cardMask: string; paymentSystem: string }",
        "interface VisitorDevice { email: string; brand: string; model: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["FastlaneComponentProps.lastFour"], "user.financial.credit_card");
    assert.strictEqual(found["FastlaneComponentProps.brand"], undefined);
    assert.strictEqual(found["PaymentMethod.cardMask"], "user.financial.credit_card");
    assert.strictEqual(found["VisitorDevice.brand"], "user.device");
  });

  it("a patient's glucose targets, insulin settings and a browser's description are what they say", () => {
    const found = scan(
      [
        "export interface Prescription { bloodGlucoseTargetSchedule: Target[]; recommendedBasalRate: number; recommendedCarbohydrateRatio: number; insulinSensitivity: number }",
        "export interface PaymentRequest { shopperEmail: string; browserInfo: { userAgent: string; language: string } }",
      ].join("\n"),
    );
    assert.strictEqual(found["Prescription.bloodGlucoseTargetSchedule"], "user.health_and_medical");
    assert.strictEqual(found["Prescription.recommendedBasalRate"], "user.health_and_medical");
    assert.strictEqual(found["Prescription.recommendedCarbohydrateRatio"], "user.health_and_medical");
    assert.strictEqual(found["Prescription.insulinSensitivity"], "user.health_and_medical");
    const plans = scan(
      [
        "export interface PatientChart { patientVisits: Visit[]; careGoals: string[]; treatmentPlan: string }",
        "export interface Patient { name: string; visits: Visit[]; admission: string }",
        "export interface SiteStats { visits: number }",
        "export interface User { email: string; visits: Visit[]; appointments: Appointment[] }",
      ].join("\n"),
    );
    // A patient's visits are the record of their care (their type is not in the project, so nothing else reports them);
    // a user's visits of a site are not.
    assert.strictEqual(plans["Patient.visits"], "user.health_and_medical");
    assert.strictEqual(plans["Patient.admission"], "user.health_and_medical");
    assert.strictEqual(plans["User.visits"], undefined);
    assert.strictEqual(plans["User.appointments"], undefined);
    assert.strictEqual(plans["PatientChart.patientVisits"], "user.health_and_medical");
    assert.strictEqual(plans["PatientChart.careGoals"], "user.health_and_medical");
    assert.strictEqual(plans["PatientChart.treatmentPlan"], "user.health_and_medical");
    assert.strictEqual(plans["SiteStats.visits"], undefined);
    assert.strictEqual(found["PaymentRequest.browserInfo"], "user.device");
  });
});

describe("classifier: round 18 (maps, screens, cookies, keys and tracks)", () => {
  it("a map keyed by something else holds what its name says: emails by user id, a factor's emails", () => {
    const found = scan(
      [
        "export interface MfaState { factorIdToEmailsMap: Record<string, string[]>; emailsByUserId: Map<string, string[]>; usersByEmail: Record<string, User> }",
        "export interface Query { sortByName: boolean; createdBy: string; nameByLocale: Record<string, string> }",
        "export class MfaCache { get phoneNumbersByUserId(): Map<string, string[]> { return this.m; } }",
      ].join("\n"),
    );
    assert.strictEqual(found["MfaCache.phoneNumbersByUserId"], "user.contact.phone_number");
    assert.strictEqual(found["MfaState.factorIdToEmailsMap"], "user.contact.email");
    assert.strictEqual(found["MfaState.emailsByUserId"], "user.contact.email");
    assert.strictEqual(found["MfaState.usersByEmail"], undefined);
    assert.strictEqual(found["Query.sortByName"], undefined);
    assert.strictEqual(found["Query.nameByLocale"], undefined);
  });

  it("the screen a person is on, or was on last, is what they browsed; a person's screen name is their handle", () => {
    const found = scan(
      [
        "export class AnalyticsClient { currentScreenName?: string; lastNavigationScreenName?: string; lastScreen: ScreenName = 'Loading'; }",
        "export interface Profile { email: string; screenName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["AnalyticsClient.currentScreenName"], "user.behavior.browsing_history");
    assert.strictEqual(found["AnalyticsClient.lastNavigationScreenName"], "user.behavior.browsing_history");
    assert.strictEqual(found["AnalyticsClient.lastScreen"], "user.behavior.browsing_history");
    assert.strictEqual(found["Profile.screenName"], "user.account.username");
  });

  it("a type whose name says whose the value is qualifies the field: a session's state is no region, a warehouse's address no one's", () => {
    const found = scan(
      [
        "export interface MemorySession { id: string; ip: string; state?: SessionState }",
        "export interface VisitorSession { id: string; ip: string; state: string }",
        "export interface Customer { email: string; address: WarehouseAddress; shippingAddress: ShippingAddress }",
      ].join("\n"),
    );
    assert.strictEqual(found["MemorySession.state"], undefined);
    assert.strictEqual(found["VisitorSession.state"], "user.location.imprecise");
    assert.strictEqual(found["Customer.address"], undefined);
    assert.strictEqual(found["Customer.shippingAddress"], "user.contact.address");
  });

  it("Google Analytics' cookies are the visitor's client id; a contact's office phone is theirs", () => {
    const found = scan(
      [
        "export interface UACookies { __utma: string; _ga: string }",
        "export const contactSchema = z.object({ first_name: z.string(), office_phone: z.string(), mobile_phone: z.string() });",
        "export interface Company { name: string; office_phone: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UACookies.__utma"], "user.device.cookie_id");
    assert.strictEqual(found["UACookies._ga"], "user.device.cookie_id");
    assert.strictEqual(found["contactSchema.office_phone"], "user.contact.phone_number");
    assert.strictEqual(found["Company.office_phone"], undefined);
  });

  it("the name of a key is the key's; a worker is code; a video's text track has the video's language", () => {
    const found = scan(
      [
        "export interface UserPropertyDefinition { userPropertyName: string; customerFieldName: string; customerName: string; customerEmail: string }",
        "export interface NewProjectAnswers { workerName: string; projectName: string }",
        "export interface TextTrack { label: string; language: string; kind: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["UserPropertyDefinition.userPropertyName"], undefined);
    assert.strictEqual(found["UserPropertyDefinition.customerFieldName"], undefined);
    assert.strictEqual(found["UserPropertyDefinition.customerName"], "user.name");
    assert.strictEqual(found["NewProjectAnswers.workerName"], undefined);
    assert.strictEqual(found["TextTrack.language"], undefined);
  });

  it("a page's location, an app's platform, silenced devices and a profile's pictures are the person's", () => {
    const found = scan(
      [
        "export interface PageRecord { siteLocation: string; siteReferrer: string; siteLanguage: string }",
        "export interface PlatformProperties { appVersion: string; appPlatform: string; ip: string }",
        "export interface InvalidRequestBody { error: string; silencedDevices: string[] }",
        "export const userSchema = new mongoose.Schema({ email: String, profile: { name: String, pictures: { type: Map, of: String } } });",
      ].join("\n"),
    );
    assert.strictEqual(found["PageRecord.siteLocation"], "user.behavior.browsing_history");
    assert.strictEqual(found["PlatformProperties.appPlatform"], "user.device");
    assert.strictEqual(found["InvalidRequestBody.silencedDevices"], "user.device");
    assert.strictEqual(found["userSchema.profile.pictures"], "user.content.self_image");
  });
});

describe("classifier: what a person is paid", () => {
  it("an employee's bonus, commission and day rate are financial data; a product's, a report's or a promotion's are not", () => {
    const found = scan(
      [
        "export interface Employee { firstName: string; bonus: number; commission: number; dayRate: number; billRateValue: number }",
        "export interface Product { name: string; commission: number }",
        "export interface SalesReport { commission: number; total: number }",
        "export interface Promotion { bonus: number }",
      ].join("\n"),
    );
    assert.strictEqual(found["Employee.bonus"], "user.financial");
    assert.strictEqual(found["Employee.commission"], "user.financial");
    assert.strictEqual(found["Employee.dayRate"], "user.financial");
    assert.strictEqual(found["Employee.billRateValue"], "user.financial");
    assert.strictEqual(found["Product.commission"], undefined);
    assert.strictEqual(found["SalesReport.commission"], undefined);
    assert.strictEqual(found["Promotion.bonus"], undefined);
  });
});

describe("classifier: round 19 (prison and probation records, payment admin, forms)", () => {
  it("an expiry date is a card's beside a card's fields only, not beside a person's name", () => {
    const found = scan(
      [
        "export interface StaffDetails { firstName: string; lastName: string; expiryDate: string }",
        "export interface SavedCard { cardholderName: string; last4: string; expiryDate: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["StaffDetails.firstName"], "user.name.first");
    assert.strictEqual(found["StaffDetails.expiryDate"], undefined);
    assert.strictEqual(found["SavedCard.expiryDate"], "user.financial.credit_card");
  });

  it("a sentence's terms are a criminal record where the record names a sentence's terms or an offender; a sentence of text is not", () => {
    const found = scan(
      [
        "export interface SentenceTerm { bookingId: number; sentenceSequence: number; sentenceType: string; years: number; months: number; lifeSentence: boolean; fineAmount: number; sentenceStartDate: string }",
        "export interface Sentence { type: string; length: number; text: string; year: number }",
      ].join("\n"),
    );
    for (const field of ["sentenceType", "years", "months", "lifeSentence", "fineAmount", "sentenceStartDate"]) {
      assert.strictEqual(found[`SentenceTerm.${field}`], "user.criminal_history", field);
    }
    assert.strictEqual(found["SentenceTerm.bookingId"], undefined);
    assert.strictEqual(found["SentenceTerm.sentenceSequence"], undefined);
    assert.strictEqual(found["Sentence.type"], undefined);
    assert.strictEqual(found["Sentence.length"], undefined);
    assert.strictEqual(found["Sentence.year"], undefined);
    const court = scan("export interface CourtDateResults { id: number; date: string; resultDispositionCode?: string; bookingId: number }\nexport interface SurveyResult { disposition: string }");
    assert.strictEqual(court["CourtDateResults.resultDispositionCode"], "user.criminal_history");
    assert.strictEqual(court["SurveyResult.disposition"], undefined);
  });

  it("a belief, an ethnicity or a nationality held as a reference list's code and text is that category", () => {
    const found = scan("export interface Belief { beliefCode: string; beliefDescription: string; ethnicityCode: string; nationalityDescription: string; startDate: string }");
    assert.strictEqual(found["Belief.beliefCode"], "user.demographic.religious_belief");
    assert.strictEqual(found["Belief.beliefDescription"], "user.demographic.religious_belief");
    assert.strictEqual(found["Belief.ethnicityCode"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["Belief.nationalityDescription"], "user.demographic.nationality");
  });

  it("an address's flat, premise, building and admin area are its parts; a flat button or a building site is not an address", () => {
    const found = scan(
      [
        "export interface Address { flat: string; premise: string; street: string; town: string; postalCode: string }",
        "export interface AddressCompleteResult { BuildingName: string; Street: string; City: string; AdminAreaName: string; PostalCode: string }",
        "export interface ButtonProps { flat: string; label: string }",
        "export interface Site { building: string; floor: number }",
      ].join("\n"),
    );
    assert.strictEqual(found["Address.flat"], "user.contact.address.street");
    assert.strictEqual(found["Address.premise"], "user.contact.address.street");
    assert.strictEqual(found["AddressCompleteResult.BuildingName"], "user.contact.address.street");
    assert.strictEqual(found["AddressCompleteResult.AdminAreaName"], "user.contact.address.state");
    assert.strictEqual(found["ButtonProps.flat"], undefined);
    assert.strictEqual(found["Site.building"], undefined);
  });

  it("an organisation's own name on its details form or in an email about it is not a person's employer", () => {
    const found = scan(
      [
        "export interface EditOrganisationDetailsBody { organisationName: string; addressLine1: string; addressCity: string; telephoneNumber: string }",
        "export interface CloudSpendAlertEmailProps { orgName: string; recipientEmail: string; spend: number }",
        "export interface Contact { firstName: string; email: string; companyName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["EditOrganisationDetailsBody.organisationName"], undefined);
    assert.strictEqual(found["CloudSpendAlertEmailProps.orgName"], undefined);
    assert.strictEqual(found["CloudSpendAlertEmailProps.recipientEmail"], "user.contact.email");
    assert.strictEqual(found["Contact.companyName"], "user.contact.organization");
  });

  it("a business's address object on a person's record is no one's location", () => {
    const found = scan("export interface Booking { customerName: string; warehouseAddress: { line1: string; city: string; postcode: string }; homeAddress: { line1: string; city: string } }");
    assert.strictEqual(found["Booking.warehouseAddress"], undefined);
    assert.strictEqual(found["Booking.warehouseAddress.city"], undefined);
    assert.strictEqual(found["Booking.homeAddress"], "user.contact.address");
  });

  it("a prisoner's, a maintainer's or whoever locked a record's name is a person's; an interpreter's language is the person's", () => {
    const found = scan(
      [
        "export interface OverviewPageData { prisonerDisplayName: string; prisonId: string }",
        "export interface MaintainerRow { maintainer_display_name: string; package_id: string }",
        "export interface EditLockResponse { lockedByName: string; lockedAt: string }",
        "export interface AmendNeedsAndRequirements { needsInterpreter: boolean; interpreterLanguage: string }",
        "export interface Query { sortBy: string; filterName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["OverviewPageData.prisonerDisplayName"], "user.name");
    assert.strictEqual(found["MaintainerRow.maintainer_display_name"], "user.name");
    assert.strictEqual(found["EditLockResponse.lockedByName"], "user.name");
    assert.strictEqual(found["AmendNeedsAndRequirements.interpreterLanguage"], "user.demographic.language");
    assert.strictEqual(found["Query.filterName"], undefined);
  });

  it("an alias or an account name is a username on a person's record only", () => {
    const found = scan(
      [
        "export interface AdvisoryUpsertInput { id: string; aliases: string[]; summary: string }",
        "export interface Profile { email: string; alias: string }",
        "export interface PaymentInformation { bankName: string; accountName: string; accountNumber: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["AdvisoryUpsertInput.aliases"], undefined);
    assert.strictEqual(found["Profile.alias"], "user.account.username");
    assert.strictEqual(found["PaymentInformation.accountName"], "user.financial.bank_account");
  });

  it("a schema key checked by the project's own validator named for a kind (`isValidGovEmail`) holds that kind", () => {
    const found = scan(
      [
        "export const resetSchema = v.object({",
        "  username: v.pipe(v.string(), v.trim(), v.check((input) => isValidGovEmail(input), 'invalid')),",
        "  contact: z.string().refine(validatePhoneNumber),",
        "  handle: z.string().refine(isValidSlug),",
        "});",
      ].join("\n"),
    );
    assert.strictEqual(found["resetSchema.username"], "user.contact.email");
    assert.strictEqual(found["resetSchema.contact"], "user.contact.phone_number");
    assert.strictEqual(found["resetSchema.handle"], "user.account.username");
  });

  it("a prison number or a police national computer id is a government identifier", () => {
    const found = scan("export interface Person { id: string; prison_number: string; police_national_computer: string; first_names: string }");
    assert.strictEqual(found["Person.prison_number"], "user.government_id");
    assert.strictEqual(found["Person.police_national_computer"], "user.government_id");
    assert.strictEqual(found["Person.id"], undefined);
  });

  it("a switch written as words (`'on' | 'off'`) is a flag, not the data it names", () => {
    const found = scan("export interface HideCardSecurityCodeBody { hideCardSecurityCode: 'on' | 'off'; cardSecurityCode: string; cardType: 'credit' | 'debit' }");
    assert.strictEqual(found["HideCardSecurityCodeBody.hideCardSecurityCode"], undefined);
    assert.strictEqual(found["HideCardSecurityCodeBody.cardSecurityCode"], "user.financial.credit_card");
  });

  it("reads type literals given to \`new\` as type arguments and the entries of an index signature", () => {
    const found = scan(
      [
        "const userEmailCache = new Map<string, { email: string; expiresAt: number }>();",
        "export const getIdentities = (): { [platform: string]: { handle: string; verified: boolean }[] } => ({});",
      ].join("\n"),
    );
    assert.strictEqual(found["userEmailCache.email"], "user.contact.email");
    assert.strictEqual(found["getIdentities.handle"], "user.account.username");
  });

  it("lists of values keyed by something else (`Record<string, string[]>`) are the values; a map of strings stays a map", () => {
    const found = scan("export interface Contributor { displayName: string; username: Record<string, string[]>; settings: Record<string, string> }");
    assert.strictEqual(found["Contributor.username"], "user.account.username");
  });

  it("a type the project does not declare is named for a kind by its shortest name that says one (`CardDetailsData`)", async () => {
    const found = await scanProject({
      "src/transaction.ts": [
        'import { CardDetailsData } from "@models/card-details";',
        'import { UserDetailsData } from "@models/user";',
        "export interface TransactionData { amount: number; card_details?: CardDetailsData; user: UserDetailsData }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/transaction.ts:TransactionData.card_details"], "user.financial.credit_card");
    assert.strictEqual(found["src/transaction.ts:TransactionData.user"], undefined);
  });

  it("client hints, the campaign cookie, a request's source page and a person's earlier names", () => {
    const found = scan(
      [
        "export interface HttpClientHints { isMobile: boolean; uaFullVersion: string; platform: string }",
        "export interface UACookies { __utma: string; __utmz: string }",
        "export const RequestSchema = new Schema({ requester_id: String, sourcePage: String, userAgent: String });",
        "export interface ScreenViewProps { name: string; previousName: string }",
        "export interface Customer { email: string; maidenName: string; previousName: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["HttpClientHints.uaFullVersion"], "user.device");
    assert.strictEqual(found["UACookies.__utmz"], "user.behavior");
    assert.strictEqual(found["RequestSchema.sourcePage"], "user.behavior.browsing_history");
    assert.strictEqual(found["ScreenViewProps.previousName"], "user.behavior.browsing_history");
    assert.strictEqual(found["Customer.maidenName"], "user.name.last");
    assert.strictEqual(found["Customer.previousName"], "user.name");
  });

  it("an event that carries the device's OS and screen is a tracked app's event; a calendar event is not", () => {
    const found = scan(
      [
        "const eventPayloadSchema = yup.object().shape({ data: yup.object(), language: yup.string(), os: yup.string(), screen: yup.string() });",
        "export interface CalendarEvent { title: string; language: string; location: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["eventPayloadSchema.os"], "user.device");
    assert.strictEqual(found["eventPayloadSchema.language"], "user.demographic.language");
    assert.strictEqual(found["CalendarEvent.language"], undefined);
  });

  it("a running instance of an app or an SDK is a machine: its IP is no person's", () => {
    const found = scan(
      [
        "type ConnectedInstancesTableData = { instanceId: string; ip: string; sdkVersion: string; lastSeen: string };",
        "export interface LoginAttempt { userId: string; ip: string; userAgent: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ConnectedInstancesTableData.ip"], undefined);
    assert.strictEqual(found["LoginAttempt.ip"], "user.device.ip_address");
  });
});


describe("classifier: round 20 (a hospital's records, contact tracing, user management, Q&A, auth SDK)", () => {
  it("a patient's lab values, clinical scores and discharge notes are health data", () => {
    const found = scan(
      [
        "interface ApacheParams { age: number; organFailure: boolean; creatinine: number; acuteRenalFailure: boolean; wbcCount: number; glasgowComaScore: number }",
        "interface PreDischargeFormInterface { discharge_reason: string; discharge_notes: string }",
        "interface IShift { breathlessness_level: string; origin_facility: string }",
      ].join("\n"),
    );
    for (const f of ["organFailure", "creatinine", "acuteRenalFailure", "wbcCount", "glasgowComaScore"]) assert.strictEqual(found[`ApacheParams.${f}`], "user.health_and_medical", f);
    assert.strictEqual(found["PreDischargeFormInterface.discharge_notes"], "user.health_and_medical");
    assert.strictEqual(found["IShift.breathlessness_level"], "user.health_and_medical");
  });

  it("a contact-tracing app's exposure status and history are health data, its check-ins where the person was", () => {
    const found = scan(
      [
        "interface EventWithContext { exposureStatus: ExposureStatus; onboardedAt: number }",
        "class OutbreakService { outbreakHistory: OutbreakHistoryItem[]; checkInHistory: CheckInData[] }",
        "interface Booking { checkInDate: Date; checkIn: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["EventWithContext.exposureStatus"], "user.health_and_medical");
    assert.strictEqual(found["OutbreakService.outbreakHistory"], "user.health_and_medical");
    assert.strictEqual(found["OutbreakService.checkInHistory"], "user.location");
    assert.strictEqual(found["Booking.checkInDate"], undefined);
    assert.strictEqual(found["Booking.checkIn"], undefined);
  });

  it("an India health id, a messenger handle and a submitter's display name", () => {
    const found = scan(
      [
        "interface TRes { abha_number: string; health_id: string }",
        "const user = { facebookMessenger: PropTypes.string, skype: PropTypes.string };",
        "interface QueuedReviewItem { submitter_display_name: string; object_id: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["TRes.abha_number"], "user.government_id.national_identification_number");
    assert.strictEqual(found["QueuedReviewItem.submitter_display_name"], "user.name");
  });

  it("an email or a username held as a record of its own beside its id, flags and timestamps is that value", () => {
    const found = scan(
      [
        "export interface Email { readonly id: string; readonly address: string; readonly is_verified: boolean; readonly is_primary: boolean; readonly identities?: Identity[] }",
        "export interface Username { id: string; username: string; created_at: string; updated_at: string }",
        "export interface User { readonly user_id: string; readonly emails?: Email[]; readonly username?: Username }",
      ].join("\n"),
    );
    assert.strictEqual(found["User.emails"], "user.contact.email");
    assert.strictEqual(found["User.username"], "user.account.username");
  });

  it("a member typed `null` holds nothing; when a person last logged in is a moment; a flow's state is no region", () => {
    const found = scan(
      [
        "export interface StateMap { readonly onboarding_email: null; readonly onboarding_username: null; readonly login_init: LoginInitPayload }",
        "export interface UserRow { username: string; last_login: string; lastLogin: string }",
        "interface Props { flowState: State<'profile_init'>; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["StateMap.onboarding_email"], undefined);
    assert.strictEqual(found["StateMap.onboarding_username"], undefined);
    assert.strictEqual(found["UserRow.username"], "user.account.username");
    assert.strictEqual(found["UserRow.last_login"], undefined);
    assert.strictEqual(found["UserRow.lastLogin"], undefined);
    assert.strictEqual(found["Props.flowState"], undefined);
  });

  it("a generic given one plain value type holds such a value (`email: Input<string>`); a clinical object named so is health data", () => {
    const found = scan(
      [
        "interface Input<TValue> { name: string; type: string; value?: TValue; required?: boolean }",
        "interface RegisterLoginIdentifierInputs { email?: Input<string>; username?: Input<string> }",
        "interface ConsultationDiagnosis { id: string; diagnosis_object: ICD11DiagnosisModel; is_principal: boolean }",
      ].join("\n"),
    );
    assert.strictEqual(found["RegisterLoginIdentifierInputs.email"], "user.contact.email");
    assert.strictEqual(found["RegisterLoginIdentifierInputs.username"], "user.account.username");
    assert.strictEqual(found["ConsultationDiagnosis.diagnosis_object"], "user.health_and_medical");
  });

  it("alternatives before an `or` name another value, not whose this one is (`roleOrJobTitle`)", () => {
    const found = scan("interface ReferralFields { ppName: string; roleOrJobTitle: string; teamOrCompanyName: string }");
    assert.strictEqual(found["ReferralFields.roleOrJobTitle"], "user.job_title");
  });

  it("a record of a patient's health data is a person's: an age beside it is theirs; oxygen written either way", () => {
    const found = scan("interface ApacheParams { age: number; organFailure: boolean; fiO2: number; spo2: number }");
    assert.strictEqual(found["ApacheParams.age"], "user.demographic.age_range");
    assert.strictEqual(found["ApacheParams.fiO2"], "user.health_and_medical");
    assert.strictEqual(found["ApacheParams.spo2"], "user.health_and_medical");
  });

  it("a record a rule takes whole, held under a name that says nothing (`historyItem: OutbreakHistoryItem`), is what its type names", async () => {
    const found = await scanProject({
      "src/qr.ts": [
        "export interface OutbreakHistoryItem { id: string; isExpired: boolean; checkInTimestamp: number }",
        "export interface CombinedExposureHistoryData { historyItem: OutbreakHistoryItem; type: OutbreakHistoryItem; server: ServerStatus }",
        "export interface ServerStatus { healthy: boolean }",
      ].join("\n"),
    });
    assert.strictEqual(found["src/qr.ts:CombinedExposureHistoryData.historyItem"], "user.health_and_medical");
    assert.strictEqual(found["src/qr.ts:CombinedExposureHistoryData.type"], undefined);
    assert.strictEqual(found["src/qr.ts:CombinedExposureHistoryData.server"], undefined);
  });

  it("an avatar component's image is the person's picture, named by its file or its folder; a room's avatar is not", () => {
    const avatar = scan("interface IProps { avatar: string | { type: string; gravatar: string }; size: string; className?: string }", "/src/components/Avatar/index.tsx");
    assert.strictEqual(avatar["IProps.avatar"], "user.content.self_image");
    assert.strictEqual(avatar["IProps.avatar.gravatar"], "user.content.self_image");
    const props = scan("interface AvatarProps { imageUrl?: string; name?: string; className?: string; onClick?: () => void }", "/src/components/Common/Avatar.tsx");
    assert.strictEqual(props["AvatarProps.imageUrl"], "user.content.self_image");
    const room = scan("interface IState { originalAvatarUrl?: string; avatarFile?: File; displayName: string }", "/src/components/views/room_settings/RoomProfileSettings.tsx");
    assert.strictEqual(room["IState.originalAvatarUrl"], undefined);
    assert.strictEqual(room["IState.avatarFile"], undefined);
  });

  it("a measure held in parts (`age: { years: number; months: number }`) is the number it measures, not a record", () => {
    const found = scan("interface PersonalDetails { personalDetailsMain: { dateOfBirth: string; age: { years: number; months: number } | null; nationality: string } }");
    assert.strictEqual(found["PersonalDetails.personalDetailsMain.age"], "user.demographic.age_range");
    assert.strictEqual(found["PersonalDetails.personalDetailsMain.dateOfBirth"], "user.demographic.date_of_birth");
  });

  it("a patient's triage category, DHIS2's tracked entity instance, a building beside a street and postcode", () => {
    const found = scan(
      [
        "interface IShift { patient_category: string; origin_facility: string }",
        "interface ContainerProps { teiDisplayName: string; onCancel: () => void }",
        "interface NextOfKin { firstName: string; building: string; street: string; postcode: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["IShift.patient_category"], "user.health_and_medical");
    assert.strictEqual(found["ContainerProps.teiDisplayName"], "user.name");
    assert.strictEqual(found["NextOfKin.building"], "user.contact.address.street");
  });

  it("safeguarding: self-harm, substance use, a medical aid's need and a person's additional needs are health data", () => {
    const found = scan(
      [
        "interface PostLockoutEventsData { PerSelfHarm: string; PerMedicalAid: string[]; PerMedicalDrugsAlcohol: string; PerViolence: string }",
        "interface ReferralFields { additionalNeedsInformation: string; needsInterpreter: boolean }",
      ].join("\n"),
    );
    assert.strictEqual(found["PostLockoutEventsData.PerSelfHarm"], "user.health_and_medical");
    assert.strictEqual(found["PostLockoutEventsData.PerMedicalAid"], "user.health_and_medical");
    assert.strictEqual(found["PostLockoutEventsData.PerMedicalDrugsAlcohol"], "user.health_and_medical");
    assert.strictEqual(found["PostLockoutEventsData.PerViolence"], undefined);
    assert.strictEqual(found["ReferralFields.additionalNeedsInformation"], "user.health_and_medical");
  });

  it("a component named for an avatar and what it does with it (`AvatarEditModal.tsx`) shows the person's picture", () => {
    const found = scan("interface Props { title?: string; imageUrl?: string; handleUpload: (file: File) => void; onClose?: () => void }", "/src/components/Common/AvatarEditModal.tsx");
    assert.strictEqual(found["Props.imageUrl"], "user.content.self_image");
  });

  it("a queue's consumer and a person's feed are things", () => {
    const found = scan(
      [
        "export class ConsumerService { constructor(private readonly options: { consumerName: string; queueName: string }) {} }",
        "export interface UserFeed { name: string; type: string; feed_token: string }",
        "export interface Customer { name: string; email: string }",
      ].join("\n"),
    );
    assert.strictEqual(found["ConsumerService.options.consumerName"], undefined);
    assert.strictEqual(found["UserFeed.name"], undefined);
    assert.strictEqual(found["Customer.name"], "user.name");
  });
});

describe("project index: a recorded pass taken again for what did not change", () => {
  const sources: Record<string, string> = {
    "/p/postal.ts": "export interface PostalAddress { street: string; city: string; postcode: string }\n",
    "/p/shipment.ts": 'import { PostalAddress } from "./postal";\nexport interface Shipment { destination: PostalAddress }\n',
    "/p/residence.ts": "export interface Residence { street: string; city: string; zip: string }\n",
    // (No import: the name the project declares once.)
    "/p/person.ts": "export interface Person { home: Residence }\n",
    "/p/other.ts": "export const version = 1;\n",
  };
  const scanAll = (files: Record<string, string>): FileScanResult[] => Object.entries(files).map(([file, text]) => scanSource(file, text, rules, { deferReferences: true }));
  const fields = (results: FileScanResult[]) => results.flatMap((r) => r.findings.map((f) => `${f.owner}.${f.field}`)).sort();

  /** A full pass over `before`, recorded; then `after` (one file changed) with a sentinel in every unchanged file's record. */
  function rerun(changedFile: string, text: string) {
    const first = scanAll(sources);
    const deltas: (ResolvedDelta | undefined)[] = new Array(first.length).fill(undefined);
    const reads: (ResolutionReads | undefined)[] = new Array(first.length).fill(undefined);
    const summaries = first.map((r) => r.summary);
    resolveReferences(first, rules, undefined, deltas, reads);
    const after = { ...sources, [changedFile]: text };
    const fresh = scanAll(after);
    resolveReferences(fresh, rules);
    // A record that a pass taking it would show: each unchanged file's delta with a made-up finding added.
    const sentinel = (file: string): Finding => ({ file, range: { start: { line: 99, character: 0 }, end: { line: 99, character: 1 } }, field: "sentinel", owner: path.basename(file), category: "user", confidence: 1, evidence: "recorded", ruleId: "sentinel" });
    const names = Object.keys(sources);
    const previous: PreviousPass = {
      changed: new Set([changedFile]),
      changedSummaries: [summaries[names.indexOf(changedFile)]],
      recorded: names.map((f, i) => (f === changedFile ? undefined : { delta: { ...deltas[i], findings: [...(deltas[i]?.findings ?? []), sentinel(f)] }, reads: reads[i] })),
    };
    const incremental = scanAll(after);
    resolveReferences(incremental, rules, undefined, undefined, undefined, previous);
    const taken = incremental.filter((r) => r.findings.some((f) => f.field === "sentinel")).map((r) => r.file).sort();
    return { fresh: fields(fresh), incremental: fields(incremental).filter((f) => !f.endsWith(".sentinel")), taken };
  }

  it("a file whose pending fields read the changed file's summary is resolved again", () => {
    const r = rerun("/p/postal.ts", 'export type PostalAddress = "home" | "work";\n');
    assert.ok(!r.fresh.includes("Shipment.destination"));
    assert.deepStrictEqual(r.incremental, r.fresh);
    assert.ok(!r.taken.includes("/p/shipment.ts"), "shipment.ts read postal.ts");
    assert.deepStrictEqual(r.taken, ["/p/other.ts", "/p/person.ts", "/p/residence.ts"], "the others' records are taken");
  });

  it("a file that looked a name up among all declarations is resolved again when a changed file declares it", () => {
    const r = rerun("/p/other.ts", 'export const version = 1;\nexport type Residence = "a" | "b";\n');
    assert.ok(r.fresh.includes("Person.home") === false, "declared twice: the fallback no longer holds");
    assert.deepStrictEqual(r.incremental, r.fresh);
    assert.ok(!r.taken.includes("/p/person.ts"));
    assert.ok(r.taken.includes("/p/shipment.ts"));
  });

  it("so is one when a changed file no longer declares it", () => {
    const r = rerun("/p/residence.ts", "export const nothing = 0;\n");
    assert.deepStrictEqual(r.incremental, r.fresh);
    assert.ok(!r.taken.includes("/p/person.ts"));
  });

  it("without a change that concerns them, every other file's record is taken", () => {
    const r = rerun("/p/other.ts", "export const version = 2;\n");
    assert.deepStrictEqual(r.incremental, r.fresh);
    assert.deepStrictEqual(r.taken, ["/p/person.ts", "/p/postal.ts", "/p/residence.ts", "/p/shipment.ts"]);
  });
});
