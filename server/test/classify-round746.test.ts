/**
 * Patterns from the 746th and later labelling rounds (session 33), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 746", () => {
  it("an `emailId` beside a person's other contact details is their address; an id elsewhere", () => {
    const found = scan(
      "export interface CommunicationDetails { phoneNumber: string; emailId: string }\n" +
        "export interface ContactListDto { name: string; mobile: string; emailID: string }\n" +
        "export interface EmailMetricsDataRow { emailId: string; opens: number; clicks: number }\n" +
        "export interface UserEmailInvite { id: string; validated: boolean; emailId: string; emailAddress: string }\n" +
        "export type RouteParams = { prisonerNumber: string; contactId: string; contactEmailId: string; phone: string }",
    );
    assert.strictEqual(found["CommunicationDetails.emailId"], "user.contact.email");
    assert.strictEqual(found["ContactListDto.emailID"], "user.contact.email");
    // (A sent message's id, the id of the record's own address, one of a contact's address records.)
    assert.strictEqual(found["EmailMetricsDataRow.emailId"], undefined);
    assert.strictEqual(found["UserEmailInvite.emailId"], undefined);
    assert.strictEqual(found["UserEmailInvite.emailAddress"], "user.contact.email");
    assert.strictEqual(found["RouteParams.contactEmailId"], undefined);
  });

  it("an address type that only a business or a place holds in its file is theirs; a person holding it keeps it a person's", () => {
    const found = scan(
      "interface Address { street: string; city: string; zipCode: string }\n" +
        "export interface PickupPoint { pickupName: string; address: Address }\n" +
        "export class SupplierInformation { gstNumber: string; address: Address }\n" +
        "interface ShipTo { street: string; city: string; postalCode: string }\n" +
        "export interface Warehouse { code: string; address: ShipTo }\n" +
        "export interface Customer { name: string; address: ShipTo }\n" +
        "type MerchantOrderReceiverAddress = { street_name: string; zip_code: string }\n" +
        "export type MerchantOrder = { receiver_address: MerchantOrderReceiverAddress }",
    );
    assert.strictEqual(found["Address.street"], undefined);
    assert.strictEqual(found["Address.zipCode"], undefined);
    assert.strictEqual(found["ShipTo.street"], "user.contact.address.street");
    // (A merchant's order, but who receives it is named: a person.)
    assert.strictEqual(found["MerchantOrderReceiverAddress.zip_code"], "user.contact.address.postal_code");
  });
});
