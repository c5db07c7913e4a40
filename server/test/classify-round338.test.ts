/**
 * Patterns from the 338th and later labelling rounds (session 20), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 338", () => {
  it("a postal address typed by a name the scan cannot see that holds the word among others (`AddressDataTypes`)", () => {
    const found = scan(
      'import { AddressDataTypes, BaseApplicationAddressDeclaredChangeState, DefaultAddressConfiguration, WarehouseAddressState, IconName } from "./types";\n' +
        "export interface CartState { billingAddress: AddressDataTypes | null; shippingAddress: AddressDataTypes | null }\n" +
        "export interface RenewalState { homeAddress?: BaseApplicationAddressDeclaredChangeState; email?: string }\n" +
        "export interface Settings { defaultAddress?: DefaultAddressConfiguration; pickupAddress?: WarehouseAddressState }\n" +
        "export interface IconProps { name: IconName }",
    );
    assert.strictEqual(found["CartState.billingAddress"], "user.contact.address");
    assert.strictEqual(found["CartState.shippingAddress"], "user.contact.address");
    assert.strictEqual(found["RenewalState.homeAddress"], "user.contact.address");
    // A setting's type and a warehouse's are not a person's address; only addresses are read this way, not names.
    assert.strictEqual(found["Settings.defaultAddress"], undefined);
    assert.strictEqual(found["Settings.pickupAddress"], undefined);
    assert.strictEqual(found["IconProps.name"], undefined);
  });

  it("a platform's own reactive holder is read through, as Observable is (`StatefulRemoteSubscribable<MailingAddress>`)", () => {
    const found = scan(
      "export interface MailingAddress { address1?: string; city?: string; zip?: string }\n" +
        "export interface OrderStatusApi {\n  billingAddress?: StatefulRemoteSubscribable<MailingAddress | undefined>;\n}\n" +
        "export interface Buyer { phone: UserSubject<string> }\n" +
        "export interface Api { shop: StatefulRemoteSubscribable<Shop>; onChange: EventSubscribable<string> }",
    );
    assert.strictEqual(found["OrderStatusApi.billingAddress"], "user.contact.address");
    assert.strictEqual(found["Buyer.phone"], "user.contact.phone_number");
    assert.strictEqual(found["Api.shop"], undefined);
    assert.strictEqual(found["Api.onChange"], undefined);
  });
});
