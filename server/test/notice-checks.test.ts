import * as assert from "assert";
import * as path from "path";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { loadNotice } from "../src/core/notice/loader";
import {
  applyExemptions,
  CHECKS,
  checkFindings,
  checkNotice,
  isVagueRetentionRule,
  noticeInvalidDiagnostic,
  usedCategories,
} from "../src/core/notice/checks";
import type { Notice } from "../src/core/notice/model";
import type { CheckDiagnostic, Finding } from "../src/core/types";

const taxonomy = Taxonomy.builtin();
const ROOT = path.resolve("/ws");
const NOTICE_FILE = path.join(ROOT, "privacy-notice.yaml");

const NOTICE = [
  "version: 1", // 0
  "organisation: { controller: Example Ltd, contact: privacy@example.com }", // 1
  "recipients:", // 2
  "  mailer: { kind: processor }", // 3
  "purposes:", // 4
  "  account: { basis: contract }", // 5
  "categories:", // 6
  "  user.contact:", // 7
  "    purposes: [account]", // 8
  "    retention: { period: P12M, after: account_closure }", // 9
  "    recipients: [mailer]", // 10
  "  user.name:", // 11
  "    purposes: [account]", // 12
  "  user.demographic.race_ethnicity:", // 13
  "    basis: consent", // 14
  "    retention: as long as necessary", // 15
  "  user.financial.bank_account:", // 16
  "    purposes: [TODO why it is collected]", // 17
  "    basis: TODO", // 18
  "    retention: { as_required_by: applicable law }", // 19
  "  user.government_id:", // 20
  "    basis: legal_obligation", // 21
  "    retention: { as_required_by: \"Immigration, Asylum and Nationality Act 2006\" }", // 22
  "exemptions:", // 23
  "  - { field: Product.name, reason: product names }", // 24
  "  - { field: nickname, category: user.name, reason: pet names in the demo data }", // 25
  '  - { path: "src/legacy/**", reason: dead code }', // 26
  "",
].join("\n");

function load(text = NOTICE): Notice {
  const { notice, problems } = loadNotice(text, NOTICE_FILE, taxonomy);
  assert.deepStrictEqual(problems, [], "fixture notice loads cleanly");
  return notice!;
}

let line = 0;
function finding(category: string, owner: string, field: string, file = "src/models/user.ts"): Finding {
  const l = line++;
  return {
    file: path.join(ROOT, file),
    range: { start: { line: l, character: 2 }, end: { line: l, character: 2 + field.length } },
    field,
    owner,
    category,
    confidence: 0.9,
    evidence: "test",
    ruleId: "test",
  };
}

const brief = (d: CheckDiagnostic) => `${d.checkId}@${d.range.start.line} ${d.message}`;

describe("check registry", () => {
  it("has a stable id, severity, title, help and docs anchor for every check", () => {
    for (const [id, info] of Object.entries(CHECKS)) {
      assert.strictEqual(info.id, id);
      assert.ok(info.title && info.description && info.help);
      assert.strictEqual(info.docsUrl, `https://github.com/privacy-lint/privacy-lint/blob/main/docs/checks.md#${id}`);
    }
    assert.strictEqual(CHECKS["unused-declaration"].defaultSeverity, "info");
  });
});

describe("checkFindings", () => {
  it("flags a category that neither it nor an ancestor declares, naming field and category, related to the notice", () => {
    const notice = load();
    const f = finding("user.demographic.gender", "User", "gender");
    const [d, ...rest] = checkFindings([f], notice, taxonomy);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(d.checkId, "undeclared-category");
    assert.strictEqual(d.severity, "error");
    assert.strictEqual(d.message, "User.gender collects user.demographic.gender, which the privacy notice does not declare");
    assert.deepStrictEqual(d.range, f.range);
    assert.strictEqual(d.related?.[0].file, NOTICE_FILE);
    assert.strictEqual(d.related?.[0].range.start.line, 6);
  });

  it("is clean for a child of a declared parent that has retention", () => {
    const notice = load();
    assert.deepStrictEqual(checkFindings([finding("user.contact.address.city", "Address", "city")], notice, taxonomy), []);
  });

  it("flags missing retention on the covering declaration, with related pointing at the entry", () => {
    const notice = load();
    const [d, ...rest] = checkFindings([finding("user.name.first", "User", "firstName")], notice, taxonomy);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(d.checkId, "missing-retention");
    assert.strictEqual(d.message, "User.firstName collects user.name.first; the notice declares user.name (which covers user.name.first) without a retention rule");
    assert.strictEqual(d.category, "user.name");
    assert.deepStrictEqual(d.related?.[0].range, { start: { line: 11, character: 2 }, end: { line: 11, character: 11 } });
  });

  it("flags a special category whose declaration has no Art. 9 condition", () => {
    const notice = load();
    const ds = checkFindings([finding("user.demographic.race_ethnicity", "Survey", "ethnicity")], notice, taxonomy);
    assert.deepStrictEqual(ds.map((d) => d.checkId), ["missing-special-condition"]);
    assert.match(ds[0].message, /GDPR Art\. 9/);
  });

  it("skips exempt findings: Owner.field, field with a category, and path globs relative to the notice", () => {
    const notice = load();
    const productName = finding("user.name", "Product", "name");
    const nick = finding("user.name", "Player", "nickname");
    const nickEmail = finding("user.contact.email", "Player", "nickname");
    const legacy = finding("user.demographic.gender", "OldUser", "gender", "src/legacy/old-user.ts");
    const { kept, exempt } = applyExemptions([productName, nick, nickEmail, legacy], notice);
    assert.deepStrictEqual(kept, [nickEmail]);
    assert.deepStrictEqual(exempt.map((e) => e.exemption.reason), ["product names", "pet names in the demo data", "dead code"]);
    assert.deepStrictEqual(checkFindings([productName, legacy], notice, taxonomy), []);
  });

  it("without a notice, every finding is undeclared", () => {
    const ds = checkFindings([finding("user.contact.email", "User", "email")], undefined, taxonomy);
    assert.deepStrictEqual(ds.map((d) => d.checkId), ["undeclared-category"]);
    assert.match(ds[0].message, /no privacy-notice.yaml covers this file/);
  });

  it("honours severity overrides and off", () => {
    const notice = load();
    const fs = [finding("user.demographic.gender", "User", "gender"), finding("user.name", "User", "name")];
    const ds = checkFindings(fs, notice, taxonomy, { "undeclared-category": "warning", "missing-retention": "off" });
    assert.deepStrictEqual(ds.map((d) => `${d.checkId}:${d.severity}`), ["undeclared-category:warning"]);
  });
});

describe("checkNotice", () => {
  it("reports each notice problem once, on the line of the entry or value", () => {
    const notice = load();
    const used = usedCategories(
      [finding("user.contact.email", "User", "email"), finding("user.name", "User", "name"), finding("user.demographic.race_ethnicity", "User", "ethnicity")],
      notice,
    );
    assert.deepStrictEqual(checkNotice(notice, taxonomy, used).map(brief), [
      "missing-retention@11 user.name has no retention rule: say how long it is kept",
      'vague-retention@15 Retention of user.demographic.race_ethnicity is not concrete ("as long as necessary"): give a period, an event it counts from, or the law that sets it',
      "missing-special-condition@13 user.demographic.race_ethnicity is a special category (GDPR Art. 9): add condition: with an Art. 9(2) condition",
      'vague-retention@19 Retention of user.financial.bank_account says "as required by applicable law" without naming the law',
      "unused-declaration@16 user.financial.bank_account is declared but no scanned field collects it",
      "unused-declaration@20 user.government_id is declared but no scanned field collects it",
      'incomplete-declaration@17 categories.user.financial.bank_account.purposes[0] is still a placeholder ("TODO why it is collected"): only a person can decide this',
      'incomplete-declaration@18 categories.user.financial.bank_account.basis is still a placeholder ("TODO"): only a person can decide this',
    ]);
  });

  it("flags a category with no lawful basis (own or via named purposes)", () => {
    const text = NOTICE.replace("  user.name:\n    purposes: [account]\n", "  user.name:\n    purposes: [support]\n    retention: { period: P1Y }\n");
    const notice = load(text);
    const ds = checkNotice(notice, taxonomy, new Set(["user.name"])).filter((d) => d.category === "user.name");
    assert.deepStrictEqual(ds.map(brief), ["incomplete-declaration@11 user.name has no lawful basis: add basis:, or list purposes that each carry one"]);
  });

  it("does not count exempt findings as usage", () => {
    const notice = load();
    const used = usedCategories([finding("user.name", "Product", "name")], notice);
    assert.deepStrictEqual([...used], []);
  });

  it("special-ness covers criminal data (Art. 10) and custom categories under special parents", () => {
    const text = [
      "version: 1",
      "organisation: { controller: a, contact: b }",
      "custom_categories:",
      "  - { key: user.health_and_medical.dietary_requirements, parent: user.health_and_medical }",
      "categories:",
      "  user.criminal_history: { basis: legal_obligation, retention: { period: P6M, after: recruitment_decision } }",
      "  user.health_and_medical.dietary_requirements: { basis: consent, condition: explicit_consent, retention: { period: P1M, after: end_of_event } }",
      "",
    ].join("\n");
    const notice = load(text);
    const ds = checkNotice(notice, taxonomy, new Set(["user.criminal_history", "user.health_and_medical.dietary_requirements"]));
    assert.deepStrictEqual(ds.map(brief), [
      "missing-special-condition@5 user.criminal_history is criminal-offence data (GDPR Art. 10): add condition: with an Art. 10 ground",
    ]);
  });
});

describe("vague retention", () => {
  const rule = (r: object) => ({ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, ...r });
  it("accepts a named law, a period or an event, and rejects 'the law'", () => {
    assert.strictEqual(isVagueRetentionRule(rule({ asRequiredBy: "Companies Act 2006 s.388" })), false);
    assert.strictEqual(isVagueRetentionRule(rule({ period: "P24M" })), false);
    assert.strictEqual(isVagueRetentionRule(rule({ after: "account_closure" })), false);
    for (const vague of ["law", "applicable law", "the applicable laws", "relevant legislation", "legal requirements", "Applicable laws and regulations"]) {
      assert.strictEqual(isVagueRetentionRule(rule({ asRequiredBy: vague })), true, vague);
    }
  });
});

describe("noticeInvalidDiagnostic", () => {
  it("is one diagnostic on the first error of an unusable notice, and nothing for a usable one", () => {
    const broken = loadNotice("version: 1\ncategories: [\n", NOTICE_FILE, taxonomy);
    const d = noticeInvalidDiagnostic(broken, NOTICE_FILE, true);
    assert.strictEqual(d?.checkId, "notice-invalid");
    assert.match(d!.message, /last valid version/);
    assert.deepStrictEqual(d!.range, broken.problems[0].range);
    assert.strictEqual(noticeInvalidDiagnostic(loadNotice(NOTICE, NOTICE_FILE, taxonomy), NOTICE_FILE, true), undefined);
  });
});
