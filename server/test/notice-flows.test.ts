import * as assert from "assert";
import * as path from "path";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { checkNotice, CHECKS } from "../src/core/notice/checks";
import { checkFlows } from "../src/core/notice/flow-checks";
import { loadNotice } from "../src/core/notice/loader";
import type { Notice } from "../src/core/notice/model";
import { parseSuppressions } from "../src/core/scan/suppressions";
import type { CheckDiagnostic, Flow } from "../src/core/types";

const taxonomy = Taxonomy.builtin();
const ROOT = path.resolve("/ws");
const NOTICE_FILE = path.join(ROOT, "privacy-notice.yaml");
const SRC = path.join(ROOT, "src/signup.ts");

const NOTICE = [
  "version: 1", // 0
  "organisation: { controller: Example Ltd, contact: privacy@example.com }", // 1
  "recipients:", // 2
  "  analytics: { kind: processor, services: [segment, mixpanel] }", // 3
  "  payments: { kind: processor, services: [stripe] }", // 4
  "  logs: { kind: processor, services: [log], retention: { period: P30D } }", // 5
  "categories:", // 6
  "  user.contact:", // 7
  "    basis: contract", // 8
  "    retention: { period: P12M }", // 9
  "    recipients: [analytics, logs]", // 10
  "  user.name:", // 11
  "    basis: contract", // 12
  "    retention: { period: P12M }", // 13
  "    recipients: [payments]", // 14
  "",
].join("\n");

function load(text = NOTICE): Notice {
  const { notice, problems } = loadNotice(text, NOTICE_FILE, taxonomy);
  assert.deepStrictEqual(problems, [], "fixture notice loads cleanly");
  return notice!;
}

function flow(category: string, service: string, line: number, sink = "analytics.identify", serviceKind = service === "log" ? "log" : "analytics"): Flow {
  return {
    file: SRC,
    range: { start: { line, character: 20 }, end: { line, character: 40 } },
    callRange: { start: { line, character: 2 }, end: { line, character: 42 } },
    service,
    serviceKind,
    category,
    sink,
    evidence: "email: user.email",
    confidence: 0.9,
  };
}

const brief = (d: CheckDiagnostic) => `${d.checkId}@${d.range.start.line} ${d.message}`;

describe("notice: recipients' services", () => {
  it("reads services and a recipient's retention", () => {
    const notice = load();
    assert.deepStrictEqual(notice.recipients.get("analytics")!.services.map((s) => s.name), ["segment", "mixpanel"]);
    const r = notice.recipients.get("logs")!.retention;
    assert.ok(r?.kind === "rules" && r.rules[0].period === "P30D");
  });

  it("reports an unknown service id at its place with a did-you-mean, without making the notice unusable", () => {
    const text = NOTICE.replace("services: [segment, mixpanel]", "services: [segmnet, mixpanel]");
    const { notice, problems } = loadNotice(text, NOTICE_FILE, taxonomy);
    assert.ok(notice, "still usable");
    assert.deepStrictEqual(problems.map((p) => [p.checkId, p.severity, p.range.start.line, p.range.start.character, p.message]), [
      ["notice-schema", "error", 3, 43, 'Unknown service "segmnet" in recipients.analytics.services — did you mean "segment"? (service ids are those of rules/sinks.yaml, log for logs)'],
    ]);
  });

  it("reports a malformed service id and an unknown recipient key through the schema", () => {
    const text = NOTICE.replace("services: [stripe] }", "services: [Stripe], sevices: [x] }");
    const messages = loadNotice(text, NOTICE_FILE, taxonomy).problems.map((p) => p.message);
    assert.ok(messages.some((m) => /service id is lower-case/.test(m)), messages.join("\n"));
    assert.ok(messages.some((m) => /Unknown key "sevices" .* did you mean "services"/.test(m)), messages.join("\n"));
  });

  it("flags a recipient's vague retention", () => {
    const text = NOTICE.replace("retention: { period: P30D }", "retention: as long as needed");
    const ds = checkNotice(load(text), taxonomy, new Set(["user.contact.email", "user.name"]));
    assert.deepStrictEqual(ds.map(brief), ['vague-retention@5 Retention of recipient logs is not concrete ("as long as needed"): give a period, an event it counts from, or name the law']);
  });

  it("undefined-recipient still applies to names listed on categories when recipients carry services", () => {
    const text = NOTICE.replace("recipients: [payments]", "recipients: [payment]");
    const problems = loadNotice(text, NOTICE_FILE, taxonomy).problems;
    assert.deepStrictEqual(problems.map((p) => `${p.checkId} ${p.message}`), ['undefined-recipient Recipient "payment" of user.name is not defined under recipients: — did you mean "payments"?']);
  });
});

describe("checkFlows", () => {
  it("registers both checks with their default severities", () => {
    assert.strictEqual(CHECKS["undeclared-recipient"].defaultSeverity, "error");
    assert.strictEqual(CHECKS["personal-data-logged"].defaultSeverity, "warning");
  });

  it("is silent when a recipient listed on the covering declaration stands for the service", () => {
    const notice = load();
    assert.deepStrictEqual(checkFlows([flow("user.contact.email", "segment", 3), flow("user.name.first", "stripe", 4, "stripe.customers.create", "payments")], notice, taxonomy), []);
  });

  it("reports a service no recipient of the category stands for, on the flow's argument, related to the entry", () => {
    const notice = load();
    const f = flow("user.name", "segment", 5);
    const [d, ...rest] = checkFlows([f], notice, taxonomy);
    assert.deepStrictEqual(rest, []);
    assert.strictEqual(d.checkId, "undeclared-recipient");
    assert.strictEqual(d.severity, "error");
    assert.strictEqual(d.message, 'analytics.identify sends user.name to Segment (analytics); no recipient listed on user.name in the notice has services: [segment]; recipient "analytics" stands for it: list it under the category\'s recipients:');
    assert.deepStrictEqual(d.range, f.range);
    assert.strictEqual(d.flow, f);
    assert.deepStrictEqual(d.related, [{ file: NOTICE_FILE, range: { start: { line: 11, character: 2 }, end: { line: 11, character: 11 } }, message: "declaration of user.name" }]);
  });

  it("names the covering ancestor, and says when no recipient anywhere stands for the service", () => {
    const [d] = checkFlows([flow("user.contact.phone_number", "openai", 6, "openai.chat.completions.create", "ai")], load(), taxonomy);
    assert.strictEqual(d.message, "openai.chat.completions.create sends user.contact.phone_number to OpenAI (ai); no recipient listed on user.contact (which covers user.contact.phone_number) in the notice has services: [openai]");
    assert.strictEqual(d.category, "user.contact");
  });

  it("reports a category the notice does not declare at all, related to categories:", () => {
    const [d] = checkFlows([flow("user.financial.bank_account", "stripe", 7, "stripe.charges.create", "payments")], load(), taxonomy);
    assert.strictEqual(d.checkId, "undeclared-recipient");
    assert.strictEqual(d.message, "stripe.charges.create sends user.financial.bank_account to Stripe (payments); the privacy notice does not declare user.financial.bank_account at all");
    assert.strictEqual(d.related?.[0].range.start.line, 6);
  });

  it("without a notice, says no notice covers the file", () => {
    const ds = checkFlows([flow("user.name", "segment", 1), flow("user.name", "log", 2, "console.log")], undefined, taxonomy);
    assert.deepStrictEqual(ds.map((d) => d.message), [
      "analytics.identify sends user.name to Segment (analytics), but no privacy-notice.yaml covers this file",
      "console.log writes user.name to a log, but no privacy-notice.yaml covers this file",
    ]);
  });

  it("warns on a log flow unless a recipient with services: [log] is listed on the category", () => {
    const notice = load();
    assert.deepStrictEqual(checkFlows([flow("user.contact.email", "log", 3, "logger.info")], notice, taxonomy), []);
    const ds = checkFlows([flow("user.name", "log", 4, "logger.info")], notice, taxonomy);
    assert.deepStrictEqual(ds.map(brief), [
      'personal-data-logged@4 logger.info writes user.name to a log; no recipient listed on user.name in the notice has services: [log]; recipient "logs" stands for it: list it under the category\'s recipients:',
    ]);
    assert.strictEqual(ds[0].severity, "warning");
    assert.ok(!ds.some((d) => d.checkId === "undeclared-recipient"), "logs are not reported as an undeclared recipient");
  });

  it("honours severities, including off", () => {
    const notice = load();
    const flows = [flow("user.name", "segment", 1), flow("user.name", "log", 2, "console.log")];
    assert.deepStrictEqual(checkFlows(flows, notice, taxonomy, { severities: { "undeclared-recipient": "off", "personal-data-logged": "error" } }).map((d) => `${d.checkId}:${d.severity}`), ["personal-data-logged:error"]);
  });

  it("is silent for flows suppressed by category or by check id above the call, and by a path exemption", () => {
    const source = [
      "export function signup(user: User) {", // 0
      "  // privacy-lint-disable-next-line user.name -- the display name is public", // 1
      "  analytics.identify({ name: user.name });", // 2
      "  // privacy-lint-disable-next-line personal-data-logged -- debug builds only", // 3
      "  console.log(user.name);", // 4
      "  // privacy-lint-disable-next-line personal-data-logged -- wrong check for this call", // 5
      "  analytics.track({ name: user.name });", // 6
      "}",
    ].join("\n");
    const suppressions = parseSuppressions(source);
    const flows = [flow("user.name", "segment", 2), flow("user.name", "log", 4, "console.log"), flow("user.name", "segment", 6, "analytics.track")];
    const ds = checkFlows(flows, load(), taxonomy, { suppressionsOf: () => suppressions });
    assert.deepStrictEqual(ds.map((d) => `${d.checkId}@${d.range.start.line}`), ["undeclared-recipient@6"]);
    const exempt = load(NOTICE + 'exemptions:\n  - { path: "src/**", reason: test code }\n');
    assert.deepStrictEqual(checkFlows(flows, exempt, taxonomy), []);
  });

  it("a check-id suppression does not suppress the findings of the line", () => {
    const [s] = parseSuppressions("// privacy-lint-disable-next-line undeclared-recipient, user.contact -- x\nfoo();\n");
    assert.deepStrictEqual([s.checks, s.categories], [["undeclared-recipient"], ["user.contact"]]);
    const { isSuppressed } = require("../src/core/scan/suppressions") as typeof import("../src/core/scan/suppressions");
    const [checkOnly] = parseSuppressions("// privacy-lint-disable-next-line personal-data-logged -- x\nfoo();\n");
    assert.strictEqual(isSuppressed([checkOnly], 1, "user.name"), undefined);
  });
});
