import * as assert from "assert";
import * as path from "path";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { buildSection, countFlows, type DataMapSection, type ServiceInfo } from "../src/core/data-map";
import { buildGraph, MAX_SOURCE_NODES } from "../src/core/diagram/graph";
import { graphToMermaid, mermaidText, sectionToMermaid } from "../src/core/diagram/mermaid";
import { sectionToSvg, xmlText } from "../src/core/diagram/svg";
import { loadNotice } from "../src/core/notice/loader";
import type { Notice } from "../src/core/notice/model";
import { formatHtml } from "../src/core/report/html";
import { formatMarkdown } from "../src/core/report/markdown";
import type { Finding, Flow } from "../src/core/types";
import { wellFormedXml } from "./xml-check";

const taxonomy = Taxonomy.builtin();
const ROOT = path.resolve("/ws");
const SERVICES = new Map<string, ServiceInfo>([
  ["segment", { name: "Segment", kind: "analytics" }],
  ["mixpanel", { name: "Mixpanel", kind: "analytics" }],
  ["stripe", { name: "Stripe", kind: "payments" }],
  ["log", { name: "Logs", kind: "log" }],
]);

const NOTICE = `version: 1
organisation: { controller: Example Ltd, contact: privacy@example.com }
recipients:
  host: { kind: processor }
  analytics: { kind: processor, country: US, services: [segment] }
  payments: { kind: processor, services: [stripe] }
  logs: { kind: processor, services: [log] }
categories:
  user.contact.email:
    purposes: [orders]
    basis: contract
    retention: { period: P12M }
    recipients: [host, analytics]
  user.contact.address:
    purposes: [delivery]
    basis: contract
    recipients: [host, payments]
  user.device.ip_address:
    purposes: [security]
    basis: legitimate_interests
    retention: { period: P30D }
    recipients: [logs]
  user.financial.bank_account:
    purposes: [refunds]
    basis: contract
    retention: { period: P6Y }
`;

function notice(text = NOTICE): Notice {
  const r = loadNotice(text, path.join(ROOT, "privacy-notice.yaml"), taxonomy);
  assert.ok(r.notice, JSON.stringify(r.problems));
  return r.notice;
}

function finding(file: string, line: number, owner: string, field: string, category: string): Finding {
  const range = { start: { line: line - 1, character: 2 }, end: { line: line - 1, character: 2 + field.length } };
  return { file: path.join(ROOT, file), range, owner, field, category, confidence: 0.9, evidence: "test", ruleId: "test" };
}

function flow(file: string, line: number, service: string, category: string, sink: string): Flow {
  const range = { start: { line: line - 1, character: 4 }, end: { line: line - 1, character: 20 } };
  return { file: path.join(ROOT, file), range, callRange: range, service, serviceKind: SERVICES.get(service)?.kind ?? "http", category, sink, evidence: "x", confidence: 0.9 };
}

function section(findings: Finding[], flows: Flow[], n: Notice | undefined = notice()): DataMapSection {
  return buildSection({ notice: n, noticeLabel: n ? "privacy-notice.yaml" : undefined, findings, flows, base: ROOT, taxonomy, services: SERVICES });
}

const byKey = (s: DataMapSection, key: string) => s.categories.find((c) => c.category === key)!;

describe("data map model", () => {
  it("marks a flow declared when a recipient of the covering declaration stands for its service, undeclared otherwise", () => {
    const s = section(
      [finding("src/user.ts", 3, "User", "email", "user.contact.email")],
      [flow("src/track.ts", 5, "segment", "user.contact.email", "analytics.identify"), flow("src/track.ts", 9, "mixpanel", "user.contact.email", "mixpanel.track"), flow("src/pay.ts", 2, "stripe", "user.contact.email", "stripe.customers.create")],
    );
    const email = byKey(s, "user.contact.email");
    assert.deepStrictEqual(
      email.flows.map((f) => [f.file, f.line, f.serviceName, f.declared, f.recipient ?? null]),
      [
        ["src/pay.ts", 2, "Stripe", false, null], // payments stands for stripe, but email does not list payments
        ["src/track.ts", 5, "Segment", true, "analytics"],
        ["src/track.ts", 9, "Mixpanel", false, null],
      ],
    );
    assert.deepStrictEqual(email.fields, [{ file: "src/user.ts", line: 3, owner: "User", field: "email" }]);
    assert.deepStrictEqual(email.recipients.find((r) => r.name === "analytics"), { name: "analytics", kind: "processor", country: "US", services: ["segment"], defined: true });
    assert.deepStrictEqual(countFlows([s]), { flows: 3, undeclared: 2 });
  });

  it("declares a log flow only through a recipient with services: [log]", () => {
    const s = section([], [flow("src/a.ts", 1, "log", "user.contact.email", "logger.info"), flow("src/a.ts", 2, "log", "user.device.ip_address", "logger.warn")]);
    assert.strictEqual(byKey(s, "user.contact.email").flows[0].declared, false, "host and analytics stand for no log");
    assert.deepStrictEqual([byKey(s, "user.device.ip_address").flows[0].declared, byKey(s, "user.device.ip_address").flows[0].recipient], [true, "logs"]);
  });

  it("judges a child category's flows by its parent's declaration, and lists flows of categories no field collects", () => {
    const s = section([], [flow("src/ship.ts", 4, "stripe", "user.contact.address.city", "stripe.customers.create")]);
    const city = byKey(s, "user.contact.address.city");
    assert.deepStrictEqual([city.status, city.declaredAs, city.fields.length, city.flows[0].declared], ["covered", "user.contact.address", 0, true]);
    assert.strictEqual(city.retention, "", "the parent states no retention");
  });

  it("keeps unused declarations, and makes every flow of code no notice covers undeclared", () => {
    const s = section([finding("src/user.ts", 3, "User", "email", "user.contact.email")], []);
    assert.deepStrictEqual(
      s.categories.filter((c) => c.status === "unused").map((c) => c.category),
      ["user.contact.address", "user.device.ip_address", "user.financial.bank_account"],
    );
    const none = buildSection({ findings: [finding("src/a.ts", 1, "A", "email", "user.contact.email")], flows: [flow("src/a.ts", 2, "segment", "user.contact.email", "analytics.track")], base: ROOT, taxonomy, services: SERVICES });
    assert.deepStrictEqual([none.notice, byKey(none, "user.contact.email").status, byKey(none, "user.contact.email").flows[0].declared], [undefined, "undeclared", false]);
  });

  it("leaves exempt fields out but not flows for a field exemption (a call has no field)", () => {
    const n = notice(`${NOTICE}exemptions:\n  - { field: User.email, reason: hashed }\n`);
    const s = section([finding("src/user.ts", 3, "User", "email", "user.contact.email")], [flow("src/t.ts", 1, "segment", "user.contact.email", "analytics.identify")], n);
    assert.strictEqual(s.exemptFields, 1);
    assert.deepStrictEqual([byKey(s, "user.contact.email").fields.length, byKey(s, "user.contact.email").flows.length], [0, 1]);
  });
});

describe("data map graph", () => {
  it("gives one box per declaration, one edge per category and service, and a group for services no recipient stands for", () => {
    const s = section(
      [finding("src/address.ts", 2, "Address", "city", "user.contact.address.city"), finding("src/address.ts", 3, "Address", "street", "user.contact.address.street")],
      [
        flow("src/pay.ts", 2, "stripe", "user.contact.address.city", "stripe.customers.create"),
        flow("src/pay.ts", 3, "stripe", "user.contact.address.street", "stripe.customers.update"),
        flow("src/t.ts", 3, "mixpanel", "user.contact.address.city", "mixpanel.track"),
      ],
    );
    const g = buildGraph(s);
    assert.deepStrictEqual(g.categories.map((c) => [c.key, c.members, c.name]), [["user.contact.address", ["user.contact.address.city", "user.contact.address.street"], "covers city, street"]]);
    assert.deepStrictEqual(g.sources.map((x) => [x.label, x.owners, x.fields]), [["src/address.ts", ["Address"], 2]]);
    assert.deepStrictEqual(
      g.groups.map((x) => JSON.stringify([x.label, x.services.map((v) => v.name)])).sort(),
      [["Not in the notice", ["Mixpanel"]], ["host (processor)", []], ["payments (processor)", ["Stripe"]]].map((x) => JSON.stringify(x)),
    );
    const flowsEdges = g.edges.filter((e) => e.kind === "declared" || e.kind === "undeclared");
    assert.deepStrictEqual(
      flowsEdges.map((e) => [e.kind, e.label]),
      [["declared", "2 calls"], ["undeclared", "mixpanel.track"]],
    );
    assert.deepStrictEqual(g.edges.filter((e) => e.kind === "declared-only").map((e) => g.groups.find((x) => x.id === e.to)?.recipient), ["host"]);
    assert.strictEqual(g.edges.filter((e) => e.kind === "collects").length, 1, "two fields of one file: one edge");
  });

  it("groups collection points by folder when there are too many files", () => {
    const findings = Array.from({ length: MAX_SOURCE_NODES + 1 }, (_, i) => finding(`src/m${i % 2}/f${i}.ts`, 1, `M${i}`, "email", "user.contact.email"));
    const g = buildGraph(section(findings, []));
    assert.deepStrictEqual(g.sources.map((x) => x.label).sort(), ["src/m0/", "src/m1/"]);
    assert.strictEqual(g.sources.reduce((n, x) => n + x.fields, 0), MAX_SOURCE_NODES + 1);
  });
});

/** Names a hostile codebase could give its fields, owners, files and sinks. */
const HOSTILE = `Evil"] ; click c0 call alert(1) %% <script>alert('x')</script> & #quot; [x]{y}|z| \`tick\` \u0007end`;

function hostileSection(): DataMapSection {
  return section(
    [finding(`src/${HOSTILE}.ts`, 1, HOSTILE, `${HOSTILE}field`, "user.contact.email"), finding("src/b.ts", 2, "B", "dob", "user.demographic.date_of_birth")],
    [flow("src/t.ts", 3, "mixpanel", "user.contact.email", HOSTILE), flow("src/t.ts", 4, "segment", "user.contact.email", "analytics.identify")],
  );
}

describe("data map as Mermaid", () => {
  it("escapes every character that could end a label or become markup", () => {
    const text = mermaidText(HOSTILE);
    assert.ok(!/["<>`|[\]{}&\u0007]/.test(text), text);
    assert.ok(!/#(?!\d+;)/.test(text), "every # starts an entity code");
    assert.ok(text.includes("#34;") && text.includes("#35;quot;") && text.includes("#60;script#62;"));
  });

  it("writes a flowchart of known statements only, with balanced subgraphs, declared nodes and red dashed undeclared edges", () => {
    const m = sectionToMermaid(hostileSection());
    const lines = m.split("\n");
    assert.strictEqual(lines[0], "flowchart LR");
    const label = String.raw`"[^"\n]*"`;
    const shapes = [
      new RegExp(String.raw`^\s*subgraph \w+\[${label}\]$`),
      /^\s*end$/,
      /^\s*direction TB$/,
      new RegExp(String.raw`^\s*\w+\[${label}\](:::\w+)?$`),
      new RegExp(String.raw`^\s*\w+ (-->|==>|-\.->|-\.-)(\|${label}\|)? \w+$`),
      /^\s*linkStyle [\d,]+ [\w:#.,\- ]+$/,
      /^\s*classDef \w+ [\w:#.,\- ]+$/,
      /^\s*style \w+ [\w:#.,\- ]+$/,
    ];
    for (const line of lines.slice(1)) assert.ok(shapes.some((r) => r.test(line)), `unexpected statement: ${line}`);
    assert.strictEqual(lines.filter((l) => /^\s*subgraph /.test(l)).length, lines.filter((l) => /^\s*end$/.test(l)).length);
    assert.ok(!m.includes("<script"), "no markup from the code");

    const nodes = new Set(lines.map((l) => /^\s*(?:subgraph )?(\w+)\[/.exec(l)?.[1]).filter(Boolean));
    const edges = lines.filter((l) => / (-->|==>|-\.->|-\.-)/.test(l));
    for (const e of edges) for (const id of [e.trim().split(" ")[0], e.trim().split(" ").at(-1)]) assert.ok(nodes.has(id), `edge to an undeclared node ${id}`);
    const styled = lines.filter((l) => l.trim().startsWith("linkStyle")).flatMap((l) => l.trim().split(" ")[1].split(",").map(Number));
    assert.deepStrictEqual([...styled].sort((a, b) => a - b), edges.map((_, i) => i), "every edge styled exactly once");
    const red = lines.find((l) => l.includes("stroke:#cf222e") && l.trim().startsWith("linkStyle"))!;
    const redEdges = red.trim().split(" ")[1].split(",").map((i) => edges[Number(i)]);
    assert.ok(redEdges.length === 1 && redEdges[0].includes("-.->") && redEdges[0].includes("#34;"), redEdges.join("\n"));
    assert.match(red, /stroke-dasharray/);
    assert.match(m, /c\d+\["user\.demographic\.date_of_birth<br\/>[^"]*NOT DECLARED"\]:::undeclared/);
  });

  it("says so when there is nothing to draw", () => {
    assert.strictEqual(graphToMermaid({ sources: [], categories: [], groups: [], edges: [] }), 'flowchart LR\n  empty["No personal data found"]');
  });
});

describe("data map as SVG", () => {
  it("is well-formed XML with every label escaped, a legend and red dashed undeclared edges", () => {
    const svg = sectionToSvg(hostileSection(), { title: `Map of ${HOSTILE}` });
    assert.deepStrictEqual(wellFormedXml(svg), []);
    assert.ok(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'));
    assert.ok(!svg.includes("<script"), "no element from the code");
    assert.ok(svg.includes(xmlText("<script>alert('x')</script>")));
    for (const legend of ["collected in", "flow the notice declares", "flow the notice does not declare", "category not declared"]) assert.ok(svg.includes(`>${legend}</text>`), legend);
    const undeclared = svg.match(/<path class="edge undeclared"[^>]*>/g) ?? [];
    assert.strictEqual(undeclared.length, 1);
    assert.match(undeclared[0], /stroke="#cf222e"[^>]*stroke-dasharray/);
    assert.strictEqual((svg.match(/<path class="edge declared"/g) ?? []).length, 1);
    assert.match(svg, /<g class="node category undeclared">/);
    assert.ok(!/\u0007/.test(svg), "no character XML cannot carry");
  });

  it("escapes text for XML", () => {
    assert.strictEqual(xmlText(`a<b>&"'\u0000\ud800`), "a&lt;b&gt;&amp;&quot;&#39;  ");
  });
});

describe("data map reports", () => {
  it("puts the Mermaid diagram and the flows in the markdown, and the SVG and the flows in the HTML", () => {
    const s = hostileSection();
    const md = formatMarkdown([s], "shop");
    assert.match(md, /\n```mermaid\nflowchart LR\n[\s\S]*\n```\n/);
    assert.match(md, /2 calls hand personal data to third parties or logs; 1 of them the notice does not declare\./);
    assert.match(md, /\*\*⚠ Mixpanel: [^\n]* at src\/t\.ts:3\*\* \(not declared\)<br>Segment: analytics\.identify at src\/t\.ts:4 \|/);
    assert.ok(!md.includes("\u0007"), "no control character in the markdown");
    assert.ok(!md.includes("<script"), "no markup from the code in the markdown");

    const html = formatHtml([s], `shop ${HOSTILE}`);
    assert.match(html, /<figure class="diagram"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    assert.match(html, /<span class="undeclared-flow">⚠ Mixpanel: /);
    assert.match(html, /Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/);
    assert.ok(!/<script/i.test(html) && !/\b(src|href)=/.test(html), "self-contained: no script, nothing fetched");
    assert.deepStrictEqual(wellFormedXml(html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6)), []);
  });
});
