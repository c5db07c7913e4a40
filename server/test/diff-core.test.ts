/** The pure comparison of two data maps (core/diff) and its output, on hand-made snapshots (flows included). */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { checkProject } from "../src/core/project";
import type { Flow } from "../src/core/types";
import { applyRenames, diffSnapshots, isEmptyDiff, snapshotOf, type DataSnapshot, type FlowPoint, type ProblemPoint } from "../src/core/diff";
import { formatDiffJson, formatDiffText, headline } from "../src/cli/format-diff";
import { formatDiffMarkdown } from "../src/cli/format-diff-md";

function snap(partial: Partial<DataSnapshot>): DataSnapshot {
  return { collected: [], flows: [], notices: [], problems: [], names: {}, ...partial };
}

const email = { category: "user.contact.email", file: "src/customer.ts", line: 4, field: "email", owner: "Customer" };
const dob = { category: "user.demographic.date_of_birth", file: "src/models/customer.ts", line: 8, field: "dateOfBirth", owner: "Customer" };
const mixpanel: FlowPoint = { category: "user.contact.email", file: "src/analytics.ts", line: 14, service: "mixpanel", sink: "mixpanel.track", declared: false };
const undeclared = (c: typeof dob): ProblemPoint => ({
  checkId: "undeclared-category",
  severity: "error",
  file: c.file,
  line: c.line,
  category: c.category,
  subject: `${c.owner}.${c.field}`,
  message: `${c.owner}.${c.field} collects ${c.category}, which the privacy notice does not declare`,
});
const names = { "user.contact.email": "Email", "user.demographic.date_of_birth": "Birth Date" };

describe("core diff", () => {
  it("ignores line shifts: the same field on another line is no change", () => {
    const base = snap({ collected: [email], flows: [mixpanel], problems: [undeclared(dob)] });
    const head = snap({ collected: [{ ...email, line: 40 }], flows: [{ ...mixpanel, line: 2 }], problems: [{ ...undeclared(dob), line: 99 }] });
    assert.ok(isEmptyDiff(diffSnapshots(base, head)));
  });

  it("reports new and removed collection points, categories and flows", () => {
    const base = snap({ collected: [email], names });
    const head = snap({ collected: [dob], flows: [mixpanel], problems: [undeclared(dob)], names });
    const d = diffSnapshots(base, head);
    assert.deepStrictEqual(d.collected.added, [dob]);
    assert.deepStrictEqual(d.collected.removed, [email]);
    assert.deepStrictEqual(d.categories, { added: ["user.demographic.date_of_birth"], removed: ["user.contact.email"] });
    assert.deepStrictEqual(d.flows.added, [mixpanel]);
    assert.strictEqual(d.problems.introduced.length, 1);
  });

  it("counts duplicates as a multiset (a getter and its setter are two points)", () => {
    const d = diffSnapshots(snap({ collected: [email] }), snap({ collected: [email, { ...email, line: 9 }] }));
    assert.strictEqual(d.collected.added.length, 1);
    assert.strictEqual(d.categories.added.length, 0);
  });

  it("maps renamed files of the base before comparing", () => {
    const base = snap({ collected: [{ ...email, file: "src/old.ts" }], problems: [{ ...undeclared(dob), file: "src/old.ts" }] });
    const head = snap({ collected: [{ ...email, file: "src/new.ts" }], problems: [{ ...undeclared(dob), file: "src/new.ts" }] });
    assert.ok(!isEmptyDiff(diffSnapshots(base, head)));
    assert.ok(isEmptyDiff(diffSnapshots(applyRenames(base, new Map([["src/old.ts", "src/new.ts"]])), head)));
  });

  it("compares notice entries field by field, and skips a notice unreadable on one side", () => {
    const entry = { key: "user.contact.email", purposes: ["orders"], basis: ["contract"], retention: "P24M", recipients: ["mailer"] };
    const base = snap({ notices: [{ file: "privacy-notice.yaml", readable: true, entries: [entry, { ...entry, key: "user.name" }] }] });
    const head = snap({
      notices: [{ file: "privacy-notice.yaml", readable: true, entries: [{ ...entry, retention: '"as long as necessary"', recipients: ["crm", "mailer"] }, { ...entry, key: "user.contact.phone_number" }] }],
    });
    const n = diffSnapshots(base, head).notice;
    assert.deepStrictEqual(n.added, ["user.contact.phone_number"]);
    assert.deepStrictEqual(n.removed, ["user.name"]);
    assert.deepStrictEqual(n.changed, [
      {
        key: "user.contact.email",
        fields: [
          { field: "retention", before: "P24M", after: '"as long as necessary"' },
          { field: "recipients", before: "mailer", after: "crm, mailer" },
        ],
      },
    ]);
    const broken = snap({ notices: [{ file: "privacy-notice.yaml", readable: false, entries: [] }] });
    const skipped = diffSnapshots(base, broken).notice;
    assert.deepStrictEqual([skipped.removed, skipped.files.unreadable], [[], ["privacy-notice.yaml"]]);
  });

  it("reports a deleted and a created notice", () => {
    const notice = { file: "privacy-notice.yaml", readable: true, entries: [{ key: "user.contact.email", purposes: [], basis: [], recipients: [] }] };
    const deleted = diffSnapshots(snap({ notices: [notice] }), snap({})).notice;
    assert.deepStrictEqual([deleted.removed, deleted.files.removed], [["user.contact.email"], ["privacy-notice.yaml"]]);
    const created = diffSnapshots(snap({}), snap({ notices: [notice] })).notice;
    assert.deepStrictEqual([created.added, created.files.added], [["user.contact.email"], ["privacy-notice.yaml"]]);
  });
});

describe("core diff: snapshotOf a project result", () => {
  it("relativises paths, leaves exempt fields out, and marks a flow declared when a covering entry lists a recipient for its service", async function () {
    this.timeout(30000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-snap-"));
    try {
      fs.mkdirSync(path.join(dir, "src"));
      fs.writeFileSync(path.join(dir, "src", "user.ts"), "export interface User {\n  email: string;\n  phoneNumber: string;\n}\n");
      fs.writeFileSync(
        path.join(dir, "privacy-notice.yaml"),
        [
          "version: 1",
          "recipients:",
          "  product-analytics: { kind: processor, services: [mixpanel] }",
          "categories:",
          "  user.contact:",
          "    purposes: [product analytics]",
          "    basis: consent",
          "    retention: { period: P12M }",
          "    recipients: [product-analytics]",
          "exemptions:",
          "  - { field: User.phoneNumber, reason: a shop line, not a person's }",
          "",
        ].join("\n"),
      );
      const result = await checkProject(dir, { maxWorkers: 1 });
      assert.deepStrictEqual(result.exempt.map((e) => e.finding.field), ["phoneNumber"], "the exemption applies");
      // Flows are hand-made: the scanner does not detect them yet.
      const at = (line: number) => ({ start: { line, character: 2 }, end: { line, character: 7 } });
      const flow = (service: string, category: string): Flow => ({
        file: path.join(dir, "src", "user.ts"),
        range: at(1),
        callRange: at(1),
        service,
        serviceKind: "analytics",
        category,
        sink: `${service}.track`,
        evidence: "email: user.email",
        confidence: 0.9,
      });
      result.flows.push(flow("mixpanel", "user.contact.email"), flow("segment", "user.contact.email"));
      const s = snapshotOf(result);
      assert.deepStrictEqual(s.collected, [{ category: "user.contact.email", file: "src/user.ts", line: 2, field: "email", owner: "User" }]);
      assert.deepStrictEqual(
        s.flows.map((f) => `${f.file}:${f.line} ${f.service} ${f.declared}`),
        ["src/user.ts:2 mixpanel true", "src/user.ts:2 segment false"],
      );
      assert.deepStrictEqual(s.notices, [
        { file: "privacy-notice.yaml", readable: true, entries: [{ key: "user.contact", purposes: ["product analytics"], basis: ["consent"], retention: "P12M", recipients: ["product-analytics"] }] },
      ]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("diff output", () => {
  const d = diffSnapshots(snap({ collected: [email], names }), snap({ collected: [email, dob], flows: [mixpanel], problems: [undeclared(dob)], names }));
  const plain = (f: string, l: number) => `${f}:${l}`;

  it("says it in one sentence", () => {
    assert.strictEqual(
      headline(d, plain),
      "This PR starts collecting birth date (src/models/customer.ts:8) and sends email to Mixpanel (src/analytics.ts:14); the notice declares neither.",
    );
    const declaredFlow = diffSnapshots(snap({ names }), snap({ flows: [{ ...mixpanel, declared: true }], names }));
    assert.strictEqual(headline(declaredFlow, plain), "This PR sends email to Mixpanel (src/analytics.ts:14).");
    assert.match(headline(diffSnapshots(snap({}), snap({})), plain), /^No change to the personal data/);
  });

  it("keeps the JSON contract: exactly these keys", () => {
    const json = JSON.parse(formatDiffJson({ base: "origin/main", diff: d, version: "0" }));
    assert.deepStrictEqual(json, {
      base: "origin/main",
      collected: { added: [dob], removed: [] },
      flows: { added: [{ category: "user.contact.email", file: "src/analytics.ts", line: 14, service: "mixpanel", sink: "mixpanel.track" }], removed: [] },
      notice: { added: [], removed: [], changed: [] },
      problems: { introduced: 1, fixed: 0 },
    });
  });

  it("links file:line to the commit in markdown when the GitHub context is known, with the repository prefix", () => {
    const md = formatDiffMarkdown({ base: "origin/main", diff: d, version: "0" }, { serverUrl: "https://github.example", repository: "acme/shop", sha: "abc123", prefix: "packages/api/" });
    assert.ok(md.startsWith("<!-- privacy-lint-diff -->\n"));
    assert.ok(md.includes("[src/models/customer.ts:8](https://github.example/acme/shop/blob/abc123/packages/api/src/models/customer.ts#L8)"));
    assert.ok(md.includes("[src/analytics.ts:14](https://github.example/acme/shop/blob/abc123/packages/api/src/analytics.ts#L14)"));
    assert.match(md, /<details><summary>Problems introduced \(1\)<\/summary>/);
    assert.match(md, /⚠️ not declared/);
    const unlinked = formatDiffMarkdown({ base: "origin/main", diff: d, version: "0" }, undefined);
    assert.ok(unlinked.includes("`src/models/customer.ts:8`") && !unlinked.includes("](http"));
  });

  it("escapes table cells", () => {
    const weird = { ...dob, owner: "A|B", field: "x<y>" };
    const md = formatDiffMarkdown({ base: "b", diff: diffSnapshots(snap({}), snap({ collected: [weird] })), version: "0" }, undefined);
    assert.ok(md.includes("`A\\|B.x<y>`"), md);
    assert.ok(!/\| A\|B/.test(md));
  });

  it("prints text with signs per line", () => {
    const text = formatDiffText({ base: "main", diff: d, version: "0" });
    assert.match(text, /^\s+\+ user\.demographic\.date_of_birth {2}src\/models\/customer\.ts:8 {2}Customer\.dateOfBirth {2}\(not declared\)$/m);
    assert.match(text, /^\s+\+ user\.contact\.email -> mixpanel {2}src\/analytics\.ts:14 {2}mixpanel\.track {2}\(recipient not declared\)$/m);
  });
});
