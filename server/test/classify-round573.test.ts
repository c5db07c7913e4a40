/**
 * Patterns from the 573rd and later labelling rounds (session 26), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 573", () => {
  it("what a message template is filled with is the recipient's data; a template record's sender is the template's", () => {
    const found = scan(
      "export function groupJoinSettledTemplate(data: { firstName: string; organiserName: string; checkIn: Date }): string { return '' }\n" +
        "interface AuthEmailTemplateParams { newEmail: string; siteUrl: string }\n" +
        "interface DefaultTemplateData { fullname: string }\n" +
        "interface EmailTemplate { name: string; subject: string; sender: { name: string; email: string } }",
    );
    assert.strictEqual(found["groupJoinSettledTemplate.data.organiserName"], "user.name");
    assert.strictEqual(found["AuthEmailTemplateParams.newEmail"], "user.contact.email");
    assert.strictEqual(found["DefaultTemplateData.fullname"], "user.name");
    // A template record (a type, not a function that renders one) keeps its own name and its brand's sender.
    assert.strictEqual(found["EmailTemplate.name"], undefined);
    assert.strictEqual(found["EmailTemplate.sender.name"], undefined);
    assert.strictEqual(found["EmailTemplate.sender.email"], undefined);
  });

  it("Norwegian code's people (a participant, a caseworker) and things (an employer, a job advert); `tlf` is a phone", () => {
    const found = scan(
      "interface MoteDeltaker { navn: string; tlf: string }\n" +
        "interface Saksbehandler { navn: string; ident: string }\n" +
        "interface Arbeidsgiver { navn: string; location: { address: string; postalCode: string } }\n" +
        "interface StillingOpenSearch { title: string; locations: { address: string; city: string }[] }",
    );
    assert.strictEqual(found["MoteDeltaker.navn"], "user.name");
    assert.strictEqual(found["MoteDeltaker.tlf"], "user.contact.phone_number");
    assert.strictEqual(found["Saksbehandler.navn"], "user.name");
    assert.strictEqual(found["Arbeidsgiver.navn"], undefined);
    assert.strictEqual(found["Arbeidsgiver.location.address"], undefined);
    assert.strictEqual(found["StillingOpenSearch.locations.address"], undefined);
  });
});
