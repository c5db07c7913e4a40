import * as assert from "assert";
import fc from "fast-check";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { loadNotice } from "../src/core/notice/loader";
import { checkNotice } from "../src/core/notice/checks";
import {
  applyEdits,
  createNoticeText,
  declareCategoriesEdits,
  declareCategoryEdits,
  diffAsEdits,
  exemptionEdits,
  retentionChoices,
  suppressionCommentEdit,
  yamlScalar,
  type FieldRef,
} from "../src/core/notice/fixes";
import { parseSuppressions } from "../src/core/scan/suppressions";
import type { Finding, OffsetEdit } from "../src/core/types";

const taxonomy = Taxonomy.builtin();
const FIELDS: FieldRef[] = [
  { file: "src/models/user.ts", line: 12, field: "email", owner: "User" },
  { file: "src/dto/signup.dto.ts", line: 4, field: "email", owner: "SignupDto" },
];

/** Applies the edits, checks the result still loads without syntax/schema problems, and that applying again is a no-op. */
function fix(text: string, edits: OffsetEdit[], again?: (t: string) => OffsetEdit[]): string {
  assert.ok(edits.length > 0, "expected edits");
  const out = applyEdits(text, edits);
  const { notice, problems } = loadNotice(out, "privacy-notice.yaml", taxonomy);
  assert.ok(notice, "result loads");
  assert.deepStrictEqual(problems.filter((p) => p.checkId === "notice-syntax" || p.checkId === "notice-schema").map((p) => p.message), []);
  if (again) assert.deepStrictEqual(again(out), [], "applying the fix a second time changes nothing");
  return out;
}

const lines = (...ls: string[]) => ls.join("\n") + "\n";

describe("applyEdits / diffAsEdits", () => {
  it("applies edits right to left by offset and rejects overlaps", () => {
    assert.strictEqual(applyEdits("abcdef", [{ start: 4, end: 5, newText: "E" }, { start: 0, end: 0, newText: ">" }, { start: 1, end: 3, newText: "" }]), ">adEf");
    assert.throws(() => applyEdits("abcdef", [{ start: 0, end: 3, newText: "" }, { start: 2, end: 4, newText: "" }]), /overlaps/);
  });
  it("turns two texts into one minimal edit", () => {
    assert.deepStrictEqual(diffAsEdits("a: 1\nc: 3\n", "a: 1\nb: 2\nc: 3\n"), [{ start: 5, end: 5, newText: "b: 2\n" }]);
    assert.deepStrictEqual(diffAsEdits("same", "same"), []);
  });
});

describe("declareCategoryEdits", () => {
  const again = (category: string) => (t: string) => declareCategoryEdits(t, category, FIELDS, taxonomy);

  it("aligns with the entries' lines, not with a tagged key's node, and leaves complex keys alone", () => {
    const tagged = lines("version: 1", "categories:", "  !!str user.name: { basis: contract }", "");
    const out = applyEdits(tagged, declareCategoryEdits(tagged, "user.contact.email", [], taxonomy));
    assert.ok(out.includes("\n  user.contact.email: { purposes:"), out);
    assert.deepStrictEqual(loadNotice(out, "privacy-notice.yaml", taxonomy).problems.filter((p) => p.checkId === "notice-syntax"), []);
    const complex = lines("version: 1", "categories:", "  ? user.name", "  : { basis: contract }", "");
    assert.deepStrictEqual(declareCategoryEdits(complex.replace("? user.name", "? { user.name: 1 }"), "user.contact.email", [], taxonomy), []);
  });

  it("inserts in sorted position, above the comment of the next entry, leaving everything else byte-for-byte", () => {
    const text = lines(
      "# Our notice",
      "version: 1",
      "organisation: { controller: 'Example Ltd', contact: \"privacy@example.com\" }  # who",
      "categories:",
      "  user.account.username: { basis: contract, retention: { period: P1Y } }",
      "",
      "  # How we reach you",
      "  user.contact.phone_number:",
      "    basis: 'contract'    # quoted on purpose",
      "    retention: {period: P12M, after: account_closure}",
      "exemptions: [{ field: Product.name, reason: not a person }]",
    );
    const out = fix(text, declareCategoryEdits(text, "user.contact.email", FIELDS, taxonomy), again("user.contact.email"));
    assert.strictEqual(
      out,
      lines(
        "# Our notice",
        "version: 1",
        "organisation: { controller: 'Example Ltd', contact: \"privacy@example.com\" }  # who",
        "categories:",
        "  user.account.username: { basis: contract, retention: { period: P1Y } }",
        "",
        "  # Needed by User.email (src/models/user.ts:12), SignupDto.email (src/dto/signup.dto.ts:4)",
        "  user.contact.email:",
        "    purposes: [TODO why it is collected]",
        "    basis: TODO",
        "", // the entries are separated by blank lines, so the new one is too
        "  # How we reach you",
        "  user.contact.phone_number:",
        "    basis: 'contract'    # quoted on purpose",
        "    retention: {period: P12M, after: account_closure}",
        "exemptions: [{ field: Product.name, reason: not a person }]",
      ),
    );
  });

  it("puts an unsorted file's new entry after its closest siblings, with the file's own indentation", () => {
    const text = lines(
      "version: 1",
      "organisation:",
      "    controller: Example",
      "    contact: privacy@example.com",
      "categories:",
      "    user.name:",
      "        basis: contract",
      "    user.contact.phone_number:",
      "        basis: contract",
      "    user.account.username:",
      "        basis: contract",
    );
    const out = fix(text, declareCategoryEdits(text, "user.contact.email", [], taxonomy), again("user.contact.email"));
    assert.strictEqual(
      out,
      lines(
        "version: 1",
        "organisation:",
        "    controller: Example",
        "    contact: privacy@example.com",
        "categories:",
        "    user.name:",
        "        basis: contract",
        "    user.contact.phone_number:",
        "        basis: contract",
        "    user.contact.email:",
        "        purposes: [TODO why it is collected]",
        "        basis: TODO",
        "    user.account.username:",
        "        basis: contract",
      ),
    );
  });

  it("appends at the end, keeps CRLF line endings, adds a special category's condition placeholder", () => {
    const text = "version: 1\r\norganisation: {controller: X, contact: Y}\r\ncategories:\r\n  user.account:\r\n    basis: contract\r\n    # retention still to be agreed with legal\r\n# exemptions come later\r\n";
    const out = fix(text, declareCategoryEdits(text, "user.demographic.race_ethnicity", FIELDS.slice(0, 1), taxonomy), again("user.demographic.race_ethnicity"));
    assert.strictEqual(
      out,
      "version: 1\r\norganisation: {controller: X, contact: Y}\r\ncategories:\r\n  user.account:\r\n    basis: contract\r\n    # retention still to be agreed with legal\r\n" +
        "  # Needed by User.email (src/models/user.ts:12)\r\n  user.demographic.race_ethnicity:\r\n    purposes: [TODO why it is collected]\r\n    basis: TODO\r\n    condition: TODO\r\n" +
        "# exemptions come later\r\n",
    );
  });

  it("keeps blank-line separation when the entries use it", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.account:", "    basis: contract", "", "  user.name:", "    basis: contract");
    const out = fix(text, declareCategoryEdits(text, "user.contact.email", [], taxonomy));
    assert.strictEqual(
      out,
      lines(
        "version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.account:", "    basis: contract", "",
        "  user.contact.email:", "    purposes: [TODO why it is collected]", "    basis: TODO", "",
        "  user.name:", "    basis: contract",
      ),
    );
  });

  it("matches flow-style entries", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.name: { basis: contract }", "  user.account: { basis: contract }");
    const out = fix(text, declareCategoryEdits(text, "user.contact.email", [], taxonomy));
    assert.strictEqual(
      out,
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.name: { basis: contract }", "  user.account: { basis: contract }",
        "  user.contact.email: { purposes: [TODO why it is collected], basis: TODO }"),
    );
  });

  it("handles categories: missing (placed before exemptions), empty, {} with a comment, and a flow mapping", () => {
    const missing = lines("version: 1", "organisation: {controller: X, contact: Y}", "exemptions: []");
    assert.strictEqual(
      fix(missing, declareCategoryEdits(missing, "user.name", [], taxonomy), again("user.name")),
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.name:", "    purposes: [TODO why it is collected]", "    basis: TODO", "exemptions: []"),
    );
    const empty = "version: 1\norganisation: {controller: X, contact: Y}\ncategories:\nrecipients: {}";
    assert.strictEqual(
      fix(empty, declareCategoryEdits(empty, "user.name", [], taxonomy), again("user.name")),
      "version: 1\norganisation: {controller: X, contact: Y}\ncategories:\n  user.name:\n    purposes: [TODO why it is collected]\n    basis: TODO\nrecipients: {}",
    );
    const braces = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}   # nothing yet");
    assert.strictEqual(
      fix(braces, declareCategoryEdits(braces, "user.name", [], taxonomy), again("user.name")),
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:   # nothing yet", "  user.name:", "    purposes: [TODO why it is collected]", "    basis: TODO"),
    );
    const flow = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {user.name: {basis: contract}}");
    assert.strictEqual(
      fix(flow, declareCategoryEdits(flow, "user.contact.email", [], taxonomy), again("user.contact.email")),
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {user.name: {basis: contract}, user.contact.email: { purposes: [TODO why it is collected], basis: TODO }}"),
    );
  });

  it("does nothing when the category or an ancestor is declared, or the YAML is broken", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.contact: {basis: contract}");
    assert.deepStrictEqual(declareCategoryEdits(text, "user.contact.email", FIELDS, taxonomy), []);
    assert.deepStrictEqual(declareCategoryEdits(text, "user.contact", FIELDS, taxonomy), []);
    assert.deepStrictEqual(declareCategoryEdits("categories: [\n", "user.name", FIELDS, taxonomy), []);
  });

  it("leaves placeholders that incomplete-declaration flags and no retention, so missing-retention fires", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}");
    const out = fix(text, declareCategoryEdits(text, "user.contact.email", FIELDS, taxonomy));
    const notice = loadNotice(out, "n.yaml", taxonomy).notice!;
    assert.deepStrictEqual(
      checkNotice(notice, taxonomy, new Set(["user.contact.email"])).map((d) => d.checkId).sort(),
      ["incomplete-declaration", "incomplete-declaration", "missing-retention"],
    );
  });

  it("declares several categories at once; a parent declared first covers its children", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories:", "  user.name: {basis: contract}");
    const needed = new Map<string, FieldRef[]>([
      ["user.contact.email", []],
      ["user.contact", []],
      ["user.account.username", []],
    ]);
    const edits = declareCategoriesEdits(text, needed, taxonomy);
    assert.strictEqual(edits.length, 1);
    const out = fix(text, edits, (t) => declareCategoriesEdits(t, needed, taxonomy));
    assert.deepStrictEqual(loadNotice(out, "n.yaml", taxonomy).notice!.categories.map((c) => c.key), ["user.account.username", "user.contact", "user.name"]);
  });

  it("property: any sequence of declarations keeps the original lines, re-validates and is idempotent", () => {
    const keys = ["user.name", "user.contact.email", "user.contact.address.city", "user.demographic.gender", "user.financial.credit_card", "user.device.ip_address", "user.account.username"];
    const bases = [
      lines("version: 1", "organisation: {controller: X, contact: Y}  # org", "categories:", "  # existing", "  user.location: { basis: consent }", "exemptions: []"),
      "version: 1\r\norganisation:\r\n  controller: X\r\n  contact: Y\r\ncategories:\r\n  user.behavior:\r\n    basis: 'consent'\r\n",
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}"),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...bases), fc.subarray(keys), (base, chosen) => {
        let text = base;
        for (const key of chosen) text = applyEdits(text, declareCategoryEdits(text, key, [], taxonomy));
        const result = loadNotice(text, "n.yaml", taxonomy);
        assert.ok(result.notice);
        assert.deepStrictEqual(result.problems, []);
        for (const key of chosen) assert.deepStrictEqual(declareCategoryEdits(text, key, [], taxonomy), []);
        // Every original line is still there, in order (a `{}` becomes an empty block, so skip that line).
        let cursor = 0;
        for (const line of base.split(/\r?\n/).filter((l) => !l.includes("{}"))) {
          const at = text.indexOf(line, cursor);
          assert.ok(at >= 0, `line kept: ${line}`);
          cursor = at + line.length;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("retentionChoices", () => {
  const text = lines(
    "version: 1",
    "organisation: {controller: X, contact: Y}",
    "categories:",
    "  user.contact:",
    "    purposes: [account]   # see the purposes list",
    "    basis: contract",
    "  user.name: {basis: contract}",
    "  user.account:",
    "  user.device: {}",
  );

  it("offers several concrete rules, each its own edit, on a block entry", () => {
    const choices = retentionChoices(text, "user.contact");
    assert.deepStrictEqual(choices.map((c) => c.title), [
      "Keep until 12 months after account closure, then delete",
      "Keep for 24 months from collection, then delete",
      "Keep for 24 months, then anonymise",
      "Keep as required by law (name the law)",
    ]);
    const out = fix(text, choices[0].edits, (t) => retentionChoices(t, "user.contact").flatMap((c) => c.edits));
    assert.strictEqual(
      out,
      text.replace("    basis: contract\n  user.name", "    basis: contract\n    retention: { period: P12M, after: account_closure, then: delete }\n  user.name"),
    );
    const law = fix(text, choices[3].edits);
    const notice = loadNotice(law, "n.yaml", taxonomy).notice!;
    assert.deepStrictEqual(notice.placeholders.map((p) => p.path), ["categories.user.contact.retention.as_required_by"]);
  });

  it("adds to flow, empty and {} entries, and resolves a child category to its declared ancestor", () => {
    assert.strictEqual(
      fix(text, retentionChoices(text, "user.name.first", taxonomy)[1].edits),
      text.replace("  user.name: {basis: contract}", "  user.name: {basis: contract, retention: { period: P24M, then: delete }}"),
    );
    assert.strictEqual(
      fix(text, retentionChoices(text, "user.account")[1].edits),
      text.replace("  user.account:\n", "  user.account:\n    retention: { period: P24M, then: delete }\n"),
    );
    assert.strictEqual(
      fix(text, retentionChoices(text, "user.device.ip_address")[2].edits),
      text.replace("  user.device: {}", "  user.device: { retention: { period: P24M, then: anonymise } }"),
    );
  });

  it("offers nothing when retention exists or nothing declares the category", () => {
    const withRetention = fix(text, retentionChoices(text, "user.contact")[0].edits);
    assert.deepStrictEqual(retentionChoices(withRetention, "user.contact"), []);
    assert.deepStrictEqual(retentionChoices(text, "user.demographic.gender"), []);
  });
});

describe("exemptionEdits", () => {
  it("appends a flow item to a block list, quoting what needs quotes, idempotently", () => {
    const text = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}", "exemptions:", "  - { field: Product.name, reason: product names }  # catalogue", "# end");
    const ex = { owner: "Team", field: "name", reason: "a team's name: not a person" };
    const out = fix(text, exemptionEdits(text, ex), (t) => exemptionEdits(t, ex));
    assert.strictEqual(
      out,
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}", "exemptions:", "  - { field: Product.name, reason: product names }  # catalogue",
        "  - { field: Team.name, reason: \"a team's name: not a person\" }", "# end"),
    );
  });

  it("matches block-mapping items and creates the key when missing", () => {
    const block = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}", "exemptions:", "- field: Product.name", "  reason: product names");
    assert.strictEqual(
      fix(block, exemptionEdits(block, { owner: "Team", field: "name", reason: "no" })),
      block + lines("- field: Team.name", '  reason: "no"'),
    );
    const none = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}");
    assert.strictEqual(fix(none, exemptionEdits(none, { field: "slug", reason: "URL slugs" })), none + lines("exemptions:", "  - { field: slug, reason: URL slugs }"));
    const flow = lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}", "exemptions: [{field: a, reason: b}]");
    assert.strictEqual(
      fix(flow, exemptionEdits(flow, { field: "slug", reason: "URL slugs" })),
      lines("version: 1", "organisation: {controller: X, contact: Y}", "categories: {}", "exemptions: [{field: a, reason: b}, { field: slug, reason: URL slugs }]"),
    );
  });

  it("quotes scalars that YAML would read as something else", () => {
    for (const s of ["yes", "123", "a: b", "x #y", "[a]", "null", " padded", "it's fine"]) {
      assert.strictEqual(loadNotice(`version: 1\norganisation: {controller: ${yamlScalar(s)}, contact: y}\ncategories: {}\n`, "n", taxonomy).notice?.organisation?.controller, s, s);
    }
  });
});

describe("suppressionCommentEdit", () => {
  const f = (line: number, category = "user.name"): Finding => ({
    file: "a.ts",
    range: { start: { line, character: 4 }, end: { line, character: 8 } },
    field: "name",
    owner: "Product",
    category,
    confidence: 0.8,
    evidence: "",
    ruleId: "",
  });

  it("inserts the comment above the field with its indentation and line ending, once", () => {
    const src = "export class Product {\r\n  @Column()\r\n    name: string;\r\n}\r\n";
    const out = applyEdits(src, suppressionCommentEdit(src, f(2), "a product's name"));
    assert.strictEqual(out, "export class Product {\r\n  @Column()\r\n    // privacy-lint-disable-next-line user.name -- a product's name\r\n    name: string;\r\n}\r\n");
    assert.deepStrictEqual(suppressionCommentEdit(out, f(3)), []);
    // The scanner's parser reads it as suppressing that line for that category.
    assert.deepStrictEqual(parseSuppressions(out).map((s) => [s.targetLine, s.categories]), [[3, ["user.name"]]]);
  });

  it("adds a second comment for another category on the same field", () => {
    const src = "type T = {\n  // privacy-lint-disable-next-line user.name -- x\n  name: string;\n};\n";
    assert.strictEqual(suppressionCommentEdit(src, f(2, "user.name.first")).length, 0, "an ancestor already covers it");
    const edits = suppressionCommentEdit(src, f(2, "user.contact.email"));
    assert.strictEqual(applyEdits(src, edits), "type T = {\n  // privacy-lint-disable-next-line user.name -- x\n  // privacy-lint-disable-next-line user.contact.email -- not personal data\n  name: string;\n};\n");
  });
});

describe("createNoticeText", () => {
  const finding = (file: string, line: number, owner: string, field: string, category: string): Finding => ({
    file,
    range: { start: { line, character: 2 }, end: { line, character: 2 + field.length } },
    field,
    owner,
    category,
    confidence: 0.9,
    evidence: "",
    ruleId: "",
  });

  it("writes a complete notice listing every category with its fields and placeholders; it loads without schema errors", () => {
    const text = createNoticeText(
      [
        finding("/ws/src/user.ts", 3, "User", "email", "user.contact.email"),
        finding("/ws/src/survey.ts", 8, "Survey", "ethnicity", "user.demographic.race_ethnicity"),
        finding("/ws/src/dto.ts", 1, "SignupDto", "email", "user.contact.email"),
      ],
      taxonomy,
      { noticeFile: "/ws/privacy-notice.yaml" },
    );
    assert.strictEqual(
      text.split("\n").slice(3).join("\n"),
      lines(
        "version: 1",
        "organisation:",
        "  controller: TODO legal name of the organisation",
        "  contact: TODO privacy contact, email or URL",
        "# Who receives the data, referenced by name from categories.<key>.recipients, e.g.",
        "#   cloud-host: { kind: processor, description: Hosting, country: IE }",
        "recipients: {}",
        "categories:",
        "  # Needed by SignupDto.email (src/dto.ts:2), User.email (src/user.ts:4)",
        "  user.contact.email:",
        "    purposes: [TODO why it is collected]",
        "    basis: TODO",
        "  # Needed by Survey.ethnicity (src/survey.ts:9)",
        "  user.demographic.race_ethnicity:",
        "    purposes: [TODO why it is collected]",
        "    basis: TODO",
        "    condition: TODO",
      ),
    );
    const { notice, problems } = loadNotice(text, "/ws/privacy-notice.yaml", taxonomy);
    assert.deepStrictEqual(problems, []);
    const ids = checkNotice(notice!, taxonomy, new Set(["user.contact.email", "user.demographic.race_ethnicity"])).map((d) => d.checkId);
    assert.ok(ids.includes("incomplete-declaration") && ids.includes("missing-retention"));
  });

  it("an empty notice gets a first declaration written as a whole new notice", () => {
    const edits = declareCategoryEdits("", "user.name", FIELDS.slice(0, 1), taxonomy);
    const out = fix("", edits);
    assert.match(out, /^  user\.name:$/m);
  });
});
