/**
 * Patterns from the 595th and later labelling rounds (session 27), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 595", () => {
  it("declarations in a read-only list's elements and in an assignment's cast target are read", () => {
    const found = scan(
      "export function serializeAttendanceCsv(rows: readonly { discordUsername: string; checkedInAt: Date | null }[]) {}\n" +
        "export class ReplyService {\n" +
        "  async create(saved: Reply, name: string) {\n" +
        "    (saved as Reply & { authorName?: string }).authorName = name;\n" +
        "  }\n" +
        "}\n" +
        "interface Reply { id: string }",
    );
    assert.strictEqual(found["serializeAttendanceCsv.rows.discordUsername"], "user.account.username");
    assert.ok(Object.entries(found).some(([k, v]) => k.endsWith(".authorName") && v === "user.name"), JSON.stringify(found));
  });

  it("a form control holds what is typed in; a name written in another script is the name; a UPN is a sign-in name", () => {
    const found = scan(
      "export class LoginComponent {\n" +
        "  emailControl = new UntypedFormControl('', [Validators.required, Validators.email]);\n" +
        "  fullNameCtrl = new FormControl('');\n" +
        "}\n" +
        "interface ImFriendRespVO { nicknamePinyin: string; displayNamePinyin: string }\n" +
        "interface UserProfileData { userPrincipalName: string; displayName: string }",
    );
    assert.strictEqual(found["LoginComponent.emailControl"], "user.contact.email");
    assert.strictEqual(found["LoginComponent.fullNameCtrl"], "user.name");
    assert.strictEqual(found["ImFriendRespVO.nicknamePinyin"], "user.name");
    assert.strictEqual(found["ImFriendRespVO.displayNamePinyin"], "user.name");
    assert.strictEqual(found["UserProfileData.userPrincipalName"], "user.account.username");
    // Guards: a control of a thing is still nothing of a person's.
    const guards = scan("export class MapComponent { zoomControl = new ZoomControl(); accessControl: string }");
    assert.deepStrictEqual(guards, {});
  });

  it("a place's coordinates and a place's address object are the place's; a search hit is no tracked visit", () => {
    const found = scan(
      "export type BuildingCoordinate = { lat: number; lng: number; name?: string };\n" +
        "export type CampusHit = { campusName: string; geoloc: { latitude: number; longitude: number }; url: string };\n" +
        "export type VisitorPosition = { lat: number; lng: number };",
    );
    assert.strictEqual(found["BuildingCoordinate.lat"], undefined);
    assert.strictEqual(found["BuildingCoordinate.lng"], undefined);
    assert.strictEqual(found["CampusHit.geoloc.latitude"], undefined);
    assert.strictEqual(found["CampusHit.url"], undefined);
    // Guard: a visitor's position is still theirs.
    assert.strictEqual(found["VisitorPosition.lat"], "user.location.precise");
  });

  it("an object of address parts named for a place (`campusLocation`, `office`) is the place's", async () => {
    const found = await scanProjectFields({
      "search.ts":
        "export type GlobalSearchLocationHit = {\n" +
        "  campusName?: string;\n" +
        "  campusLocation?: { city?: string; state?: string; street1?: string };\n" +
        "  office?: { city?: string; street1?: string };\n" +
        "  home?: { city?: string; street1?: string };\n" +
        "};\n",
    });
    assert.strictEqual(found["GlobalSearchLocationHit.campusLocation"], undefined);
    assert.strictEqual(found["GlobalSearchLocationHit.office"], undefined);
    // Guard: a home is a person's.
    assert.strictEqual(found["GlobalSearchLocationHit.home"], "user.contact.address");
  });

  it("a value checked to be a record's id refers to that record; an id's own name and a special category still count", () => {
    const found = scan(
      "export class CreateIpaddressInput {\n" +
        "  @IsOptional() @IsMongoId() readonly location?: string;\n" +
        "  @IsOptional() @IsMongoId() readonly organization?: string;\n" +
        "  @IsOptional() @IsMongoId() readonly position?: string;\n" +
        "  @IsUUID() deviceId: string;\n" +
        "  @IsString() fullname: string;\n" +
        "}\n" +
        "export const userSchema = z.object({ email: z.string().email(), childDisabilities: z.array(z.string().uuid()) });",
    );
    assert.strictEqual(found["CreateIpaddressInput.location"], undefined);
    assert.strictEqual(found["CreateIpaddressInput.organization"], undefined);
    assert.strictEqual(found["CreateIpaddressInput.position"], undefined);
    assert.strictEqual(found["CreateIpaddressInput.deviceId"], "user.device.device_id");
    assert.strictEqual(found["CreateIpaddressInput.fullname"], "user.name");
    assert.strictEqual(found["userSchema.childDisabilities"], "user.health_and_medical");
  });

  it("a placeholder shown until the value arrives is no fixed text; a constant's name still says it is one", () => {
    const found = scan(
      "export class LastLoginIpComponent {\n" +
        "  lastLoginIp: any = '?'\n" +
        "  email = '-'\n" +
        "  title = 'Last login IP'\n" +
        "}\n" +
        "export class LettersRenderingService {\n" +
        "  PLACE_HOLDER_SUFFIX = '}}'\n" +
        "}",
    );
    assert.strictEqual(found["LastLoginIpComponent.lastLoginIp"], "user.device.ip_address");
    assert.strictEqual(found["LastLoginIpComponent.email"], "user.contact.email");
    assert.strictEqual(found["LastLoginIpComponent.title"], undefined);
    assert.strictEqual(found["LettersRenderingService.PLACE_HOLDER_SUFFIX"], undefined);
  });

  it("a person's name on Twitch, Discord or Reddit is their username there", () => {
    const found = scan("interface LinkedAccounts { twitchName: string; discordUser: string; redditUsername: string }");
    assert.strictEqual(found["LinkedAccounts.twitchName"], "user.account.username");
    assert.strictEqual(found["LinkedAccounts.discordUser"], "user.account.username");
    assert.strictEqual(found["LinkedAccounts.redditUsername"], "user.account.username");
  });

  it("a business's own record names and reaches the business; a form about one still holds a person's data", () => {
    const found = scan(
      "export class Organizations { orgCode!: String; fullName!: String; contact!: String; phone!: String; fax!: String; email!: String; street!: String }\n" +
        "export class ContactCompanyFormDto { firstName: string; lastName: string; email: string; company: string }\n" +
        "export class CompanyUser { fullName: string; phone: string; email: string }",
    );
    assert.strictEqual(found["Organizations.fullName"], undefined);
    assert.strictEqual(found["Organizations.phone"], undefined);
    assert.strictEqual(found["Organizations.fax"], undefined);
    assert.strictEqual(found["Organizations.street"], undefined);
    // Guards: a person writing for a company, and a company's user, are people.
    assert.strictEqual(found["ContactCompanyFormDto.email"], "user.contact.email");
    assert.strictEqual(found["ContactCompanyFormDto.firstName"], "user.name.first");
    assert.strictEqual(found["CompanyUser.phone"], "user.contact.phone_number");
  });

  it("a number under a plural name counts identifiers; one under a singular name, or a measure, is the value", () => {
    const found = scan(
      "export type DataPoints = { phoneNumbers: number; socialSecurityNumbers: number; ipAddresses: number; creditCardNumbers: number; bankAccountNumbers: number };\n" +
        "export interface Contact { phoneNumber: number }\n" +
        "export interface DailyActivity { steps: number; heartRates: number }",
    );
    assert.strictEqual(found["DataPoints.phoneNumbers"], undefined);
    assert.strictEqual(found["DataPoints.socialSecurityNumbers"], undefined);
    assert.strictEqual(found["DataPoints.ipAddresses"], undefined);
    assert.strictEqual(found["DataPoints.creditCardNumbers"], undefined);
    assert.strictEqual(found["DataPoints.bankAccountNumbers"], undefined);
    assert.strictEqual(found["Contact.phoneNumber"], "user.contact.phone_number");
  });

  it("an avatar record's image in its sizes is the person's picture; a room's image is not", () => {
    const found = scan("interface ProfilePicThumbModel { img: string; imgFull: string; preview: string }\ninterface Room { img: string; image: string }");
    assert.strictEqual(found["ProfilePicThumbModel.img"], "user.content.self_image");
    assert.strictEqual(found["ProfilePicThumbModel.imgFull"], "user.content.self_image");
    assert.strictEqual(found["Room.img"], undefined);
    assert.strictEqual(found["Room.image"], undefined);
  });

  it("a list of rows of one e-mail address each, typed from a file the scan does not see, is e-mail addresses", async () => {
    const found = await scanProjectFields({
      "breaches.ts":
        "import type { EmailAddressRow } from './knex-tables';\n" +
        "import type { tRpcEmailsType } from './trpc';\n" +
        "export type AllEmailsAndBreaches = { unverifiedEmails: EmailAddressRow[]; verifiedCount: number };\n" +
        "export type Routers = { emails: tRpcEmailsType };\n",
    });
    assert.strictEqual(found["AllEmailsAndBreaches.unverifiedEmails"], "user.contact.email");
    // Guard: a client's router for e-mails holds none.
    assert.strictEqual(found["Routers.emails"], undefined);
  });

  it("a street and its house number abbreviated (`streetAndNr`) is the street line", () => {
    const found = scan("export interface ShippingAddress { streetAndNr: string; postalCode: string; city: string }");
    assert.strictEqual(found["ShippingAddress.streetAndNr"], "user.contact.address.street");
  });
});
