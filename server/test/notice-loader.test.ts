import * as assert from "assert";
import * as path from "path";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { findNoticeFor, LineIndex, loadNotice } from "../src/core/notice/loader";
import { coveringDeclaration, effectiveBases } from "../src/core/notice/model";
import type { CheckDiagnostic } from "../src/core/types";

const taxonomy = Taxonomy.builtin();

/** "line:char-line:char message" with 0-based positions, for exact comparisons. */
function brief(p: CheckDiagnostic): string {
  const r = p.range;
  return `${p.checkId} ${r.start.line}:${r.start.character}-${r.end.line}:${r.end.character} ${p.message}`;
}

const VALID = `# privacy-notice.yaml
version: 1
organisation:
  controller: Example Learning Ltd
  contact: privacy@example.com
recipients:
  cloud-host: { kind: processor, description: Cloud hosting, country: IE }
purposes:
  account: { description: Provide the learner account, basis: contract }
  newsletter: { description: Marketing newsletter, basis: consent }
categories:
  user.contact:
    purposes: [account, newsletter]
    retention: { period: P12M, after: account_closure, then: delete }
    recipients: [cloud-host]
    sources: [data subject]
  user.demographic.race_ethnicity:
    purposes: [equal opportunities monitoring]
    basis: consent
    condition: explicit_consent
    retention:
      - { period: P24M, then: anonymise }
      - { as_required_by: Equality Act 2010 }
custom_categories:
  - { key: user.health_and_medical.dietary_requirements, parent: user.health_and_medical, description: Meal needs at events }
exemptions:
  - { field: Product.name, reason: product names are not personal data }
  - { path: "src/legacy/**", reason: dead code kept for reference }
`;

describe("notice loader", () => {
  it("loads a valid notice into the model with ranges and no problems", () => {
    const { notice, problems } = loadNotice(VALID, "/ws/privacy-notice.yaml", taxonomy);
    assert.deepStrictEqual(problems, []);
    assert.ok(notice);
    assert.strictEqual(notice.organisation?.controller, "Example Learning Ltd");
    assert.deepStrictEqual(
      notice.categories.map((c) => c.key),
      ["user.contact", "user.demographic.race_ethnicity"],
    );
    const contact = notice.categories[0];
    assert.deepStrictEqual(contact.range, { start: { line: 11, character: 2 }, end: { line: 11, character: 14 } });
    assert.deepStrictEqual(contact.recipients.map((r) => r.name), ["cloud-host"]);
    assert.deepStrictEqual(effectiveBases(notice, contact), ["contract", "consent"]);
    assert.deepStrictEqual(contact.retention?.kind === "rules" && contact.retention.rules[0].after, "account_closure");
    const race = notice.categories[1];
    assert.strictEqual(race.condition, "explicit_consent");
    assert.ok(race.retention?.kind === "rules" && race.retention.rules.length === 2);
    assert.strictEqual(notice.recipients.get("cloud-host")?.kind, "processor");
    assert.deepStrictEqual(notice.exemptions.map((e) => e.field ?? e.path), ["Product.name", "src/legacy/**"]);
    // The custom category extends the taxonomy, under a special parent.
    assert.ok(notice.taxonomy.has("user.health_and_medical.dietary_requirements"));
    assert.strictEqual(notice.taxonomy.special("user.health_and_medical.dietary_requirements"), "art9");
  });

  it("a declared parent covers its children; the most specific declaration wins", () => {
    const { notice } = loadNotice(VALID, "n.yaml", taxonomy);
    assert.strictEqual(coveringDeclaration(notice!, "user.contact.address.city")?.key, "user.contact");
    assert.strictEqual(coveringDeclaration(notice!, "user.demographic.race_ethnicity")?.key, "user.demographic.race_ethnicity");
    assert.strictEqual(coveringDeclaration(notice!, "user.demographic.gender"), undefined);
  });

  it("reports every problem at once, each with its exact range, and keeps the notice usable", () => {
    const text = [
      "version: 1", // 0
      "organisation:", // 1
      "  controller: Example", // 2
      "  contat: privacy@example.com", // 3
      "recipients:", // 4
      "  cloud-host: { kind: procesor }", // 5
      "categories:", // 6
      "  user.contact.emial:", // 7
      "    basis: contrct", // 8
      "    retention: { period: 12 months }", // 9
      "    recipients: [cloud-hots]", // 10
      "  user.name: { basis: 7 }", // 11
      "  user.name: { basis: consent }", // 12
      "exemptions:", // 13
      "  - { reason: no field named }", // 14
      "",
    ].join("\n");
    const { notice, problems } = loadNotice(text, "n.yaml", taxonomy);
    assert.ok(notice, "still usable");
    assert.deepStrictEqual(problems.map(brief).sort(), [
      "notice-schema 11:22-11:23 categories.user.name.basis must be one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests",
      "notice-schema 14:4-14:30 exemptions[0]: an exemption names a field (Owner.field or field) or a path (glob), and a reason",
      'notice-schema 1:0-1:12 organisation is missing "contact"',
      'notice-schema 3:2-3:8 Unknown key "contat" in organisation — did you mean "contact"?',
      'notice-schema 5:22-5:30 recipients.cloud-host.kind must be one of: processor, third_party, controller, public_authority, public — did you mean "processor"?',
      'notice-schema 8:11-8:18 categories.user.contact.emial.basis must be one of: consent, contract, legal_obligation, vital_interests, public_task, legitimate_interests — did you mean "contract"?',
      "notice-schema 9:25-9:34 period must be an ISO-8601 duration such as P12M (12 months), P6Y or P30D",
      'notice-syntax 12:2-12:11 Duplicate key "user.name": only its first entry is used; merge the two',
      'undefined-recipient 10:17-10:27 Recipient "cloud-hots" of user.contact.emial is not defined under recipients: — did you mean "cloud-host"?',
      'unknown-category 7:2-7:20 Unknown data category "user.contact.emial" — did you mean "user.contact.email"? (define project-specific categories under custom_categories:)',
    ]);
    // The first of two duplicated entries is kept.
    assert.deepStrictEqual(notice.categories.find((c) => c.key === "user.name")?.range.start.line, 11);
  });

  it("returns no notice for YAML syntax errors, with the error's position", () => {
    const text = "version: 1\ncategories:\n  user.name: [a, b\n  user.contact: {}\n";
    const { notice, problems } = loadNotice(text, "n.yaml", taxonomy);
    assert.strictEqual(notice, undefined);
    // yaml reports the unterminated flow sequence where the next entry starts.
    assert.deepStrictEqual(problems.map(brief), [
      "notice-syntax 3:2-3:3 YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ]",
    ]);
  });

  it("returns no notice for an unsupported version or a non-mapping, and a clear message", () => {
    const v2 = loadNotice("version: 2\norganisation: {controller: a, contact: b}\ncategories: {}\n", "n.yaml", taxonomy);
    assert.strictEqual(v2.notice, undefined);
    assert.deepStrictEqual(v2.problems.map(brief), ["notice-schema 0:9-0:10 Unsupported notice version 2: this privacy-lint reads version 1"]);
    const list = loadNotice("- a\n- b\n", "n.yaml", taxonomy);
    assert.strictEqual(list.notice, undefined);
    assert.match(list.problems[0].message, /must be a mapping/);
    const empty = loadNotice("# nothing yet\n", "n.yaml", taxonomy);
    assert.strictEqual(empty.notice, undefined);
    assert.match(empty.problems[0].message, /empty/);
  });

  it("reports a bad custom category at its key and still applies the good ones", () => {
    const text = [
      "version: 1",
      "organisation: { controller: a, contact: b }",
      "custom_categories:",
      "  - { key: user.nope.thing, parent: user.nope }",
      "  - { key: user.contact.pager, parent: user.contact }",
      "categories:",
      "  user.contact.pager: { basis: contract, retention: { period: P1Y } }",
      "",
    ].join("\n");
    const { notice, problems } = loadNotice(text, "n.yaml", taxonomy);
    assert.deepStrictEqual(problems.map((p) => `${p.checkId} ${p.range.start.line}:${p.range.start.character}`), ["unknown-category 3:11"]);
    assert.match(problems[0].message, /unknown parent "user.nope"/);
    assert.ok(notice?.categories[0].known);
  });

  it("keeps ranges right with CRLF line endings and non-ASCII text (UTF-16 columns)", () => {
    const text = "version: 1\r\norganisation: { controller: Écôle 😀, contact: b }\r\ncategories:\r\n  user.contact.emial: {}\r\n";
    const { problems } = loadNotice(text, "n.yaml", taxonomy);
    assert.deepStrictEqual(problems.map(brief), [
      'unknown-category 3:2-3:20 Unknown data category "user.contact.emial" — did you mean "user.contact.email"? (define project-specific categories under custom_categories:)',
    ]);
    const idx = new LineIndex("a😀b\nc");
    assert.deepStrictEqual(idx.position(3), { line: 0, character: 3 }); // the emoji is two UTF-16 units
    assert.deepStrictEqual(idx.position(5), { line: 1, character: 0 });
  });

  it("records TODO placeholders with their path", () => {
    const text = "version: 1\norganisation: { controller: TODO name, contact: b }\ncategories:\n  user.name:\n    purposes: [TODO why]\n    basis: TODO\n";
    const { notice } = loadNotice(text, "n.yaml", taxonomy);
    assert.deepStrictEqual(
      notice!.placeholders.map((p) => `${p.path}@${p.range.start.line}:${p.range.start.character}`),
      ["organisation.controller@1:28", "categories.user.name.purposes[0]@4:15", "categories.user.name.basis@5:11"],
    );
  });

  it("severity overrides apply to loader problems; off drops them", () => {
    const text = "version: 1\norganisation: { controller: a, contact: b }\ncategories:\n  user.name: { recipients: [ghost] }\n";
    const warn = loadNotice(text, "n.yaml", taxonomy, { severities: { "undefined-recipient": "warning" } });
    assert.deepStrictEqual(warn.problems.map((p) => `${p.checkId}:${p.severity}`), ["undefined-recipient:warning"]);
    const off = loadNotice(text, "n.yaml", taxonomy, { severities: { "undefined-recipient": "off" } });
    assert.deepStrictEqual(off.problems, []);
  });
});

describe("findNoticeFor", () => {
  const root = path.resolve("/ws");
  const files = new Set([path.join(root, "privacy-notice.yaml"), path.join(root, "packages/api/privacy-notice.yml")]);
  const exists = (p: string) => files.has(p);

  it("finds the nearest notice in the file's folder or its ancestors", () => {
    assert.strictEqual(findNoticeFor(path.join(root, "packages/api/src/user.ts"), root, exists), path.join(root, "packages/api/privacy-notice.yml"));
    assert.strictEqual(findNoticeFor(path.join(root, "packages/web/src/user.ts"), root, exists), path.join(root, "privacy-notice.yaml"));
    assert.strictEqual(findNoticeFor(path.join(root, "user.ts"), root, exists), path.join(root, "privacy-notice.yaml"));
  });

  it("does not look above the workspace root or outside it", () => {
    const only = new Set([path.resolve("/privacy-notice.yaml")]);
    assert.strictEqual(findNoticeFor(path.join(root, "src/a.ts"), root, (p) => only.has(p)), undefined);
    assert.strictEqual(findNoticeFor(path.resolve("/elsewhere/a.ts"), root, exists), undefined);
  });
});

describe("docs/notice-format.md", () => {
  it("its complete example loads without problems", () => {
    const fs = require("fs") as typeof import("fs");
    const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/notice-format.md"), "utf8");
    const example = /## A complete example\s+```yaml\n([\s\S]*?)```/.exec(doc)?.[1];
    assert.ok(example, "example found");
    const { notice, problems } = loadNotice(example, "privacy-notice.yaml", taxonomy);
    assert.deepStrictEqual(problems, []);
    assert.ok(notice?.taxonomy.has("user.health.dietary_requirements"));
  });
});

describe("YAML anchors", () => {
  it("a retention rule shared through an anchor applies to every entry that aliases it", () => {
    const text = [
      "version: 1",
      "organisation: { controller: a, contact: b }",
      "categories:",
      "  user.name: { basis: contract, retention: &account { period: P12M, after: account_closure } }",
      "  user.contact: { basis: contract, retention: *account, recipients: [] }",
      "",
    ].join("\n");
    const { notice, problems } = loadNotice(text, "n.yaml", taxonomy);
    assert.deepStrictEqual(problems, []);
    const contact = notice!.categories[1].retention;
    assert.ok(contact?.kind === "rules" && contact.rules[0].period === "P12M" && contact.rules[0].after === "account_closure");
  });
});

describe("docs/checks.md", () => {
  it("has a section, anchored by id, for every registered check", () => {
    const fs = require("fs") as typeof import("fs");
    const { CHECKS } = require("../src/core/notice/checks") as typeof import("../src/core/notice/checks");
    const doc = fs.readFileSync(path.resolve(__dirname, "../../../docs/checks.md"), "utf8");
    for (const id of Object.keys(CHECKS)) assert.match(doc, new RegExp(`^## ${id}$`, "m"), id);
  });
});

describe("schemas/privacy-notice.schema.json", () => {
  it("describes every property (hover text) and is draft-07", () => {
    const { noticeSchema } = require("../src/core/notice/loader") as typeof import("../src/core/notice/loader");
    const schema = noticeSchema as Record<string, unknown>;
    assert.strictEqual(schema.$schema, "http://json-schema.org/draft-07/schema#");
    const defs = schema.definitions as Record<string, Record<string, unknown>>;
    const missing: string[] = [];
    const walk = (node: unknown, where: string) => {
      if (!node || typeof node !== "object") return;
      const n = node as Record<string, unknown>;
      for (const [name, prop] of Object.entries((n.properties as Record<string, Record<string, unknown>>) ?? {})) {
        const ref = typeof prop.$ref === "string" ? defs[prop.$ref.replace("#/definitions/", "")] : undefined;
        if (!prop.description && !ref?.description) missing.push(`${where}.${name}`);
        walk(prop, `${where}.${name}`);
      }
      for (const key of ["items", "additionalProperties", "then", "else"]) walk(n[key], `${where}[${key}]`);
    };
    walk(schema, "root");
    for (const [name, def] of Object.entries(defs)) walk(def, `#${name}`);
    assert.deepStrictEqual(missing, []);
  });
});
