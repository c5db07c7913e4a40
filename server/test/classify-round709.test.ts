/**
 * Patterns from the 709th and later labelling rounds (session 31), and from the incoming set's misses, written as
 * minimal code: each test of a fix fails on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 709", () => {
  it("the languages a person knows or holds a conversation in are theirs; a site's supported languages are not", () => {
    const found = scan(
      "export interface UserProfile { email: string; knownLanguages: string[] }\n" +
        "export interface Recipient { firstName: string; conversationLanguage: string }\n" +
        "export interface Courier { slug: string; supportedLanguages: string[] }",
    );
    assert.strictEqual(found["UserProfile.knownLanguages"], "user.demographic.language");
    assert.strictEqual(found["Recipient.conversationLanguage"], "user.demographic.language");
    assert.strictEqual(found["Courier.supportedLanguages"], undefined);
  });

  it("whoever informs a registrar of a birth or a death is a person", () => {
    const found = scan(
      "import { z } from 'zod'\n" +
        "const DeclarationVariables = z.object({ trackingId: z.string(), crvsOffice: z.string(), informantName: z.string() })",
    );
    assert.strictEqual(found["DeclarationVariables.informantName"], "user.name");
    assert.strictEqual(found["DeclarationVariables.crvsOffice"], undefined);
  });

  it("a person's short name or call name is theirs; an event's or a drug's short name is not", () => {
    const found = scan(
      "export interface Teacher { id: string; shortName: string; email: string }\n" +
        "export interface Person { id: number; callName: string; lastName: string }\n" +
        "export interface Organisation { id: string; shortName: string; website: string }\n" +
        "export interface EventMenu { eventShortName: string; slug: string }",
    );
    assert.strictEqual(found["Teacher.shortName"], "user.name");
    assert.strictEqual(found["Person.callName"], "user.name");
    assert.strictEqual(found["Organisation.shortName"], undefined);
    assert.strictEqual(found["EventMenu.eventShortName"], undefined);
  });
});
