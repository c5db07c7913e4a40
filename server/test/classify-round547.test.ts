/**
 * Patterns from the 547th and later labelling rounds (session 25), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 547", () => {
  it("a Prisma column a relation points at another model's email holds an email, whatever it is called", () => {
    const found = scan(
      "model Workflow {\n" +
        "  id        String  @id\n" +
        "  updatedBy String?\n" +
        '  updater   User?   @relation(name: "updater", fields: [updatedBy], references: [email])\n' +
        "  ownerId   String\n" +
        "  owner     User    @relation(fields: [ownerId], references: [id])\n" +
        "}\n" +
        "model User {\n  id    String @id\n  email String @unique\n}\n",
      "/prisma/schema.prisma",
    );
    assert.strictEqual(found["Workflow.updatedBy"], "user.contact.email");
    // A relation by id names no kind of data.
    assert.strictEqual(found["Workflow.ownerId"], undefined);
  });

  it("a card's expiry written `expireMonth` is the card's; an expiry year beside a date makes it no card's expiry", () => {
    const found = scan(
      "export type PaymentCard = { cardHolderName?: string; cardNumber?: string; expireYear?: string; expireMonth?: string };\n" +
        "export class Provision { type: string; status: string; expires_on: string; item_count: number; get expiryYear() { return 1 } }",
    );
    assert.strictEqual(found["PaymentCard.expireYear"], "user.financial.credit_card");
    assert.strictEqual(found["PaymentCard.expireMonth"], "user.financial.credit_card");
    // (A provision's `expires_on` was read as a card's only because the year beside it was taken for a card's part.)
    assert.strictEqual(found["Provision.expires_on"], undefined);
  });

  it("people named by their part in a message, a visit or a payment: sender, from, host, visitor, organiser, mention", () => {
    const found = scan(
      "interface TransactionResponseItem { amount: number; senderName: string; receiverName: string }\n" +
        "interface KioskClientProps { visitor_name: string; host_name: string; company: string }\n" +
        "interface MentionPayload { mentionName: string; mentionId: string }\n" +
        "interface JoinEmailData { organiserName: string; tripName: string }\n" +
        "interface Contact { id: string; formattedName: string; phone: string }\n" +
        "interface TicketComment { fromName: string; fromEmail: string; text: string }\n" +
        "interface TemplateVariables { commentAuthor: string; ticketSubject: string }",
    );
    assert.strictEqual(found["TransactionResponseItem.senderName"], "user.name");
    assert.strictEqual(found["KioskClientProps.visitor_name"], "user.name");
    assert.strictEqual(found["KioskClientProps.host_name"], "user.name");
    assert.strictEqual(found["MentionPayload.mentionName"], "user.name");
    assert.strictEqual(found["JoinEmailData.organiserName"], "user.name");
    assert.strictEqual(found["Contact.formattedName"], "user.name");
    assert.strictEqual(found["TicketComment.fromName"], "user.name");
    assert.strictEqual(found["TemplateVariables.commentAuthor"], "user.name");
  });

  it("guards: a mail service's sender settings, a machine's hostname and an OAuth client's name stay unreported", () => {
    const found = scan(
      "interface SmtpConfig { host: string; hostname: string; fromName: string; fromEmail: string }\n" +
        "interface DnsRecord { hostname: string; host_name: string; value: string }\n" +
        "interface OAuthClient { clientName: string; redirectUris: string[] }",
    );
    assert.strictEqual(found["SmtpConfig.fromName"], undefined);
    assert.strictEqual(found["SmtpConfig.fromEmail"], undefined);
    assert.strictEqual(found["SmtpConfig.hostname"], undefined);
    assert.strictEqual(found["DnsRecord.hostname"], undefined);
    assert.strictEqual(found["OAuthClient.clientName"], undefined);
  });

  it("a person's icon by its url is their picture; a bare icon, even a user menu's, is not", () => {
    const found = scan(
      "interface User { id: number; login: string; name: string; icon_url: string }\n" +
        "interface UserNavItem { label: string; icon: string; href: string }\n" +
        "interface UserMenuProps { userIcon: string; userName: string }",
    );
    assert.strictEqual(found["User.icon_url"], "user.content.self_image");
    assert.strictEqual(found["UserNavItem.icon"], undefined);
    assert.strictEqual(found["UserMenuProps.userIcon"], undefined);
  });

  it("a listing's property is a place; a person's traits held as properties are theirs; a bag of properties says nothing", () => {
    const found = scan(
      "export interface Property { name: string; address: string; lat: number; lng: number; images: string[] }\n" +
        "export interface UserProperties { email: string; name: string }\n" +
        "export interface Analytics { properties: { email: string; browser: string } }\n" +
        "export interface PossessionClaim { propertyAddress: string; claimantName: string }",
    );
    assert.strictEqual(found["Property.name"], undefined);
    assert.strictEqual(found["Property.address"], undefined);
    assert.strictEqual(found["Property.lat"], undefined);
    assert.strictEqual(found["UserProperties.email"], "user.contact.email");
    assert.strictEqual(found["UserProperties.name"], "user.name");
    assert.strictEqual(found["Analytics.properties.email"], "user.contact.email");
    assert.strictEqual(found["PossessionClaim.propertyAddress"], "user.contact.address");
  });

  it("a currency's denomination is a unit of money, not a religion", () => {
    const found = scan(
      "interface AmountTileProps { exchangeDenomination: string; displayDenomination: string; amount: string }\n" +
        "interface Member { name: string; email: string; denomination: string }",
    );
    assert.strictEqual(found["AmountTileProps.exchangeDenomination"], undefined);
    assert.strictEqual(found["AmountTileProps.displayDenomination"], undefined);
    assert.strictEqual(found["Member.denomination"], "user.demographic.religious_belief");
  });

  it("a bank's code beside its name names the bank; beside an account's number it is the account's details", () => {
    const found = scan(
      "export type InstantTransferBank = { bankCode: number; bankName: string; logoUrl: string };\n" +
        "export interface PayoutAccount { holderName: string; accountNumber: string; bankCode: string; bankName: string }",
    );
    assert.strictEqual(found["InstantTransferBank.bankCode"], undefined);
    assert.strictEqual(found["InstantTransferBank.bankName"], undefined);
    assert.strictEqual(found["PayoutAccount.bankCode"], "user.financial.bank_account");
    assert.strictEqual(found["PayoutAccount.bankName"], "user.financial.bank_account");
  });

  it("a person's photo held as a record of its own is a picture, its original's url too", () => {
    const found = scan("export default class PersonPhotoModel { status: string; image_url: string; orig_url: string; width: number }");
    assert.strictEqual(found["PersonPhotoModel.orig_url"], "user.content.self_image");
    assert.strictEqual(found["PersonPhotoModel.image_url"], "user.content.self_image");
    assert.strictEqual(found["PersonPhotoModel.status"], undefined);
  });
});
