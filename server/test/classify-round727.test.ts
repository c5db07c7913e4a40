/**
 * Patterns from the 727th and later labelling rounds (session 32), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 727", () => {
  it("a data subject's name in parts, named for them, makes the record a person's: its card is theirs", () => {
    const found = scan(
      "export interface BookRequest { roomTypeId: string; guestFirstName: string; guestLastName: string; cardExpiry?: string }\n" +
        "export interface BookReview { isbn: string; authorFirstName: string; authorLastName: string; cardExpiry?: string }",
    );
    assert.strictEqual(found["BookRequest.cardExpiry"], "user.financial.credit_card");
    // (Not an author's name: a book's record stays a thing's.)
    assert.strictEqual(found["BookReview.cardExpiry"], undefined);
  });

  it("a branded string (`Flavor<string, \"Firstname\">`) holds the string; so does a name typed by its own alias from an unseen file", async () => {
    const found = await scanProjectFields({
      "flavor.ts": "export type Flavor<T, F> = T & { readonly _flavor?: F };\n",
      "names.ts": "import { Flavor } from './flavor';\nexport type Firstname = Flavor<string, 'Firstname'>;\n",
      "contact.ts":
        "import { Firstname } from './names';\nimport { Lastname } from '@unseen/types';\n" +
        "export type EstablishmentMainContact = { firstName: Firstname; lastName: Lastname; phone: string };\n" +
        "export type Beneficiary = { beneficiaryFirstName: Firstname; email: string };\n",
    });
    assert.strictEqual(found["EstablishmentMainContact.firstName"], "user.name.first");
    assert.strictEqual(found["EstablishmentMainContact.lastName"], "user.name.last");
    assert.strictEqual(found["Beneficiary.beneficiaryFirstName"], "user.name.first");
  });

  it("a geocoder's query (`GeoCodingQueryParams`) is where to look, not where anyone is", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "const geoCodingQueryParamsSchema = z.object({ q: z.string(), language: z.string().optional(), countrycode: z.string().optional() })\n" +
        "export interface Visitor { language: string; email: string }",
    );
    assert.strictEqual(found["geoCodingQueryParamsSchema.language"], undefined);
    assert.strictEqual(found["geoCodingQueryParamsSchema.countrycode"], undefined);
    assert.strictEqual(found["Visitor.language"], "user.demographic.language");
  });

  it("a saved card's brand and funding beside its last digits are the card's; a theme's brand is not", () => {
    const found = scan(
      "export interface MoneiPayment { id: string; paymentMethod?: { card?: { last4: string; brand: string } } }\n" +
        "export interface StripeCard { last4: string; brand: string; funding: string }\n" +
        "export interface Theme { brand: string; primary: string }\n" +
        "export interface BankAccount { last4: string; routing_number: string; bank_name: string }",
    );
    assert.strictEqual(found["MoneiPayment.paymentMethod.card.brand"], "user.financial.credit_card");
    assert.strictEqual(found["StripeCard.brand"], "user.financial.credit_card");
    assert.strictEqual(found["StripeCard.funding"], "user.financial.credit_card");
    assert.strictEqual(found["Theme.brand"], undefined);
    assert.strictEqual(found["BankAccount.last4"], "user.financial.bank_account");
  });

  it("a French form's `civility` (Madame, Monsieur) on a person is their gender; a film's genre is not", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "const signupFormSchema = z.object({ civility: z.enum(['man', 'woman']), firstName: z.string(), birthDate: z.date() })\n" +
        "export interface Film { title: string; genre: string; director: string }",
    );
    assert.strictEqual(found["signupFormSchema.civility"], "user.demographic.gender");
    assert.strictEqual(found["Film.genre"], undefined);
  });

  it("a `userName` beside the person's own name or a password is the name they sign in with; alone, their name", () => {
    const found = scan(
      "export interface UserInfo { name: string; userName: string; email: string }\n" +
        "export interface LoginForm { user_name: string; password: string }\n" +
        "export interface Comment { userName: string; body: string; createdAt: string }",
    );
    assert.strictEqual(found["UserInfo.userName"], "user.account.username");
    assert.strictEqual(found["UserInfo.name"], "user.name");
    assert.strictEqual(found["LoginForm.user_name"], "user.account.username");
    assert.strictEqual(found["Comment.userName"], "user.name");
  });

  it("a gym's trainer and an instance's super administrator are people: their names are names", () => {
    const found = scan(
      "export interface ActivityType { id: number; trainer_name: string | null; default_space_name: string | null }\n" +
        "export interface Request { superadminName?: string | null; tenantId: string }",
    );
    assert.strictEqual(found["ActivityType.trainer_name"], "user.name");
    assert.strictEqual(found["ActivityType.default_space_name"], undefined);
    assert.strictEqual(found["Request.superadminName"], "user.name");
  });

  it("a church's or a charity's contact mailbox and phone are its own; a member's contact email is the member's", () => {
    const found = scan(
      "export type ChurchSettingsData = { id: string; name: string; websiteUrl: string | null; contactEmail: string | null; contactPhone: string | null }\n" +
        "export type CharitySettings = { slug: string; contactEmail: string; ein: string }\n" +
        "export type MemberSettings = { memberId: string; contactEmail: string; contactPhone: string }",
    );
    assert.strictEqual(found["ChurchSettingsData.contactEmail"], undefined);
    assert.strictEqual(found["ChurchSettingsData.contactPhone"], undefined);
    assert.strictEqual(found["CharitySettings.contactEmail"], undefined);
    assert.strictEqual(found["MemberSettings.contactEmail"], "user.contact.email");
  });
});
