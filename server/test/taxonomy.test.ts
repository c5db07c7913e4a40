import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { findRulesDir, Taxonomy, TaxonomyError } from "../src/core/classify/taxonomy";

/** Keys the detection rules rely on; every one must exist in rules/taxonomy.yaml. */
const RULE_KEYS = [
  "user.name", "user.name.first", "user.name.last",
  "user.contact.email", "user.contact.phone_number", "user.contact.fax_number",
  "user.contact.address", "user.contact.address.street", "user.contact.address.city", "user.contact.address.state",
  "user.contact.address.postal_code", "user.contact.address.country",
  "user.contact.organization", "user.job_title", "user.contact.url",
  "user.demographic.date_of_birth", "user.demographic.age_range", "user.demographic.gender",
  "user.demographic.race_ethnicity", "user.demographic.religious_belief", "user.demographic.sexual_orientation",
  "user.demographic.political_opinion", "user.demographic.union_membership", "user.demographic.marital_status",
  "user.demographic.nationality", "user.demographic.language",
  "user.device", "user.device.ip_address", "user.device.device_id", "user.device.cookie_id",
  "user.location.precise", "user.location.imprecise",
  "user.behavior.browsing_history", "user.behavior.purchase_history",
  "user.financial", "user.financial.credit_card", "user.financial.bank_account",
  "user.government_id", "user.government_id.national_identification_number", "user.government_id.passport_number",
  "user.government_id.drivers_license_number", "user.government_id.immigration",
  "user.health_and_medical", "user.health_and_medical.genetic",
  "user.biometric", "user.biometric.fingerprint",
  "user.criminal_history", "user.account.username", "user.content.self_image",
];

const MINIMAL_VALID = `
categories:
  - key: user
    name: User
    description: Root.
  - key: user.contact
    name: Contact
    description: Contact data.
    parent: user
`;

function parseError(yamlText: string): TaxonomyError {
  try {
    Taxonomy.parse(yamlText, "test.yaml");
  } catch (e) {
    assert.ok(e instanceof TaxonomyError, `expected TaxonomyError, got ${String(e)}`);
    return e;
  }
  assert.fail("expected the taxonomy to be rejected");
}

function customError(fn: () => unknown): TaxonomyError {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof TaxonomyError, `expected TaxonomyError, got ${String(e)}`);
    return e;
  }
  assert.fail("expected withCustom to throw");
}

describe("taxonomy", () => {
  const tax = Taxonomy.builtin();

  describe("shipped data", () => {
    it("finds rules/ by walking up from the compiled module", () => {
      const dir = findRulesDir();
      assert.strictEqual(path.basename(dir), "rules");
      assert.ok(fs.existsSync(path.join(dir, "taxonomy.yaml")));
    });

    it("caches the builtin taxonomy", () => {
      assert.strictEqual(Taxonomy.builtin(), tax);
    });

    it("contains every key the detection rules use", () => {
      const missing = RULE_KEYS.filter((k) => !tax.has(k));
      assert.deepStrictEqual(missing, []);
    });

    it("holds only user.* keys, sorted, with names and descriptions", () => {
      const keys = tax.keys();
      assert.deepStrictEqual(keys, [...keys].sort());
      // fideslang 3.2 ships 120 user.* categories (root included); extensions come on top.
      assert.strictEqual(keys.filter((k) => !tax.get(k)!.extension).length, 120);
      for (const k of keys) {
        assert.ok(k === "user" || k.startsWith("user."), k);
        const info = tax.get(k)!;
        assert.ok(info.name.length > 0 && info.description.length > 0, k);
      }
      assert.ok(!tax.has("system"));
    });

    it("marks privacy-lint additions as extensions and fideslang keys as not", () => {
      assert.strictEqual(tax.get("user.demographic.nationality")?.extension, true);
      assert.strictEqual(tax.get("user.demographic.nationality")?.parent, "user.demographic");
      assert.strictEqual(tax.get("user.contact.email")?.extension, undefined);
    });

    it("records fideslang 3.2 deprecations with their replacements", () => {
      assert.deepStrictEqual(
        { deprecated: tax.get("user.job_title")?.deprecated, replacedBy: tax.get("user.job_title")?.replacedBy },
        { deprecated: true, replacedBy: "user.professional_information.job_title" },
      );
      assert.strictEqual(tax.get("user.location.imprecise")?.replacedBy, "user.location.coarse");
      assert.strictEqual(tax.get("user.contact.url")?.replacedBy, "user.contact.social_url");
      assert.strictEqual(tax.get("user.location.precise")?.deprecated, undefined);
      for (const k of tax.keys()) {
        const info = tax.get(k)!;
        if (!info.deprecated) continue;
        assert.ok(tax.has(info.replacedBy!), `${k} -> ${info.replacedBy}`);
        // A renamed key must not lose or gain GDPR special status.
        assert.strictEqual(tax.special(k), tax.special(info.replacedBy!), `special of ${k} vs ${info.replacedBy}`);
      }
    });
  });

  describe("hierarchy", () => {
    it("lists ancestors nearest first, without the key itself", () => {
      assert.deepStrictEqual(tax.ancestors("user.contact.address.city"), ["user.contact.address", "user.contact", "user"]);
      assert.deepStrictEqual(tax.ancestors("user"), []);
    });

    it("derives known ancestors of an unknown key from its dotted path", () => {
      assert.deepStrictEqual(tax.ancestors("user.contact.pager"), ["user.contact", "user"]);
    });

    it("lists direct children only, sorted", () => {
      assert.deepStrictEqual(tax.children("user.name"), ["user.name.first", "user.name.last"]);
      assert.deepStrictEqual(tax.children("user.contact.address"), [
        "user.contact.address.city",
        "user.contact.address.country",
        "user.contact.address.mailing_address",
        "user.contact.address.postal_code",
        "user.contact.address.state",
        "user.contact.address.street",
      ]);
      assert.ok(!tax.children("user").includes("user.contact.email"));
      assert.deepStrictEqual(tax.children("user.contact.email"), []);
      assert.deepStrictEqual(tax.children("no.such.key"), []);
    });

    it("keeps parent consistent with the key for every category", () => {
      for (const k of tax.keys()) {
        const parent = tax.get(k)!.parent;
        if (k === "user") assert.strictEqual(parent, undefined);
        else assert.strictEqual(parent, k.slice(0, k.lastIndexOf(".")), k);
      }
    });
  });

  describe("special categories", () => {
    it("marks GDPR Art. 9 and Art. 10 categories", () => {
      for (const k of [
        "user.demographic.race_ethnicity", "user.demographic.political_opinion", "user.demographic.religious_belief",
        "user.demographic.philosophical_belief", "user.demographic.union_membership", "user.demographic.sexual_orientation",
        "user.health_and_medical", "user.health", "user.biometric", "user.biometrics", "user.health.reproductive_or_sexual",
      ]) {
        assert.strictEqual(tax.special(k), "art9", k);
      }
      assert.strictEqual(tax.special("user.criminal_history"), "art10");
    });

    it("inherits special-ness from an ancestor", () => {
      assert.strictEqual(tax.get("user.biometric.fingerprint")?.special, undefined, "not marked on the leaf itself");
      assert.strictEqual(tax.special("user.biometric.fingerprint"), "art9");
      assert.strictEqual(tax.special("user.health.medications"), "art9");
      assert.strictEqual(tax.special("user.health_and_medical.record_id"), "art9");
    });

    it("leaves ordinary personal data unmarked", () => {
      for (const k of ["user", "user.demographic", "user.demographic.gender", "user.contact.email", "user.demographic.nationality"]) {
        assert.strictEqual(tax.special(k), undefined, k);
      }
    });
  });

  describe("covers()", () => {
    it("covers the same key and descendants, not siblings or ancestors", () => {
      assert.ok(tax.covers("user.contact.email", "user.contact.email"));
      assert.ok(tax.covers("user.contact", "user.contact.address.city"));
      assert.ok(tax.covers("user", "user.name.first"));
      assert.ok(!tax.covers("user.contact.email", "user.contact.phone_number"));
      assert.ok(!tax.covers("user.contact.address.city", "user.contact.address"));
      assert.ok(!tax.covers("user.name", "user.contact.email"));
    });

    it("treats a deprecated key and its replacement as the same key, both ways", () => {
      assert.ok(tax.covers("user.location.imprecise", "user.location.coarse"));
      assert.ok(tax.covers("user.location.coarse", "user.location.imprecise"));
      assert.ok(tax.covers("user.job_title", "user.professional_information.job_title"));
      assert.ok(tax.covers("user.professional_information.job_title", "user.job_title"));
      assert.ok(!tax.covers("user.location.imprecise", "user.location.precise"));
    });

    it("applies the equivalence through ancestors of renamed subtrees", () => {
      assert.ok(tax.covers("user.health_and_medical", "user.health.genetic"));
      assert.ok(tax.covers("user.health", "user.health_and_medical.genetic"));
      assert.ok(tax.covers("user.biometric", "user.biometrics.voice"));
      assert.ok(tax.covers("user.biometrics", "user.biometric.fingerprint"));
      assert.ok(!tax.covers("user.health.genetic", "user.health.medications"));
    });

    it("does not let a key merged into its ancestor cover that ancestor's other children", () => {
      assert.ok(tax.covers("user.contact.organization", "user.contact"));
      assert.ok(tax.covers("user.contact", "user.contact.organization"));
      assert.ok(!tax.covers("user.contact.organization", "user.contact.email"));
      assert.ok(tax.covers("user.unique_id", "user.unique_id.pseudonymous"));
      assert.ok(!tax.covers("user.unique_id.pseudonymous", "user.unique_id.deterministic"));
      // user.biometric.health was merged into user.biometrics, the replacement of its parent.
      assert.ok(!tax.covers("user.biometric.health", "user.biometrics.fingerprint"));
    });
  });

  describe("suggest()", () => {
    it("fixes typos in the whole key", () => {
      assert.strictEqual(tax.suggest("user.contact.emial"), "user.contact.email");
      assert.strictEqual(tax.suggest("user.name.frist"), "user.name.first");
      assert.strictEqual(tax.suggest("User.Contact.Email"), "user.contact.email");
    });

    it("finds the right path for a known last segment", () => {
      assert.strictEqual(tax.suggest("user.email"), "user.contact.email");
      assert.strictEqual(tax.suggest("user.passport_number"), "user.government_id.passport_number");
      assert.strictEqual(tax.suggest("user.phone"), "user.contact.phone_number");
    });

    it("prefers the current key over a deprecated one on a tie", () => {
      assert.strictEqual(tax.suggest("user.genetic"), "user.health.genetic");
    });

    it("returns undefined when nothing is close", () => {
      assert.strictEqual(tax.suggest("user.spaceship_registry"), undefined);
      // Close as whole strings, but the field itself is different: no suggestion is better than a wrong one.
      assert.strictEqual(tax.suggest("user.contact.address.zip"), undefined);
      assert.strictEqual(tax.suggest(""), undefined);
    });
  });

  describe("withCustom()", () => {
    it("adds categories without touching the original", () => {
      const extended = tax.withCustom([
        { key: "user.contact.pager", parent: "user.contact", name: "Pager" },
        { key: "user.health.lab.result", parent: "user.health.lab" },
        { key: "user.health.lab", parent: "user.health" },
      ]);
      assert.ok(extended.has("user.contact.pager"));
      assert.ok(!tax.has("user.contact.pager"));
      assert.strictEqual(extended.get("user.contact.pager")?.custom, true);
      assert.strictEqual(extended.get("user.contact.pager")?.name, "Pager");
      assert.strictEqual(extended.get("user.health.lab.result")?.name, "result");
      assert.ok(extended.children("user.contact").includes("user.contact.pager"));
      assert.strictEqual(extended.special("user.health.lab.result"), "art9");
      assert.ok(extended.covers("user.contact", "user.contact.pager"));
      assert.ok(extended.covers("user.health_and_medical", "user.health.lab.result"));
    });

    it("rejects an unknown parent, naming the key", () => {
      const err = customError(() => tax.withCustom([{ key: "user.hobbies.chess", parent: "user.hobbies" }]));
      assert.strictEqual(err.key, "user.hobbies.chess");
      assert.match(err.message, /unknown parent "user\.hobbies"/);
    });

    it("rejects a key that already exists", () => {
      const err = customError(() => tax.withCustom([{ key: "user.contact.email", parent: "user.contact" }]));
      assert.strictEqual(err.key, "user.contact.email");
      assert.match(err.message, /already exists/);
    });

    it("rejects a parent that does not match the key, and malformed keys", () => {
      assert.strictEqual(customError(() => tax.withCustom([{ key: "user.contact.pager", parent: "user" }])).key, "user.contact.pager");
      assert.strictEqual(customError(() => tax.withCustom([{ key: "user.Contact..x", parent: "user.Contact." }])).key, "user.Contact..x");
      assert.strictEqual(
        customError(() => tax.withCustom([{ key: "user.a", parent: "user" }, { key: "user.a", parent: "user" }])).key,
        "user.a",
      );
    });
  });

  describe("YAML validation", () => {
    it("accepts a minimal taxonomy", () => {
      assert.deepStrictEqual(Taxonomy.parse(MINIMAL_VALID, "test.yaml").keys(), ["user", "user.contact"]);
    });

    it("rejects an unknown parent with the key and line", () => {
      const err = parseError(MINIMAL_VALID + "  - key: user.x.y\n    name: Y\n    description: d\n    parent: user.x\n");
      assert.strictEqual(err.key, "user.x.y");
      assert.strictEqual(err.line, 10);
      assert.match(err.message, /^test\.yaml:10: .*unknown parent "user\.x"/);
    });

    it("rejects a duplicate key", () => {
      const err = parseError(MINIMAL_VALID + "  - key: user.contact\n    name: Again\n    description: d\n    parent: user\n");
      assert.strictEqual(err.key, "user.contact");
      assert.match(err.message, /duplicate category "user\.contact" \(first defined on line 6\)/);
    });

    it("rejects missing required fields", () => {
      assert.match(parseError(MINIMAL_VALID + "  - key: user.a\n    description: d\n    parent: user\n").message, /"user\.a": missing "name"/);
      assert.match(parseError(MINIMAL_VALID + "  - key: user.a\n    name: A\n    parent: user\n").message, /"user\.a": missing "description"/);
      assert.match(parseError(MINIMAL_VALID + "  - name: A\n    description: d\n").message, /category #3: missing "key"/);
      assert.match(parseError(MINIMAL_VALID + "  - key: user.a\n    name: A\n    description: d\n").message, /parent must be "user"/);
    });

    it("rejects bad deprecation data, special values and unknown fields", () => {
      const entry = (extra: string) => `${MINIMAL_VALID}  - key: user.a\n    name: A\n    description: d\n    parent: user\n${extra}`;
      assert.match(parseError(entry("    deprecated: true\n")).message, /need "replaced_by"/);
      assert.match(parseError(entry("    deprecated: true\n    replaced_by: user.nope\n")).message, /unknown category "user\.nope"/);
      assert.match(parseError(entry("    special: art8\n")).message, /special must be art9 or art10/);
      assert.match(parseError(entry("    replacedBy: user.contact\n")).message, /unknown field "replacedBy"/);
    });

    it("reports YAML syntax errors with a line", () => {
      const err = parseError("categories:\n  - key: user\n    name: [unclosed\n");
      assert.match(err.message, /^test\.yaml:\d+: invalid YAML/);
    });
  });
});
