import * as assert from "assert";
import fc from "fast-check";
import { ts } from "ts-morph";
import { normalizeName, splitIdentifier } from "../src/core/classify/names";
import * as fs from "fs";
import { builtinRulesFile, loadRuleSet, readRuleSnapshot, ruleSetFromText, RuleFileError } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";
import { parseSuppressions } from "../src/core/scan/suppressions";
import type { Finding } from "../src/core/types";

const rules = loadRuleSet();

/** field -> category for every finding in a snippet. */
function scan(text: string, file = "model.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, text, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

function findings(text: string, file = "model.ts"): Finding[] {
  return scanSource(file, text, rules).findings;
}

describe("names", () => {
  it("splits every naming style into the same word tokens", () => {
    for (const name of ["emailAddress", "email_address", "email-address", "EMAIL_ADDRESS", "EmailAddress", "email.address"]) {
      assert.deepStrictEqual(splitIdentifier(name), ["email", "address"], name);
    }
    assert.deepStrictEqual(splitIdentifier("IPAddress"), ["ip", "address"]);
    assert.deepStrictEqual(splitIdentifier("ipv4Address"), ["ip", "address"]);
    assert.deepStrictEqual(splitIdentifier("IPv4ConfiguredAddress"), ["ip", "configured", "address"]);
    assert.deepStrictEqual(splitIdentifier("IPv6"), ["ip"]);
    assert.deepStrictEqual(splitIdentifier("addressLine1"), ["address", "line", "1"]);
    assert.deepStrictEqual(splitIdentifier("cardLast4"), ["card", "last", "4"]);
    assert.deepStrictEqual(splitIdentifier("getHTTPResponse"), ["get", "http", "response"]);
    // Accented, Nordic and German letters are their plain letters; other non-ASCII characters separate words.
    assert.deepStrictEqual(splitIdentifier("naïveName"), ["naive", "name"]);
    assert.deepStrictEqual(splitIdentifier("fødselsdatoBarn"), ["fodselsdato", "barn"]);
    assert.deepStrictEqual(splitIdentifier("Straße"), ["strasse"]);
    assert.deepStrictEqual(splitIdentifier("price€Total"), ["price", "total"]);
  });

  it("property: the one-pass splitter agrees with the rules it was written from (as regexes)", () => {
    // The definition, as it was first written: separators, then case and digit boundaries, then lower case.
    const byRegex = (name: string): string[] => {
      const out: string[] = [];
      const folded = name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ø/g, "o").replace(/ß/g, "ss");
      for (const chunk of folded.split(/[^A-Za-z0-9]+/)) {
        if (!chunk) continue;
        const parts = chunk
          .replace(/([a-z])([A-Z])/g, "$1 $2")
          .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
          .replace(/([A-Za-z])(\d)/g, "$1 $2")
          .replace(/(\d)([A-Za-z])/g, "$1 $2")
          .split(" ");
        for (const p of parts) if (p) out.push(p.toLowerCase());
      }
      return out;
    };
    const merged = (tokens: string[]) => splitIdentifier(tokens.join("_")); // version merging ("ipv 4") on both sides
    const char = fc.constantFrom(..."aAbBzZ09_-. $éÉøßü€IPXyv4".split(""));
    fc.assert(
      fc.property(fc.array(char, { maxLength: 16 }).map((a) => a.join("")), (name) => {
        assert.deepStrictEqual(splitIdentifier(name), merged(byRegex(name)), name);
      }),
      { numRuns: 5000 },
    );
  });

  it("removes accessor prefixes only where asked, and remembers predicate prefixes", () => {
    assert.deepStrictEqual(normalizeName("getEmail", true).tokens, ["email"]);
    assert.deepStrictEqual(normalizeName("getEmail", false).tokens, ["get", "email"]);
    const flag = normalizeName("isEmailVerified");
    assert.strictEqual(flag.prefix, "is");
    assert.deepStrictEqual(flag.tokens, ["email", "verified"]);
    assert.deepStrictEqual(normalizeName("emails").tokens, ["email"]);
    assert.deepStrictEqual(normalizeName("addresses").tokens, ["address"]);
  });
});

describe("scanner: where fields live", () => {
  it("reads TypeORM entities with decorators, accessors and column types", () => {
    const result = scan(`
      @Entity() export class Customer {
        @PrimaryGeneratedColumn() id: number;
        @Column() firstName: string;
        @Column({ unique: true }) email: string;
        @Column({ type: "inet", nullable: true }) lastSeenFrom: string;
        @Column() emailVerified: boolean;
        @Column() emailVerifiedAt: Date;
        @OneToOne(() => Address) address: Address;
        get fullName(): string { return this.firstName; }
        set fullName(v: string) {}
      }`);
    assert.deepStrictEqual(result, {
      "Customer.firstName": "user.name.first",
      "Customer.email": "user.contact.email",
      "Customer.lastSeenFrom": "user.device.ip_address",
      // A whole postal-address object of a person is an address (its type's name says what it holds).
      "Customer.address": "user.contact.address",
      "Customer.fullName": "user.name",
    });
    // A getter and its setter are two declaration sites.
    assert.strictEqual(findings(`class Customer { get fullName(): string { return ""; } set fullName(v: string) {} }`).length, 2);
  });

  it("lets class-validator decorators classify a field whose name says little", () => {
    const result = scan(`
      export class ContactDto {
        @IsEmail() contact: string;
        @IsCreditCard() pan: string;
        @IsIP() origin: string;
        @IsPhoneNumber("GB") reachAt: string;
        @IsBoolean() subscribed: boolean;
      }`);
    assert.deepStrictEqual(result, {
      "ContactDto.contact": "user.contact.email",
      "ContactDto.pan": "user.financial.credit_card",
      "ContactDto.origin": "user.device.ip_address",
      "ContactDto.reachAt": "user.contact.phone_number",
    });
  });

  it("reads interfaces, nested type literals and intersections", () => {
    const result = scan(`
      interface Patient { name: string; dateOfBirth: Date; address: { city: string; postcode: string } }
      type Lead = Base & { email?: string | null; company: string; jobTitle: string };`);
    assert.deepStrictEqual(result, {
      "Patient.name": "user.name",
      "Patient.dateOfBirth": "user.demographic.date_of_birth",
      // The whole address object is an address, and so is each of its parts.
      "Patient.address": "user.contact.address",
      "Patient.address.city": "user.contact.address.city",
      "Patient.address.postcode": "user.contact.address.postal_code",
      "Lead.email": "user.contact.email",
      "Lead.company": "user.contact.organization",
      "Lead.jobTitle": "user.job_title",
    });
  });

  it("reads zod, yup, Joi, valibot and TypeBox object schemas, including extend and nested objects", () => {
    const result = scan(`
      const base = z.object({ email: z.string().email() });
      export const signupSchema = base.extend({ phone: z.string(), ip: z.string().ip(), marketing: z.boolean(),
        address: z.object({ street: z.string(), zip: z.string() }) });
      const picked = signupSchema.pick({ email: true });
      const y = yup.object().shape({ dob: yup.date() });
      const j = Joi.object({ card: Joi.string().creditCard() });
      const v = object({ userEmail: pipe(string(), email()) });
      const T = Type.Object({ contact: Type.String({ format: "email" }) });`);
    assert.deepStrictEqual(result, {
      "base.email": "user.contact.email",
      "signupSchema.phone": "user.contact.phone_number",
      "signupSchema.ip": "user.device.ip_address",
      "signupSchema.address": "user.contact.address", // a whole address object (labelling guide)
      "signupSchema.address.street": "user.contact.address.street",
      "signupSchema.address.zip": "user.contact.address.postal_code",
      "y.dob": "user.demographic.date_of_birth",
      "j.card": "user.financial.credit_card",
      "v.userEmail": "user.contact.email",
      "T.contact": "user.contact.email",
    });
  });

  it("reads Mongoose, Drizzle and Sequelize definitions", () => {
    const result = scan(`
      const userSchema = new Schema({ email: { type: String, required: true }, optIn: Boolean,
        address: { city: String }, tags: [String] });
      export const sessions = pgTable("sessions", { ip: inet("ip"), userAgent: text("user_agent"), city: varchar("city") });
      const Customer = sequelize.define("customer", { surname: DataTypes.STRING, isActive: DataTypes.BOOLEAN });
      Patient.init({ nhsNumber: { type: DataTypes.STRING } }, { sequelize });`);
    assert.deepStrictEqual(result, {
      "userSchema.email": "user.contact.email",
      "userSchema.address": "user.contact.address", // a whole address object (labelling guide)
      "userSchema.address.city": "user.contact.address.city",
      "sessions.ip": "user.device.ip_address",
      "sessions.userAgent": "user.device",
      "sessions.city": "user.location.imprecise",
      "customer.surname": "user.name.last",
      "Patient.nhsNumber": "user.government_id.national_identification_number",
    });
  });

  it("reads Meteor's SimpleSchema, whose keys are paths (`profile.fullname`, `emails.$.address`), in a function body too", () => {
    const result = scan(`
      Users.attachSchema(new SimpleSchema({ username: { type: String, optional: true }, emails: { type: Array },
        "emails.$": { type: Object }, "emails.$.address": { type: String, regEx: SimpleSchema.RegEx.Email },
        "emails.$.verified": { type: Boolean }, "profile.fullname": { type: String }, "profile.boardView": { type: String } }));
      export function cardSchema() { return new SimpleSchema({ title: { type: String }, "assignee.phone": { type: String } }); }`);
    // (Each reported under the key as written, `"profile.fullname"`, classified by its last part under the path before.)
    assert.strictEqual(result["model.username"], "user.account.username");
    assert.strictEqual(result["model.emails.emails.$.address"], "user.contact.email");
    assert.strictEqual(result["model.profile.profile.fullname"], "user.name");
    assert.strictEqual(result["model.profile.profile.boardView"], undefined);
    assert.strictEqual(result["model.assignee.assignee.phone"], "user.contact.phone_number");
  });

  it("reads mongoose.Schema without new and Drizzle custom table creators in callback form", () => {
    const result = scan(`
      const createTable = pgTableCreator((name) => "app_" + name);
      export const users = createTable("user", (d) => ({ id: d.varchar().primaryKey(), email: d.varchar().notNull(),
        emailVerified: d.timestamp(), image: d.varchar() }));
      const memberSchema = mongoose.Schema({ email: { type: String, required: true }, role: String });`);
    assert.deepStrictEqual(result, {
      "users.email": "user.contact.email",
      "users.image": "user.content.self_image",
      "memberSchema.email": "user.contact.email",
    });
  });

  it("reads knex migrations' columns (createTable, alterTable, AdonisJS's this.tableName), not their drops or renames", () => {
    const result = scan(`
      exports.up = async function (knex) {
        await knex.schema.createTable("users", (table) => {
          table.increments("id");
          table.string("email", 255).notNullable().unique();
          table.date("date_of_birth");
          table.boolean("email_verified");
        });
        await knex.schema.withSchema("app").alterTable("customers", function (t) {
          t.string("last_login_ip");
          t.dropColumn("phone");
          t.renameColumn("fax", "mobile");
        });
      };
      export default class extends BaseSchema {
        protected tableName = "patients";
        async up() { this.schema.createTable(this.tableName, (table) => { table.string("full_name").notNullable(); }); }
      }
      // (Drizzle's callback form returns its columns as an object: read as ever, not as knex's.)
      export const sessions = pgTable("sessions", (t) => ({ ip: t.inet() }));`, "migration.js");
    assert.deepStrictEqual(result, {
      "users.email": "user.contact.email",
      "users.date_of_birth": "user.demographic.date_of_birth",
      "customers.last_login_ip": "user.device.ip_address",
      "patients.full_name": "user.name",
      "sessions.ip": "user.device.ip_address",
    });
    const email = findings(`exports.up = (knex) => knex.schema.createTable("users", (table) => {\n  table.string("email");\n});`, "m.js")[0];
    assert.strictEqual(email.range.start.line, 1, "reported at the column's name (zero-based line)");
    assert.match(email.evidence, /knex string\(\) column/);
    // Broken code (`this.` with no name) names no table, and the search for one ends.
    assert.deepStrictEqual(scan(`export default class extends BaseSchema { async up() {
      this.schema.createTable(this., (table) => { table.string("email") }) } }`, "broken.ts"), { "broken.email": "user.contact.email" });
    // A Sequelize migration's table is named by its string, not by the step (`up`) that creates it.
    assert.deepStrictEqual(scan(`module.exports = { up: async (queryInterface, Sequelize) => {
      await queryInterface.createTable("users", { id: { type: Sequelize.UUID }, email: { type: Sequelize.STRING } }); } };`, "m.js"), {
      "users.email": "user.contact.email",
    });
  });

  it("reads Prisma models: scalar fields, enums, native types; relations are containers", () => {
    const prisma = `
      enum Gender { FEMALE MALE OTHER }
      model User {
        id        Int      @id @default(autoincrement())
        email     String   @unique // the login
        gender    Gender?
        lastIp    String?  @db.Inet
        profile   Profile? @relation(fields: [profileId], references: [id])
        createdAt DateTime @default(now())
      }
      model Profile {
        id        Int      @id
        birthDate DateTime
      }`;
    const result = scan(prisma, "schema.prisma");
    assert.deepStrictEqual(result, {
      "User.email": "user.contact.email",
      "User.gender": "user.demographic.gender",
      "User.lastIp": "user.device.ip_address",
      "Profile.birthDate": "user.demographic.date_of_birth",
    });
    const f = findings(prisma, "schema.prisma").find((x) => x.field === "email")!;
    assert.deepStrictEqual(f.range, { start: { line: 4, character: 8 }, end: { line: 4, character: 13 } });
  });

  it("reads plain JavaScript classes that assign fields in the constructor, in CommonJS and ESM", () => {
    const js = `
      class Member { constructor(data) { this.email = data.email; this.phone = data.phone; this.active = true; } }
      module.exports = { Member };`;
    assert.deepStrictEqual(scan(js, "member.cjs"), { "Member.email": "user.contact.email", "Member.phone": "user.contact.phone_number" });
    assert.deepStrictEqual(scan(js.replace("module.exports = { Member };", "export default Member;"), "member.mjs"), {
      "Member.email": "user.contact.email",
      "Member.phone": "user.contact.phone_number",
    });
  });
});

describe("scanner: precision", () => {
  it("does not report flags, timestamps, counts, templates, ids and hashes about personal data", () => {
    const result = scan(`
      interface Account {
        emailVerified: boolean; sendEmail: boolean; emailVerifiedAt: Date; emailCount: number; emailTemplate: string;
        ipVersion: number; addressService: AddressService; className: string; fileName: string; userId: string;
        emailHash: string; hashedEmail: string; phoneFingerprint: string; isEmailConfirmed: boolean;
      }`);
    assert.deepStrictEqual(result, {});
  });

  it("uses the owner: a name on a person is a name, on a product or team it is not", () => {
    const result = scan(`
      class Recipient { name: string }
      class Attendee { name: string }
      class Product { name: string }
      class Team { name: string }
      class Webhook { name: string }
      class Warehouse { city: string }
      class Address { city: string }
      class PageViewEvent { city: string }
      class SmtpConfig { fromEmail: string; senderEmail: string }`);
    assert.deepStrictEqual(result, {
      "Recipient.name": "user.name",
      "Attendee.name": "user.name",
      "Address.city": "user.contact.address.city",
      "PageViewEvent.city": "user.location.imprecise",
    });
  });

  it("does not mistake OAuth, layout and auth fields for personal data", () => {
    const result = scan(`
      class Account { session_state?: string; expiry: Date; initialData: string; pinCode: string }
      class Field { height: number; width: number }
      interface Customer { email: string; state: "visitor" | "lead" | "customer" }`);
    assert.deepStrictEqual(result, { "Customer.email": "user.contact.email" });
  });

  it("reads an analytics location by its siblings, whatever the owner is called", () => {
    assert.deepStrictEqual(scan(`interface ILocation { remoteAddress: string; city: string; country: string; userAgent: string }`), {
      "ILocation.remoteAddress": "user.device.ip_address",
      "ILocation.city": "user.location.imprecise",
      "ILocation.country": "user.location.imprecise",
      "ILocation.userAgent": "user.device",
    });
  });

  it("settles an ambiguous name on an anonymous owner by its siblings", () => {
    assert.deepStrictEqual(scan(`const form = z.object({ name: z.string(), email: z.string().email() });`), {
      "form.name": "user.name",
      "form.email": "user.contact.email",
    });
    assert.deepStrictEqual(scan(`const form = z.object({ name: z.string(), slug: z.string() });`), {});
  });

  it("gives evidence and a confidence that rises with agreeing signals", () => {
    const [byName] = findings(`const s = z.object({ email: z.string() });`);
    const [byBoth] = findings(`const s = z.object({ email: z.string().email() });`);
    assert.ok(byBoth.confidence > byName.confidence, `${byBoth.confidence} > ${byName.confidence}`);
    assert.match(byBoth.evidence, /rule email/);
    assert.match(byBoth.evidence, /validator \.email\(\)/);
    assert.strictEqual(byBoth.ruleId, "email");
  });
});

describe("scanner: suppression, bad input and purity", () => {
  it("counts lines as the compiler does, whatever the line breaks (LF, CRLF, CR, U+2028, U+2029)", () => {
    const lines = ["class User {", "  /** the login */", "  email: string;", "", "  phone: string;", "  #ssn: string;", "}", "const oops = ;"];
    for (const eol of ["\n", "\r\n", "\r", "\u2028", "\u2029"]) {
      const text = lines.join(eol);
      const sf = ts.createSourceFile("u.ts", text, ts.ScriptTarget.Latest);
      const where = (offset: number) => sf.getLineAndCharacterOfPosition(offset);
      const result = scanSource("u.ts", text, rules);
      const expected = ["email", "phone", "ssn"].map((name) => {
        const start = text.indexOf(name);
        return { start: where(start), end: where(start + name.length) };
      });
      assert.deepStrictEqual(result.findings.map((f) => f.range), expected, JSON.stringify(eol));
      const syntax = result.notes.find((n) => n.code === "syntax-error");
      assert.strictEqual(syntax?.range?.start.line, 7, JSON.stringify(eol));
    }
  });

  it("honours next-line, line and file suppression comments, optionally per category", () => {
    const text = [
      "class User {",
      "  // privacy-lint-disable-next-line -- the login, declared elsewhere",
      "  @Column()",
      "  email: string;",
      "  phone: string; // privacy-lint-disable-line user.contact",
      "  // privacy-lint-disable-next-line user.demographic",
      "  ipAddress: string;",
      "}",
    ].join("\n");
    const result = scanSource("u.ts", text, rules);
    assert.deepStrictEqual(result.findings.map((f) => f.field), ["ipAddress"]);
    assert.deepStrictEqual(result.suppressed.map((f) => f.field), ["email", "phone"]);
    const fileLevel = scanSource("u.ts", "// privacy-lint-disable-file user.contact.email\nclass U { email: string; phone: string }", rules);
    assert.deepStrictEqual(fileLevel.findings.map((f) => f.field), ["phone"]);
    assert.strictEqual(parseSuppressions(text)[0].reason, "the login, declared elsewhere");
  });

  it("scans what it can of broken code and says so with a location", () => {
    const result = scanSource("broken.ts", "class User {\n  email: string;\n  phone: string = 'unterminated\n", rules);
    assert.deepStrictEqual(result.findings.map((f) => f.field), ["email", "phone"]);
    const note = result.notes.find((n) => n.code === "syntax-error");
    assert.ok(note && note.range, "syntax error note with a range");
  });

  it("skips binary and oversized text with one informational note", () => {
    const binary = scanSource("blob.ts", "\u0000\u0001\u0002PNG", rules);
    assert.deepStrictEqual(binary.findings, []);
    assert.strictEqual(binary.notes[0].code, "binary-file");
    const big = scanSource("big.ts", "class U { email: string }", rules, { maxFileSize: 10 });
    assert.deepStrictEqual(big.findings, []);
    assert.strictEqual(big.notes[0].code, "file-too-large");
  });

  it("treats names like constructor and toString as plain words (no Object prototype lookups)", () => {
    const result = scanSource("p.ts", "interface T { constructor: constructor; toString: string; email: __proto__ }", rules);
    assert.deepStrictEqual(result.notes, []);
    assert.deepStrictEqual(result.findings.map((f) => f.field), ["email"]);
  });

  it("depends only on the text and the rules (same input, same output)", () => {
    const text = "export interface U { email: string; dob: string }";
    assert.deepStrictEqual(scanSource("a.ts", text, rules), scanSource("a.ts", text, rules));
  });
});

describe("rules as data", () => {
  it("loads the built-in rules from the build's snapshot exactly as from the YAML, and ignores a stale snapshot", () => {
    const file = builtinRulesFile();
    const text = fs.readFileSync(file, "utf8");
    const snapshot = readRuleSnapshot(file, text);
    assert.ok(snapshot, "npm run build writes the snapshot");
    assert.deepStrictEqual(snapshot, ruleSetFromText(text, file));
    assert.strictEqual(readRuleSnapshot(file, text + "\n# edited\n"), undefined);
    assert.strictEqual(readRuleSnapshot(file + ".moved", text), undefined);
  });

  it("lets a user add a rule and a category without code", () => {
    const custom = ruleSetFromText(
      `version: 1
categories:
  - { key: user.loyalty.member_number, parent: user, description: Loyalty card number }
rules:
  - id: loyalty-number
    category: user.loyalty.member_number
    phrases: [loyalty number, loyalty card]
    owner: { unknown: accept }
`,
      "team-rules.yaml",
      rules,
    );
    const r = scanSource("m.ts", "interface Shopper { loyaltyNumber: string; email: string }", custom);
    assert.deepStrictEqual(r.findings.map((f) => [f.field, f.category]), [["loyaltyNumber", "user.loyalty.member_number"], ["email", "user.contact.email"]]);
    assert.deepStrictEqual(custom.customCategories.at(-1), { key: "user.loyalty.member_number", parent: "user", description: "Loyalty card number" });
  });

  it("a rule's owner.words make it hold only where the field or a record that holds it names one of them", () => {
    const custom = ruleSetFromText(
      `version: 1
rules:
  - id: lesson-progress
    category: user.behavior
    phrases: [progress, completed lessons]
    owner: { unknown: accept, words: [student, learner] }
`,
      "team-rules.yaml",
      rules,
    );
    const r = scanSource("m.ts", "interface StudentRecord { progress: number[] }\ninterface UploadJob { progress: number[] }\ninterface Course { learnerCompletedLessons: string[] }", custom);
    assert.deepStrictEqual(r.findings.map((f) => `${f.owner}.${f.field} ${f.category}`), ["StudentRecord.progress user.behavior", "Course.learnerCompletedLessons user.behavior"]);
    assert.throws(
      () => ruleSetFromText("version: 1\nrules:\n  - id: x\n    category: user.behavior\n    phrases: [a]\n    owner: { word: [b] }\n", "bad.yaml"),
      (e: unknown) => e instanceof RuleFileError && e.line === 6 && /unknown owner key "word"/.test(e.message),
    );
  });

  it("a rule's owner.except keeps it from holding where the field's words or an owner's head word name one of them", () => {
    const custom = ruleSetFromText(
      `version: 1
rules:
  - id: person-weight
    category: user.health_and_medical
    phrases: [weight]
    owner: { unknown: accept, except: [parcel, package] }
`,
      "team-rules.yaml",
      rules,
    );
    const r = scanSource("m.ts", "interface Patient { weight: number }\ninterface Parcel { weight: number }\ninterface Shipment { packageWeight: number }\ninterface ParcelOwner { weight: number }", custom);
    assert.deepStrictEqual(r.findings.map((f) => `${f.owner}.${f.field}`), ["Patient.weight", "ParcelOwner.weight"]);
  });

  it("rejects the same rule id twice in one file, naming both lines (a user file may still override a built-in id)", () => {
    assert.throws(
      () => ruleSetFromText("version: 1\nrules:\n  - id: x\n    category: user.behavior\n    phrases: [a]\n  - id: x\n    category: user.behavior\n    phrases: [b]\n", "dup.yaml"),
      (e: unknown) => e instanceof RuleFileError && e.line === 6 && /duplicate id \(first at line 3\)/.test(e.message),
    );
    assert.doesNotThrow(() => ruleSetFromText("version: 1\nrules:\n  - id: email\n    category: user.contact.email\n    phrases: [courriel]\n", "ok.yaml", rules));
  });

  it("reports a bad rule file with its location", () => {
    assert.throws(
      () => ruleSetFromText("version: 1\nrules:\n  - id: x\n    category: user.contact.email\n    phrase: [a]\n", "bad.yaml"),
      (e: unknown) => e instanceof RuleFileError && e.line === 5 && /unknown rule key "phrase"/.test(e.message),
    );
    assert.throws(() => ruleSetFromText("version: 1\nrules: [\n", "broken.yaml"), (e: unknown) => e instanceof RuleFileError && e.file === "broken.yaml");
  });
});
