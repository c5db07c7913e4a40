/**
 * Deterministic generator of the benchmark corpus: a large, varied TypeScript code base (entities, DTOs, zod schemas,
 * interfaces, mongoose models, services and controllers with real logic, utilities), written to `.bench-corpus/`.
 * Same seed, same bytes: runs are comparable across machines and commits.
 */
import * as fs from "fs";
import * as path from "path";
import { prng } from "../test/prng";

export const CORPUS_VERSION = 3;

const DOMAINS = ["billing", "accounts", "shipping", "crm", "hr", "clinic", "events", "support", "catalog", "analytics", "payments", "identity", "marketing", "booking", "school", "insurance"];
const ENTITIES = [
  "Customer", "Invoice", "Shipment", "Patient", "Employee", "Product", "Order", "Ticket", "Attendee", "Subscription", "Payment", "Member",
  "Vendor", "Appointment", "Student", "Policy", "Claim", "Lead", "Contact", "Warehouse", "Coupon", "Review", "Session", "Device", "Address",
  "Contract", "Donation", "Applicant", "Visitor", "Team", "Webhook", "Template", "Folder", "Course", "Enrollment", "Refund", "Driver", "Guest",
];
const PERSONAL_FIELDS: [string, string][] = [
  ["email", "string"], ["firstName", "string"], ["lastName", "string"], ["fullName", "string"], ["phoneNumber", "string"], ["mobile", "string"],
  ["dateOfBirth", "Date"], ["birthYear", "number"], ["gender", "string"], ["nationality", "string"], ["streetAddress", "string"], ["city", "string"],
  ["postalCode", "string"], ["country", "string"], ["ipAddress", "string"], ["userAgent", "string"], ["deviceId", "string"], ["iban", "string"],
  ["cardLast4", "string"], ["ssn", "string"], ["passportNumber", "string"], ["jobTitle", "string"], ["salary", "number"], ["allergies", "string[]"],
  ["religion", "string"], ["maritalStatus", "string"], ["username", "string"], ["avatarUrl", "string"], ["latitude", "number"], ["longitude", "number"],
  ["emergencyContactName", "string"], ["taxId", "string"], ["bloodType", "string"], ["preferredLanguage", "string"],
];
const PLAIN_FIELDS: [string, string][] = [
  ["id", "string"], ["createdAt", "Date"], ["updatedAt", "Date"], ["status", "Status"], ["amount", "number"], ["currency", "string"], ["quantity", "number"],
  ["sku", "string"], ["title", "string"], ["description", "string"], ["version", "number"], ["isActive", "boolean"], ["emailVerified", "boolean"],
  ["sendEmail", "boolean"], ["emailTemplate", "string"], ["priority", "number"], ["tags", "string[]"], ["notes", "string"], ["externalRef", "string"],
  ["retryCount", "number"], ["fileName", "string"], ["className", "string"], ["ipVersion", "number"], ["totalCents", "number"], ["dueDate", "Date"],
  ["expiresAt", "Date"], ["slug", "string"], ["locale", "string"], ["timezone", "string"], ["score", "number"], ["weight", "number"], ["channel", "string"],
];
const VERBS = ["load", "sync", "validate", "normalise", "export", "reconcile", "archive", "notify", "merge", "compute", "refresh", "import", "score", "match"];

class Gen {
  constructor(private readonly r: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.r() * (hi - lo + 1));
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.r() * xs.length)];
  }
  some<T>(xs: readonly T[], n: number): T[] {
    const copy = [...xs];
    const out: T[] = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.r() * copy.length), 1)[0]);
    return out;
  }
  fields(): [string, string][] {
    return [...this.some(PERSONAL_FIELDS, this.int(2, 8)), ...this.some(PLAIN_FIELDS, this.int(3, 9))].sort(() => this.r() - 0.5);
  }
}

function pascal(s: string): string {
  return s[0].toUpperCase() + s.slice(1);
}

function decoratorFor(type: string, name: string, g: Gen): string {
  if (type === "Date") return g.pick(["@Column({ type: 'timestamptz' })", "@CreateDateColumn()", "@Column()"]);
  if (type === "number") return g.pick(["@Column('int')", "@Column({ type: 'numeric', precision: 12, scale: 2 })"]);
  if (type === "boolean") return "@Column({ default: false })";
  if (type.endsWith("[]")) return "@Column('simple-array')";
  if (name === "id") return "@PrimaryGeneratedColumn('uuid')";
  if (name === "ipAddress") return "@Column({ type: 'inet' })";
  return g.pick(["@Column()", "@Column({ length: 255 })", "@Column({ nullable: true })", "@Index()\n  @Column()"]);
}

function entity(g: Gen, name: string): string {
  const fields = g.fields();
  const rel = g.pick(ENTITIES);
  return `import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { ${rel} } from "./${rel.toLowerCase()}.entity";

export enum Status {
  Draft = "draft",
  Active = "active",
  Suspended = "suspended",
  Closed = "closed",
}

/** ${name}: persisted by the ${g.pick(DOMAINS)} module. */
@Entity({ name: "${name.toLowerCase()}s" })
export class ${name}Entity {
${fields.map(([f, t]) => `  ${decoratorFor(t, f, g)}\n  ${f}${g.int(0, 3) === 0 ? "?" : "!"}: ${t};\n`).join("\n")}
  @ManyToOne(() => ${rel}, { nullable: true, onDelete: "SET NULL" })
  parent?: ${rel};

  get displayLabel(): string {
    return [${fields.filter(([, t]) => t === "string").slice(0, 2).map(([f]) => `this.${f}`).join(", ") || '"n/a"'}].filter(Boolean).join(" ");
  }

  isExpired(now: Date = new Date()): boolean {
    const created = this.${fields.find(([, t]) => t === "Date")?.[0] ?? "constructor"} as unknown as Date | undefined;
    if (!created) return false;
    return now.getTime() - new Date(created).getTime() > ${g.int(7, 400)} * 24 * 3600 * 1000;
  }
}
`;
}

function validatorFor(name: string, type: string): string {
  if (name === "email") return "@IsEmail()";
  if (name.toLowerCase().includes("phone") || name === "mobile") return "@IsPhoneNumber()";
  if (name === "ipAddress") return "@IsIP()";
  if (type === "Date") return "@IsDateString()";
  if (type === "number") return "@IsInt()\n  @Min(0)";
  if (type === "boolean") return "@IsBoolean()";
  if (type.endsWith("[]")) return "@IsArray()\n  @IsString({ each: true })";
  return "@IsString()\n  @MaxLength(" + (64 + name.length * 7) + ")";
}

function dto(g: Gen, name: string): string {
  const fields = g.fields();
  const kind = g.pick(["Create", "Update", "Register", "Import"]);
  return `import { IsArray, IsBoolean, IsDateString, IsEmail, IsInt, IsIP, IsOptional, IsPhoneNumber, IsString, MaxLength, Min } from "class-validator";
import { ApiProperty } from "@nestjs/swagger";

export class ${kind}${name}Dto {
${fields
  .map(([f, t]) => {
    const opt = g.int(0, 2) === 0;
    return `  @ApiProperty({ required: ${!opt}, description: "${f} of the ${name.toLowerCase()}" })\n  ${opt ? "@IsOptional()\n  " : ""}${validatorFor(f, t)}\n  ${f}${opt ? "?" : "!"}: ${t === "Status" ? "string" : t};\n`;
  })
  .join("\n")}}

export class ${name}ResponseDto {
  id!: string;
  ${fields.slice(0, 3).map(([f, t]) => `${f}!: ${t === "Status" ? "string" : t};`).join("\n  ")}
  links!: { self: string; related: string[] };
}
`;
}

function zodType(name: string, type: string, g: Gen): string {
  if (name === "email") return "z.string().email()";
  if (name === "ipAddress") return "z.string().ip()";
  if (type === "Date") return g.pick(["z.coerce.date()", "z.string().datetime()"]);
  if (type === "number") return `z.number().int().min(0).max(${g.int(10, 100000)})`;
  if (type === "boolean") return "z.boolean().default(false)";
  if (type.endsWith("[]")) return "z.array(z.string()).max(50)";
  if (type === "Status") return 'z.enum(["draft", "active", "closed"])';
  return `z.string().min(1).max(${g.int(20, 500)})${g.int(0, 1) ? ".trim()" : ""}`;
}

function schema(g: Gen, name: string): string {
  const fields = g.fields();
  const extra = g.some(PERSONAL_FIELDS, 2);
  return `import { z } from "zod";

export const ${name}Schema = z.object({
${fields.map(([f, t]) => `  ${f}: ${zodType(f, t, g)}${g.int(0, 3) === 0 ? ".optional()" : ""},`).join("\n")}
});

export const ${name}PatchSchema = ${name}Schema.partial().extend({
${extra.map(([f, t]) => `  ${f}: ${zodType(f, t, g)}.nullable(),`).join("\n")}
});

export type ${name} = z.infer<typeof ${name}Schema>;
export type ${name}Patch = z.infer<typeof ${name}PatchSchema>;

export function parse${name}(input: unknown): ${name} {
  const result = ${name}Schema.safeParse(input);
  if (!result.success) {
    const issues = result.error.issues.map((i) => \`\${i.path.join(".")}: \${i.message}\`);
    throw new Error(\`invalid ${name.toLowerCase()}: \${issues.join("; ")}\`);
  }
  return result.data;
}
`;
}

function types(g: Gen, name: string): string {
  const fields = g.fields();
  const nested = g.some(PERSONAL_FIELDS, 3);
  return `export type ${name}Id = string & { readonly __brand: "${name}Id" };

export interface ${name}Record {
${fields.map(([f, t]) => `  ${g.int(0, 4) === 0 ? "readonly " : ""}${f}${g.int(0, 2) === 0 ? "?" : ""}: ${t === "Status" ? '"draft" | "active" | "closed"' : t};`).join("\n")}
  meta: {
${nested.map(([f, t]) => `    ${f}: ${t};`).join("\n")}
    source: "import" | "api" | "ui";
  };
}

export type ${name}Summary = Pick<${name}Record, ${fields.slice(0, 2).map(([f]) => `"${f}"`).join(" | ")}> & { count: number };

export interface ${name}Repository {
  findById(id: ${name}Id): Promise<${name}Record | undefined>;
  search(query: { text?: string; limit?: number; offset?: number }): Promise<${name}Record[]>;
  save(record: ${name}Record): Promise<void>;
}
`;
}

function mongoose(g: Gen, name: string): string {
  const fields = g.fields();
  const mType = (t: string) => (t === "Date" ? "Date" : t === "number" ? "Number" : t === "boolean" ? "Boolean" : t.endsWith("[]") ? "[String]" : "String");
  return `import { Schema, model } from "mongoose";

const ${name}Schema = new Schema(
  {
${fields.map(([f, t]) => `    ${f}: { type: ${mType(t)}${g.int(0, 1) ? ", required: true" : ""}${t === "string" && g.int(0, 2) === 0 ? ", trim: true" : ""} },`).join("\n")}
  },
  { timestamps: true, collection: "${name.toLowerCase()}s" },
);

${name}Schema.index({ ${fields[0][0]}: 1 });
${name}Schema.virtual("label").get(function (this: Record<string, unknown>) {
  return String(this.${fields[0][0]} ?? "");
});

export const ${name}Model = model("${name}", ${name}Schema);
`;
}

function service(g: Gen, name: string): string {
  const fields = g.fields();
  const methods = g.some(VERBS, g.int(4, 8));
  const body = (verb: string) => {
    const f = g.pick(fields)[0];
    const n = g.int(2, 9);
    return `  async ${verb}${name}s(items: ${name}Input[], options: { dryRun?: boolean; batch?: number } = {}): Promise<Result> {
    const batch = options.batch ?? ${n * 25};
    const seen = new Map<string, number>();
    let changed = 0;
    for (let i = 0; i < items.length; i += batch) {
      const slice = items.slice(i, i + batch);
      for (const item of slice) {
        const key = String(item.${f} ?? "").trim().toLowerCase();
        if (!key) {
          this.logger.warn(\`${verb}: skipping ${name.toLowerCase()} without ${f} at index \${i}\`);
          continue;
        }
        const count = (seen.get(key) ?? 0) + 1;
        seen.set(key, count);
        if (count > ${n}) throw new Error(\`too many duplicates of \${key}\`);
        switch (item.kind) {
          case "new":
            changed += options.dryRun ? 0 : await this.repo.insert(item);
            break;
          case "update":
            changed += options.dryRun ? 0 : await this.repo.update(item.id, { ...item, updatedAt: new Date() });
            break;
          default:
            this.metrics.increment("${verb}.ignored", { reason: item.kind ?? "unknown" });
        }
      }
      await this.delay(${g.int(0, 50)});
    }
    return { changed, unique: seen.size, ratio: items.length ? seen.size / items.length : 0 };
  }
`;
  };
  return `import { Injectable, Logger } from "@nestjs/common";
import type { ${name}Repository } from "../types/${name.toLowerCase()}.types";

interface ${name}Input {
  id: string;
  kind?: "new" | "update" | "delete";
${fields.map(([f, t]) => `  ${f}?: ${t === "Status" ? "string" : t};`).join("\n")}
}

interface Result {
  changed: number;
  unique: number;
  ratio: number;
}

@Injectable()
export class ${name}Service {
  private readonly logger = new Logger(${name}Service.name);
  private readonly cache = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly repo: ${name}Repository & { insert(x: unknown): Promise<number>; update(id: string, x: unknown): Promise<number> },
    private readonly metrics: { increment(name: string, tags?: Record<string, string>): void },
  ) {}

${methods.map(body).join("\n")}
  private async delay(ms: number): Promise<void> {
    if (ms <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, ms));
  }

  cached<T>(key: string, ttlMs: number, compute: () => T): T {
    const hit = this.cache.get(key);
    const now = Date.now();
    if (hit && hit.expires > now) return hit.value as T;
    const value = compute();
    this.cache.set(key, { value, expires: now + ttlMs });
    return value;
  }
}
`;
}

function util(g: Gen, name: string): string {
  const consts = Array.from({ length: g.int(5, 14) }, (_, i) => `  ${g.pick(VERBS).toUpperCase()}_${i}: ${g.int(1, 9999)},`);
  return `/** Helpers for ${name.toLowerCase()} formatting and maths. */
export const LIMITS = {
${consts.join("\n")}
} as const;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function formatMoney(cents: number, currency = "${g.pick(["EUR", "USD", "GBP"])}"): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(cents);
  return \`\${sign}\${(abs / 100).toFixed(2)} \${currency}\`;
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export const ${name.toLowerCase()}Keys = (prefix: string) => ({
  all: [prefix] as const,
  list: (page: number) => [prefix, "list", page] as const,
  detail: (id: string) => [prefix, "detail", id] as const,
});
`;
}

const KINDS: { kind: string; suffix: string; make: (g: Gen, name: string) => string; weight: number }[] = [
  { kind: "entities", suffix: ".entity.ts", make: entity, weight: 3 },
  { kind: "dto", suffix: ".dto.ts", make: dto, weight: 3 },
  { kind: "schemas", suffix: ".schema.ts", make: schema, weight: 2 },
  { kind: "types", suffix: ".types.ts", make: types, weight: 2 },
  { kind: "models", suffix: ".model.ts", make: mongoose, weight: 1 },
  { kind: "services", suffix: ".service.ts", make: service, weight: 3 },
  { kind: "utils", suffix: ".utils.ts", make: util, weight: 1 },
];

export interface CorpusInfo {
  dir: string;
  files: number;
  bytes: number;
  reused: boolean;
}

/** Generates the corpus into `dir` unless a complete one of this version is already there. */
export function ensureCorpus(dir: string, fileCount = 5200, seed = 20240601): CorpusInfo {
  const stamp = path.join(dir, ".complete.json");
  try {
    const info = JSON.parse(fs.readFileSync(stamp, "utf8")) as { version: number; files: number; bytes: number; seed: number };
    if (info.version === CORPUS_VERSION && info.files === fileCount && info.seed === seed) return { dir, files: info.files, bytes: info.bytes, reused: true };
  } catch {
    // absent or stale: regenerate
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const g = new Gen(prng(seed));
  const weighted = KINDS.flatMap((k) => Array.from({ length: k.weight }, () => k));
  let bytes = 0;
  for (let i = 0; i < fileCount; i++) {
    const domain = DOMAINS[i % DOMAINS.length];
    const k = g.pick(weighted);
    const name = `${g.pick(ENTITIES)}${pascal(g.pick(VERBS))}${i}`;
    const file = path.join(dir, "packages", domain, "src", k.kind, `${name.toLowerCase()}${k.suffix}`);
    const text = k.make(g, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    bytes += Buffer.byteLength(text);
  }
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bench-corpus", private: true }, null, 2) + "\n");
  fs.writeFileSync(stamp, JSON.stringify({ version: CORPUS_VERSION, files: fileCount, bytes, seed }) + "\n");
  return { dir, files: fileCount, bytes, reused: false };
}
