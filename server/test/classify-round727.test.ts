/**
 * Patterns from the 727th and later labelling rounds (session 32), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 727", () => {
  it("a data subject's name in parts, named for them, makes the record a person's: its card is theirs", () => {
    const found = scan(
      "export interface BookRequest { roomTypeId: string; guestFirstName: string; guestLastName: string; cardLastFour?: string; cardBrand?: string }\n" +
        "export interface BookReview { isbn: string; title: string; cardLastFour?: string }",
    );
    assert.strictEqual(found["BookRequest.cardLastFour"], "user.financial.credit_card");
    assert.strictEqual(found["BookRequest.cardBrand"], "user.financial.credit_card");
    // (A book's record without anyone's name stays a thing's.)
    assert.strictEqual(found["BookReview.cardLastFour"], undefined);
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
});
