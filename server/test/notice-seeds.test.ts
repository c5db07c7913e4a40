/**
 * The five seed notices (../shared/seeds) expressed as privacy-notice.yaml, each with a small app in that
 * organisation's style. The real scanner runs on the app; the checks must be clean except where the seed
 * itself is deficient (Imperial's "as long as is necessary"), and breaking a notice must give exactly the
 * diagnostics a reviewer would expect.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { scanSource } from "../src/core/scan/scanner";
import { loadRuleSet } from "../src/core/classify/rules";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { loadNotice } from "../src/core/notice/loader";
import { checkFindings, checkNotice, usedCategories } from "../src/core/notice/checks";
import { applyEdits, declareCategoryEdits, fieldRefs, retentionChoices } from "../src/core/notice/fixes";
import type { CheckDiagnostic, Finding } from "../src/core/types";

const SEEDS_DIR = path.resolve(__dirname, "../../../test-fixtures/notices");
const taxonomy = Taxonomy.builtin();
const rules = loadRuleSet();

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|prisma)$/.test(e.name) ? [p] : [];
  });
}

interface Seed {
  dir: string;
  noticeFile: string;
  noticeText: string;
  findings: Finding[];
}

function seed(name: string): Seed {
  const dir = path.join(SEEDS_DIR, name);
  const findings = sourceFiles(dir).flatMap((f) => scanSource(f, fs.readFileSync(f, "utf8"), rules).findings);
  const noticeFile = path.join(dir, "privacy-notice.yaml");
  return { dir, noticeFile, noticeText: fs.readFileSync(noticeFile, "utf8"), findings };
}

/** All diagnostics for a seed with the given notice text, as "check file:line" (1-based). */
function diagnose(s: Seed, noticeText = s.noticeText): string[] {
  const { notice, problems } = loadNotice(noticeText, s.noticeFile, taxonomy);
  assert.ok(notice, "notice loads");
  const all: CheckDiagnostic[] = [
    ...problems,
    ...checkFindings(s.findings, notice, taxonomy),
    ...checkNotice(notice, taxonomy, usedCategories(s.findings, notice)),
  ];
  return all.map((d) => `${d.checkId} ${path.relative(s.dir, d.file)}:${d.range.start.line + 1}`).sort();
}

/** The notice without one category's entry (its lines, key to end of value). */
function withoutDeclaration(s: Seed, key: string): string {
  const decl = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!.categories.find((c) => c.key === key)!;
  const lines = s.noticeText.split("\n");
  lines.splice(decl.entryRange.start.line, decl.entryRange.end.line - decl.entryRange.start.line + 1);
  return lines.join("\n");
}

/** The notice without one category's retention (a single-line or multi-line value). */
function withoutRetention(s: Seed, key: string): string {
  const decl = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!.categories.find((c) => c.key === key)!;
  const r = decl.retention!.range;
  const lines = s.noticeText.split("\n");
  // The `retention:` key sits on the value's line (flow) or the line above it (block list).
  const keyLine = lines[r.start.line].trimStart().startsWith("retention:") ? r.start.line : r.start.line - 1;
  lines.splice(keyLine, r.end.line - keyLine + 1);
  return lines.join("\n");
}

describe("seed notices", function () {
  this.timeout(60000);

  it("every seed app is non-trivial: the scanner finds its personal data", () => {
    for (const name of ["caltech-ctme", "imperial-afterhours", "ccpa-events", "stanford-scpd", "learning-platform"]) {
      const s = seed(name);
      assert.ok(s.findings.length >= 12, `${name}: ${s.findings.length} findings`);
    }
  });

  for (const name of ["caltech-ctme", "ccpa-events", "stanford-scpd", "learning-platform"]) {
    it(`${name}: the code and the notice are clean`, () => {
      assert.deepStrictEqual(diagnose(seed(name)), []);
    });
  }

  it("imperial-afterhours: only the vague retention is flagged, once per category", () => {
    const s = seed("imperial-afterhours");
    const notice = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!;
    assert.deepStrictEqual(
      diagnose(s),
      notice.categories.map((c) => `vague-retention privacy-notice.yaml:${c.retention!.range.start.line + 1}`).sort(),
    );
    assert.strictEqual(notice.categories.length, 8);
  });

  it("learning-platform: the 004 retention schedule is expressed as concrete rules", () => {
    const s = seed("learning-platform");
    const notice = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!;
    const rulesOf = (key: string) => {
      const r = notice.categories.find((c) => c.key === key)!.retention!;
      assert.strictEqual(r.kind, "rules");
      return r.kind === "rules" ? r.rules.map(({ period, after, then, asRequiredBy }) => ({ period, after, then, asRequiredBy })) : [];
    };
    assert.deepStrictEqual(rulesOf("user.contact"), [{ period: "P12M", after: "account_deactivation", then: "delete", asRequiredBy: undefined }]);
    assert.deepStrictEqual(rulesOf("user.device"), [{ period: "P24M", after: undefined, then: "anonymise", asRequiredBy: undefined }]);
    assert.deepStrictEqual(rulesOf("user.financial"), [
      { period: "P12M", after: "account_deactivation", then: "delete", asRequiredBy: undefined },
      { period: "P6Y", after: "end_of_contract", then: undefined, asRequiredBy: "Companies Act 2006 s.388 and HMRC record-keeping rules" },
    ]);
    assert.strictEqual(notice.recipients.get("digital-ocean")?.kind, "processor");
  });

  it("learning-platform: removing the criminal-history declaration flags exactly the convictions field", () => {
    const s = seed("learning-platform");
    assert.deepStrictEqual(diagnose(s, withoutDeclaration(s, "user.criminal_history")), ["undeclared-category src/recruitment.ts:13"]);
  });

  it("ccpa-events: removing user.contact flags every contact field, in both the delegate and the sponsor lead", () => {
    const s = seed("ccpa-events");
    assert.deepStrictEqual(diagnose(s, withoutDeclaration(s, "user.contact")), [
      "undeclared-category src/delegate.ts:10",
      "undeclared-category src/delegate.ts:11",
      "undeclared-category src/delegate.ts:12",
      "undeclared-category src/delegate.ts:13",
      "undeclared-category src/delegate.ts:25",
      "undeclared-category src/delegate.ts:26",
    ]);
  });

  it("stanford-scpd: removing a retention rule flags the entry and the field it covers", () => {
    const s = seed("stanford-scpd");
    const noticeLine = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!.categories.find((c) => c.key === "user.demographic.gender")!.range.start.line + 1;
    assert.deepStrictEqual(diagnose(s, withoutRetention(s, "user.demographic.gender")), [
      `missing-retention privacy-notice.yaml:${noticeLine}`,
      "missing-retention src/learner.ts:27",
    ]);
  });

  it("caltech-ctme: removing a multi-rule retention flags the entry and both card fields", () => {
    const s = seed("caltech-ctme");
    const noticeLine = loadNotice(s.noticeText, s.noticeFile, taxonomy).notice!.categories.find((c) => c.key === "user.financial.credit_card")!.range.start.line + 1;
    assert.deepStrictEqual(diagnose(s, withoutRetention(s, "user.financial.credit_card")), [
      `missing-retention privacy-notice.yaml:${noticeLine}`,
      "missing-retention src/payment.ts:10",
      "missing-retention src/payment.ts:11",
      "missing-retention src/payment.ts:8",
      "missing-retention src/payment.ts:9",
    ]);
  });

  it("imperial-afterhours: removing the special-category health entry, then fixing it, goes undeclared -> placeholders -> clean", () => {
    const s = seed("imperial-afterhours");
    const broken = withoutDeclaration(s, "user.health");
    const vague = diagnose(s, broken).filter((d) => d.startsWith("vague-retention"));
    assert.deepStrictEqual(diagnose(s, broken).filter((d) => !d.startsWith("vague-retention")), [
      "undeclared-category src/enrolment.ts:22",
      "undeclared-category src/enrolment.ts:23",
      "undeclared-category src/enrolment.ts:24",
    ]);
    // The quick fix declares it (the deprecated key the scanner reports) with placeholders ...
    const health = s.findings.filter((f) => f.category === "user.health_and_medical");
    const declared = applyEdits(broken, declareCategoryEdits(broken, "user.health_and_medical", fieldRefs(health, s.noticeFile), taxonomy));
    assert.ok(declared.startsWith(broken.slice(0, broken.indexOf("  user.demographic.race_ethnicity:"))), "everything before the insertion point is unchanged");
    assert.match(declared, /# Needed by enrolmentSchema\.medicalConditions \(src\/enrolment\.ts:22\), enrolmentSchema\.disability \(src\/enrolment\.ts:23\), enrolmentSchema\.dietaryRequirements \(src\/enrolment\.ts:24\)/);
    const afterDeclare = diagnose(s, declared).filter((d) => !vague.includes(d));
    assert.deepStrictEqual(
      afterDeclare.map((d) => d.split(" ")[0]).sort(),
      ["incomplete-declaration", "incomplete-declaration", "incomplete-declaration", "missing-retention", "missing-retention", "missing-retention", "missing-retention"],
    );
    // ... and a retention choice removes the retention diagnostics; only the person-only placeholders remain.
    const retained = applyEdits(declared, retentionChoices(declared, "user.health_and_medical", taxonomy)[0].edits);
    assert.deepStrictEqual(
      diagnose(s, retained).filter((d) => !vague.includes(d)).map((d) => d.split(" ")[0]),
      ["incomplete-declaration", "incomplete-declaration", "incomplete-declaration"],
    );
  });
});
