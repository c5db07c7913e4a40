import * as assert from "assert";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { applyEdits } from "../src/core/notice/fixes";
import { checkFlows } from "../src/core/notice/flow-checks";
import { loadNotice } from "../src/core/notice/loader";
import { declareRecipientEdits, declareRecipientsEdits, flowSuppressionEdit, planRecipientFix } from "../src/core/notice/recipient-fixes";
import { parseSuppressions } from "../src/core/scan/suppressions";
import type { Flow } from "../src/core/types";

const taxonomy = Taxonomy.builtin();
const SEGMENT = { id: "segment", name: "Segment", kind: "analytics" };
const LOG = { id: "log", name: "Logs", kind: "log" };
const lines = (...ls: string[]) => ls.join("\n") + "\n";

/** Applies a recipient fix, checks the result loads cleanly, that the flow is then declared, and that a second run changes nothing. */
function fixed(text: string, category: string, service = SEGMENT): string {
  const edits = declareRecipientEdits(text, category, service, taxonomy);
  assert.ok(edits.length > 0, "expected edits");
  const out = applyEdits(text, edits);
  const { notice, problems } = loadNotice(out, "privacy-notice.yaml", taxonomy);
  assert.deepStrictEqual(problems.filter((p) => p.checkId !== "unknown-category").map((p) => p.message), []);
  const flow = { file: "a.ts", range: zero, callRange: zero, service: service.id, serviceKind: service.kind, category, sink: "x", evidence: "", confidence: 1 } as Flow;
  assert.deepStrictEqual(checkFlows([flow], notice, taxonomy), [], "the flow is declared after the fix");
  assert.deepStrictEqual(declareRecipientEdits(out, category, service, taxonomy), [], "a second run changes nothing");
  return out;
}
const zero = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

const HEAD = lines("version: 1", "organisation: { controller: Example Ltd, contact: privacy@example.com }");

describe("recipient fixes", () => {
  it("adds a recipient named after the service (block style) and lists it on the category, keeping comments", () => {
    const text =
      HEAD +
      lines(
        "recipients:",
        "  # hosting",
        "  cloud-host:",
        "    kind: processor   # AWS",
        "categories:",
        "  user.contact.email:",
        "    basis: contract",
        "    recipients: [cloud-host]   # only hosting for now",
        "# end",
      );
    assert.strictEqual(
      fixed(text, "user.contact.email"),
      HEAD +
        lines(
          "recipients:",
          "  # hosting",
          "  cloud-host:",
          "    kind: processor   # AWS",
          "  segment:",
          "    kind: processor",
          "    description: Segment (analytics)",
          "    services: [segment]",
          "categories:",
          "  user.contact.email:",
          "    basis: contract",
          "    recipients: [cloud-host, segment]   # only hosting for now",
          "# end",
        ),
    );
  });

  it("matches one-line recipient bodies, and reuses a recipient that already stands for the service", () => {
    const text = HEAD + lines("recipients:", "  crm: { kind: processor }", "categories:", "  user.name: { basis: contract }", "  user.contact: { basis: contract, recipients: [crm] }");
    const once = fixed(text, "user.name");
    assert.strictEqual(
      once,
      HEAD +
        lines(
          "recipients:",
          "  crm: { kind: processor }",
          "  segment: { kind: processor, description: Segment (analytics), services: [segment] }",
          "categories:",
          "  user.name: { basis: contract, recipients: [segment] }",
          "  user.contact: { basis: contract, recipients: [crm] }",
        ),
    );
    const plan = planRecipientFix(once, "user.contact.email", SEGMENT, taxonomy)!;
    assert.deepStrictEqual([plan.recipient, plan.action], ["segment", "reuse"]);
    assert.ok(applyEdits(once, plan.edits).includes("  user.contact: { basis: contract, recipients: [crm, segment] }\n"), "listed on the covering ancestor");
  });

  it("reuses a recipient under another name that stands for the service", () => {
    const text = HEAD + lines("recipients:", "  analytics:", "    kind: processor", "    services: [mixpanel, segment]", "categories:", "  user.name:", "    basis: contract");
    const plan = planRecipientFix(text, "user.name", SEGMENT, taxonomy)!;
    assert.strictEqual(plan.action, "reuse");
    assert.strictEqual(fixed(text, "user.name"), text + "    recipients: [analytics]\n");
  });

  it("gives the recipient named after the service that service when it has none, and appends to a block list", () => {
    const text = HEAD + lines("recipients:", "  segment: { kind: processor, country: US }", "  cdn: { kind: processor }", "categories:", "  user.name:", "    basis: contract", "    recipients:", "      - cdn", "    sources: [data subject]");
    const plan = planRecipientFix(text, "user.name", SEGMENT, taxonomy)!;
    assert.strictEqual(plan.action, "extend");
    assert.strictEqual(
      fixed(text, "user.name"),
      HEAD + lines("recipients:", "  segment: { kind: processor, country: US, services: [segment] }", "  cdn: { kind: processor }", "categories:", "  user.name:", "    basis: contract", "    recipients:", "      - cdn", "      - segment", "    sources: [data subject]"),
    );
  });

  it("declares an undeclared category with placeholders, creating recipients: when the notice has none", () => {
    const text = HEAD + lines("categories:", "  user.contact.email:", "    basis: contract");
    assert.strictEqual(
      fixed(text, "user.name"),
      HEAD +
        lines(
          "recipients:",
          "  segment:",
          "    kind: processor",
          "    description: Segment (analytics)",
          "    services: [segment]",
          "categories:",
          "  user.contact.email:",
          "    basis: contract",
          "  user.name:",
          "    purposes: [TODO why it is collected]",
          "    basis: TODO",
          "    recipients: [segment]",
        ),
    );
  });

  it("fills an empty recipients: {} and an empty list", () => {
    const text = HEAD + lines("recipients: {}   # none yet", "categories:", "  user.name:", "    basis: contract", "    recipients: []");
    assert.strictEqual(
      fixed(text, "user.name", LOG),
      HEAD +
        lines(
          "recipients:   # none yet",
          "  logs:",
          "    kind: processor",
          "    description: Application logs and the platforms they are shipped to",
          "    services: [log]",
          "categories:",
          "  user.name:",
          "    basis: contract",
          "    recipients: [logs]",
        ),
    );
  });

  it("does nothing when already declared, or when the notice cannot be read safely", () => {
    const text = HEAD + lines("recipients:", "  logs: { kind: processor, services: [log] }", "categories:", "  user:", "    basis: contract", "    recipients: [logs]");
    assert.strictEqual(planRecipientFix(text, "user.contact.email", LOG, taxonomy), undefined);
    assert.deepStrictEqual(declareRecipientEdits("version: 1\ncategories: [\n", "user.name", LOG, taxonomy), []);
    assert.deepStrictEqual(declareRecipientEdits(HEAD + "recipients: nobody\ncategories: {}\n", "user.name", LOG, taxonomy), []);
  });

  it("applies several at once, the recipient added for one category reused by the next", () => {
    const text = HEAD + lines("categories:", "  user.contact.email: { basis: contract }", "  user.name: { basis: contract }");
    const { edits, done } = declareRecipientsEdits(
      text,
      [
        { category: "user.name", service: SEGMENT },
        { category: "user.contact.email", service: SEGMENT },
        { category: "user.contact.email", service: LOG },
      ],
      taxonomy,
    );
    assert.deepStrictEqual(done.map((d) => `${d.category}:${d.service}:${d.recipient}`), ["user.contact.email:log:logs", "user.contact.email:segment:segment", "user.name:segment:segment"]);
    assert.strictEqual(
      applyEdits(text, edits),
      HEAD +
        lines(
          "recipients:",
          "  logs:",
          "    kind: processor",
          "    description: Application logs and the platforms they are shipped to",
          "    services: [log]",
          "  segment:",
          "    kind: processor",
          "    description: Segment (analytics)",
          "    services: [segment]",
          "categories:",
          "  user.contact.email: { basis: contract, recipients: [logs, segment] }",
          "  user.name: { basis: contract, recipients: [segment] }",
        ),
    );
  });
});

describe("flowSuppressionEdit", () => {
  const source = lines("export async function signup(user: User) {", "  if (user.ok) {", "    await analytics.identify({", "      email: user.email,", "    });", "  }", "}");
  const flow = { category: "user.contact.email", callRange: { start: { line: 2, character: 10 }, end: { line: 4, character: 6 } } };

  it("inserts a disable comment with a TODO reason above the call's first line, with its indentation", () => {
    const out = applyEdits(source, flowSuppressionEdit(source, flow));
    assert.strictEqual(
      out,
      lines("export async function signup(user: User) {", "  if (user.ok) {", "    // privacy-lint-disable-next-line user.contact.email -- TODO reason", "    await analytics.identify({", "      email: user.email,", "    });", "  }", "}"),
    );
    assert.strictEqual(parseSuppressions(out)[0].targetLine, 3);
    assert.deepStrictEqual(flowSuppressionEdit(out, { ...flow, callRange: { start: { line: 3, character: 10 }, end: flow.callRange.end } }), [], "idempotent");
  });

  it("keeps CRLF line endings", () => {
    const crlf = source.replace(/\n/g, "\r\n");
    assert.ok(applyEdits(crlf, flowSuppressionEdit(crlf, flow)).includes("    // privacy-lint-disable-next-line user.contact.email -- TODO reason\r\n    await"));
  });
});
