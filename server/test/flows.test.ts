import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadRuleSet } from "../src/core/classify/rules";
import { builtinSinksFile, catalogueFromText, loadSinkCatalogue, readSinkSnapshot } from "../src/core/flows/catalogue";
import { RuleFileError } from "../src/core/classify/rules";
import { flowTriggers } from "../src/core/flows/triggers";
import { planParse } from "../src/core/scan/inert-bodies";
import { inventoryProject } from "../src/core/project";
import { scanSource } from "../src/core/scan/scanner";
import type { Flow } from "../src/core/types";
import { runCli } from "./cli-helpers";

const rules = loadRuleSet();

/** The flows of one file scanned alone, as `line service category` (1-based line of the data). */
function flowsOf(code: string, file = "/app/src/service.ts"): string[] {
  const result = scanSource(file, code, rules);
  return (result.flows ?? []).map(show);
}

function show(f: Flow): string {
  return `${f.range.start.line + 1} ${f.service} ${f.category}`;
}

describe("flows: sinks and what reaches them", () => {
  it("finds the issue's examples: analytics traits, a Stripe customer, an LLM prompt with a patient's notes", () => {
    const flows = flowsOf(`
import Analytics from "@segment/analytics-node";
import Stripe from "stripe";
import OpenAI from "openai";
const analytics = new Analytics({ writeKey: process.env.SEGMENT_KEY! });
const stripe = new Stripe(process.env.STRIPE_KEY!);
const openai = new OpenAI();
export async function signUp(user: { id: string; email: string; phone: string }) {
  analytics.identify({ userId: user.id, traits: { email: user.email } });
  await stripe.customers.create({ phone: user.phone });
}
export async function summarise(patient: { diagnosis: string }) {
  const prompt = \`Summarise: \${patient.diagnosis}\`;
  return openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: prompt }] });
}
`);
    assert.deepStrictEqual(flows, ["9 segment user.contact.email", "10 stripe user.contact.phone_number", "14 openai user.health_and_medical"]);
  });

  it("stays quiet on the issue's negatives", () => {
    const flows = flowsOf(`
import Analytics from "@segment/analytics-node";
import * as Sentry from "@sentry/node";
import sgMail from "@sendgrid/mail";
import { createHash } from "crypto";
const analytics = new Analytics({ writeKey: "k" });
function track(event: string, props: object) { sessionStorage.setItem(event, JSON.stringify(props)); }
export async function handler(user: { id: string; email: string; emailVerified: boolean }, plan: string, err: Error) {
  analytics.track({ userId: user.id, event: "Button Clicked", properties: { plan } });
  Sentry.captureException(err);
  analytics.identify({ userId: createHash("sha256").update(user.email).digest("hex") });
  analytics.identify({ userId: user.id, traits: { emailHash: hashEmail(user.email), emailVerified: user.emailVerified } });
  await sgMail.send({ to: "support@acme.com", from: process.env.EMAIL_FROM, templateId: "d-123", subject: "Welcome" });
  track("Signed up", { email: user.email });
}
declare function hashEmail(e: string): string;
`);
    assert.deepStrictEqual(flows, []);
  });

  it("reads require(), destructured requires, constructor-injected clients and class fields", () => {
    const flows = flowsOf(
      `
const twilio = require("twilio")(process.env.SID, process.env.TOKEN);
const { Resend } = require("resend");
const resend = new Resend(process.env.RESEND_KEY);
class Notifier {
  constructor(stripe) { this.stripe = stripe; }
  async remind(customer) {
    await twilio.messages.create({ to: customer.phone, body: "Your visit is tomorrow" });
    await resend.emails.send({ to: customer.email, subject: "Reminder" });
  }
}
module.exports = { Notifier };
`,
      "/app/src/notify.cjs",
    );
    assert.deepStrictEqual(flows, ["8 twilio user.contact.phone_number", "9 resend user.contact.email"]);
    const nest = flowsOf(`
import Stripe from "stripe";
import { Injectable, Logger } from "@nestjs/common";
@Injectable()
export class BillingService {
  private readonly logger = new Logger(BillingService.name);
  constructor(private readonly stripe: Stripe) {}
  async create(dto: { email: string; name: string }) {
    this.logger.log(\`creating customer \${dto.email}\`);
    return this.stripe.customers.create({ email: dto.email, name: dto.name });
  }
}
`);
    assert.deepStrictEqual(nest, ["9 log user.contact.email", "10 stripe user.contact.email", "10 stripe user.name"]);
  });

  it("follows values built earlier in the same function, spreads, concatenation and serialisers", () => {
    const flows = flowsOf(`
import mixpanel from "mixpanel";
import pino from "pino";
const logger = pino();
export function sync(user: { email: string; dateOfBirth: string; firstName: string }) {
  const traits = { email: user.email };
  mixpanel.people.set(user.firstName + " " + traits.email, { ...traits });
  logger.info("profile " + JSON.stringify({ dob: user.dateOfBirth }));
}
`);
    assert.deepStrictEqual(flows, ["7 mixpanel user.name.first", "7 mixpanel user.contact.email", "8 log user.demographic.date_of_birth"]);
  });

  it("reports raw HTTP to a catalogued host as that service, to another external host as http, and not to the app's own API", () => {
    const flows = flowsOf(`
import axios from "axios";
const CRM = "https://hooks.crm.example-partner.io";
const api = axios.create({ baseURL: "https://api.hubapi.com" });
export async function push(contact: { email: string; phone: string }) {
  await fetch("https://api.mixpanel.com/engage", { method: "POST", headers: { "x-email": contact.email }, body: JSON.stringify({ $email: contact.email }) });
  await axios.post(\`\${CRM}/contacts\`, { phone: contact.phone });
  await api.post("/crm/v3/objects/contacts", { properties: { email: contact.email } });
  await fetch("/api/contacts", { method: "POST", body: JSON.stringify(contact) });
  await fetch("http://localhost:3000/contacts", { method: "POST", body: JSON.stringify({ email: contact.email }) });
}
`);
    assert.deepStrictEqual(flows, ["6 mixpanel user.contact.email", "7 http user.contact.phone_number", "8 hubspot user.contact.email"]);
  });

  it("treats analytics properties as a tracked visit, AI free text as content, and one name from its parts", () => {
    const flows = flowsOf(
      `
import posthog from "posthog-js";
import Anthropic from "@anthropic-ai/sdk";
const anthropic = new Anthropic();
export function pageView(url, referrer) { posthog.capture("$pageview", { $current_url: url, $referrer: referrer }); }
export async function reply(ticket, user) {
  return anthropic.messages.create({ messages: [{ role: "user", content: \`\${user.firstName} \${user.lastName} wrote: \${ticket.body}\` }] });
}
`,
      "/app/src/a.js",
    );
    assert.deepStrictEqual(flows, ["5 posthog user.behavior.browsing_history", "7 anthropic user.name", "7 anthropic user.content"]);
  });

  it("a browser global is a client only when the file does not shadow it; window.gtag is gtag", () => {
    assert.deepStrictEqual(flowsOf(`export function t(u) { window.gtag("set", "user_data", { email: u.email }); }`, "/a/x.js"), ["1 google-analytics user.contact.email"]);
    assert.deepStrictEqual(flowsOf(`const mixpanel = { track() {} }; export function t(u) { mixpanel.track("x", { email: u.email }); }`, "/a/x.js"), []);
  });

  it("a suppression comment with the category silences the flow", () => {
    const flows = flowsOf(`
export function f(user: { email: string }) {
  // privacy-lint-disable-next-line user.contact.email -- the support log is kept 7 days
  console.log("login", user.email);
  console.log("logout", user.email);
}
`);
    assert.deepStrictEqual(flows, ["5 log user.contact.email"]);
  });

  it("a logger known only by its name and a level method is a log; a `log` that is data is not", () => {
    assert.deepStrictEqual(flowsOf(`export class S { constructor(private logger: any) {} f(u: { email: string }) { this.logger.warn({ email: u.email }); } }`), ["1 log user.contact.email"]);
    assert.deepStrictEqual(flowsOf(`export function f(log: { entries: string[] }, u: { email: string }) { log.entries.push(u.email); }`), []);
  });
});

describe("flows across files (the project pass)", () => {
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-flows-"));
    const write = (rel: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    };
    write("src/lib/analytics.ts", `import { PostHog } from "posthog-node";\nexport const analytics = new PostHog(process.env.POSTHOG_KEY!);\n`);
    write("src/lib/logger.js", `const pino = require("pino");\nconst logger = pino();\nmodule.exports = logger;\n`);
    write("src/models/patient.ts", `export interface Patient {\n  id: string;\n  fullName: string;\n  email: string;\n  diagnosis: string;\n}\n`);
    write(
      "src/visits.ts",
      `import { analytics } from "./lib/analytics";
import type { Patient } from "./models/patient";
const logger = require("./lib/logger");
export function checkIn(patient: Patient) {
  analytics.capture({ distinctId: patient.id, event: "checked_in", properties: { email: patient.email } });
  logger.info(JSON.stringify(patient));
}
`,
    );
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("resolves a client exported from another file and a whole record's type declared in another", async () => {
    const result = await inventoryProject(dir, { maxWorkers: 1 });
    const flows = result.flows.map((f) => `${path.relative(dir, f.file)}:${f.range.start.line + 1} ${f.service} ${f.category} ${f.sink}`);
    assert.deepStrictEqual(flows, [
      "src/visits.ts:5 posthog user.contact.email analytics.capture",
      "src/visits.ts:6 log user.contact.email logger.info",
      "src/visits.ts:6 log user.health_and_medical logger.info",
      "src/visits.ts:6 log user.name logger.info",
    ]);
  });
});

describe("flows: the project's own sink catalogue", function () {
  this.timeout(120_000);
  it("a sink file listed under ruleFiles adds a service: flows to it are found (threads and all) and a recipient may name it", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-sinkfile-"));
    try {
      fs.writeFileSync(path.join(dir, ".privacy-lint.yaml"), "ruleFiles: [acme-sinks.yaml]\n");
      fs.writeFileSync(path.join(dir, "acme-sinks.yaml"), 'version: 1\nservices:\n  acme-crm:\n    name: Acme CRM\n    kind: crm\n    modules: ["@acme/crm"]\n');
      fs.mkdirSync(path.join(dir, "src"));
      // Enough files for the thread pool: the custom service must not be blanked away by a reader thread.
      for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, "src", `f${i}.ts`), `export const x${i} = ${i};\n`);
      fs.writeFileSync(path.join(dir, "src", "sync.ts"), `import crm from "@acme/crm";\nexport function sync(lead: { email: string }) {\n  crm.contacts.upsert({ email: lead.email });\n}\n`);
      fs.writeFileSync(path.join(dir, "privacy-notice.yaml"), "version: 1\nrecipients:\n  acme: { kind: processor, services: [acme-crm] }\ncategories:\n  user.contact.email:\n    purposes: [crm]\n    basis: contract\n    retention: { period: P1Y }\n    recipients: [acme]\n");
      const flows = runCli(["flows", dir, "--format", "json", "--max-workers", "2"]);
      assert.strictEqual(flows.code, 0, flows.stderr);
      assert.deepStrictEqual(JSON.parse(flows.stdout).flows.map((f: { line: number; service: string; category: string }) => `${f.line} ${f.service} ${f.category}`), ["3 acme-crm user.contact.email"]);
      const check = runCli(["check", dir, "--format", "json", "--fail-on", "none"]);
      assert.strictEqual(check.code, 0, check.stderr);
      assert.ok(!/undeclared-recipient|unknown service|acme-crm/.test(check.stdout), check.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("flows: bad input ends in bounded time", () => {
  it("a call with 10,000 arguments", () => {
    const args = Array.from({ length: 10_000 }, (_, i) => `user.email${i % 7 === 0 ? "" : i}`).join(", ");
    const flows = flowsOf(`export function f(user: any) { console.log(${args}); }`);
    assert.deepStrictEqual(flows, ["1 log user.contact.email"]);
  });

  it("a 5,000-deep member chain", () => {
    const chain = "a" + ".b".repeat(5_000);
    const result = scanSource("/a/deep.ts", `export function f(user: any) { console.log(${chain}.email, user.email); ${chain}.log(user.email); }`, rules);
    assert.ok(!result.notes.some((n) => n.code === "scan-failed"), JSON.stringify(result.notes));
  });

  it("a logger call inside a 1 MB minified file", () => {
    const filler = Array.from({ length: 20_000 }, (_, i) => `function f${i}(a){return a+${i}}`).join(";");
    const code = `${filler};function g(u){console.log("x",u.email)}`;
    assert.ok(code.length > 500_000);
    const result = scanSource("/a/bundle.min.js", code, rules);
    assert.deepStrictEqual((result.flows ?? []).map(show), ["1 log user.contact.email"]);
  });
});

describe("flows: which bodies are parsed", () => {
  it("a body is kept for a sink call that may pass data, and blanked for one that passes only literals, counters and errors", () => {
    const code = (call: string) => `import { Logger } from "@nestjs/common";\nexport class S {\n  private logger = new Logger("S");\n  run(items: string[], email: string) {\n    for (let i = 0; i < items.length; i++) ${call};\n  }\n}\n`;
    const kept = (call: string) => {
      const plan = planParse(code(call));
      return plan.kind !== "blanked" || plan.text.includes(call);
    };
    assert.strictEqual(kept("this.logger.warn(`skipping item ${i}`)"), false);
    assert.strictEqual(kept('this.logger.error("failed", err)'), false);
    assert.strictEqual(kept("this.logger.info(`signed up ${email}`)"), true);
    assert.strictEqual(kept("this.logger.info({ items })"), true);
  });
});

describe("the sink catalogue", () => {
  it("loads the built-in services, with the issue's ids", () => {
    const c = loadSinkCatalogue();
    for (const id of ["segment", "mixpanel", "posthog", "amplitude", "sentry", "datadog", "logrocket", "stripe", "twilio", "sendgrid", "postmark", "resend", "smtp", "hubspot", "intercom", "mailchimp", "openai", "anthropic", "aws-s3", "log"]) {
      assert.ok(c.services.has(id), id);
    }
  });

  it("loads the built-in catalogue from the build's snapshot exactly as from the YAML (shared services too), and ignores a stale snapshot", () => {
    const file = builtinSinksFile();
    const text = fs.readFileSync(file, "utf8");
    const snapshot = readSinkSnapshot(file, text);
    assert.ok(snapshot, "npm run build writes the snapshot");
    assert.deepStrictEqual(snapshot, catalogueFromText(text, file));
    assert.strictEqual(snapshot.byModule.get("stripe"), snapshot.services.get("stripe"), "the index points at the services' own objects");
    assert.strictEqual(readSinkSnapshot(file, text + "\n# edited\n"), undefined);
    assert.strictEqual(readSinkSnapshot(file + ".moved", text), undefined);
  });

  it("reports a bad catalogue file with its line", () => {
    assert.throws(() => catalogueFromText("version: 1\nservices:\n  acme:\n    kind: telepathy\n", "extra.yaml"), (e: unknown) => e instanceof RuleFileError && e.line === 4 && /kind must be one of/.test(e.message));
    assert.throws(() => catalogueFromText("version: 1\nservices:\n  acme:\n    kind: crm\n    modul: [x]\n", "extra.yaml"), (e: unknown) => e instanceof RuleFileError && e.line === 5 && /unknown key "modul"/.test(e.message));
    assert.throws(() => catalogueFromText("services: [\n", "broken.yaml"), RuleFileError);
  });

  it("an extra file adds a service that the extractor then finds", () => {
    const c = catalogueFromText("version: 1\nservices:\n  acme-crm:\n    name: Acme CRM\n    kind: crm\n    modules: [\"@acme/crm\"]\n", "extra.yaml", loadSinkCatalogue());
    assert.strictEqual(c.services.get("acme-crm")?.kind, "crm");
    assert.ok(c.services.has("segment"));
    assert.ok(flowTriggers(`import crm from "@acme/crm";`, c).words.has("crm"));
  });
});
