import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadRuleSet } from "../src/core/classify/rules";
import { catalogueFromText, loadSinkCatalogue } from "../src/core/flows/catalogue";
import { RuleFileError } from "../src/core/classify/rules";
import { flowTriggers } from "../src/core/flows/triggers";
import { inventoryProject } from "../src/core/project";
import { scanSource } from "../src/core/scan/scanner";
import type { Flow } from "../src/core/types";

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

describe("the sink catalogue", () => {
  it("loads the built-in services, with the issue's ids", () => {
    const c = loadSinkCatalogue();
    for (const id of ["segment", "mixpanel", "posthog", "amplitude", "sentry", "datadog", "logrocket", "stripe", "twilio", "sendgrid", "postmark", "resend", "smtp", "hubspot", "intercom", "mailchimp", "openai", "anthropic", "aws-s3", "log"]) {
      assert.ok(c.services.has(id), id);
    }
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
