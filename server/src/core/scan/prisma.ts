/**
 * A small Prisma schema reader: `model` and composite `type` blocks, their fields, types and attributes.
 * Enough for classification (names, scalar types, enums, relations, @db.* column types); not a full Prisma parser.
 */
import { nameCategory, type FieldCandidate } from "../classify/classifier";
import type { RuleSet, ValueKind } from "../classify/rules";
import { emptySummary, type FileSummary, type TypeRef } from "../index/project-index";
import { objectShape } from "../index/shapes";
import type { ScanNote } from "../types";

// No prototype: keys come from the scanned code, and "constructor" or "toString" must not find Object's.
const SCALARS: Record<string, ValueKind> = Object.assign(Object.create(null), {
  String: "string",
  Int: "number",
  BigInt: "number",
  Float: "number",
  Decimal: "number",
  Boolean: "boolean",
  DateTime: "date",
  Json: "unknown",
  Bytes: "unknown",
});

const BLOCK_START = /^\s*(model|type|enum|view|datasource|generator)\s+([A-Za-z_]\w*)\s*\{/;
const FIELD = /^(\s*)([A-Za-z_]\w*)\s+([A-Za-z_]\w*(?:\([^)]*\))?)(\[\])?(\?)?(.*)$/;

export function scanPrisma(text: string, rules: RuleSet): { candidates: (FieldCandidate & { ref?: TypeRef })[]; notes: Omit<ScanNote, "file">[]; summary: FileSummary } {
  const lines = text.split(/\r?\n/).map(stripComment);
  const models = new Set<string>();
  const composites = new Set<string>();
  const enums = new Set<string>();
  const summary = emptySummary();
  const membersOf = new Map<string, string[]>();
  // (This first pass also notes the columns relations point at another model's email: see noteReferencedColumns.)
  const referenced = new Map<string, FieldCandidate["validators"][number]>();
  let model: string | undefined;
  for (const line of lines) {
    const m = BLOCK_START.exec(line);
    if (!m) {
      if (/^\s*\}/.test(line)) model = undefined;
      else if (model) noteReferencedColumns(model, line, rules, referenced);
      continue;
    }
    model = m[1] === "model" && !line.slice(m[0].length).includes("}") ? m[2] : undefined;
    if (m[1] === "model" || m[1] === "type" || m[1] === "view") {
      models.add(m[2]);
      if (m[1] === "type") composites.add(m[2]);
      summary.declarations.set(m[2], { kind: "object" });
      membersOf.set(m[2], []);
    } else if (m[1] === "enum") {
      enums.add(m[2]);
      summary.declarations.set(m[2], { kind: "enum" });
    }
  }
  const candidates: (FieldCandidate & { ref?: TypeRef })[] = [];
  const notes: Omit<ScanNote, "file">[] = [];
  let block: { kind: string; name: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!block) {
      const m = BLOCK_START.exec(line);
      // `enum Role { USER ADMIN }` opens and closes on one line.
      if (m && !line.slice(m[0].length).includes("}")) block = { kind: m[1], name: m[2], line: i };
      continue;
    }
    if (/^\s*\}/.test(line)) {
      block = undefined;
      continue;
    }
    if (block.kind !== "model" && block.kind !== "type" && block.kind !== "view") continue;
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("@@")) continue;
    const f = FIELD.exec(line);
    if (!f) continue;
    const [, indent, name, rawType, list, , attrs] = f;
    const baseType = rawType.replace(/\(.*$/, "");
    let kind: ValueKind;
    let container = false;
    if (SCALARS[baseType]) kind = SCALARS[baseType];
    else if (enums.has(baseType)) kind = "enum";
    else if (models.has(baseType)) {
      kind = "object";
      container = true;
    } else if (baseType === "Unsupported") kind = "unknown";
    else kind = "ref";
    if (list && kind !== "object") kind = "array";
    const validators: FieldCandidate["validators"] = [];
    // @db.Inet, Unsupported("inet"), @db.Date: native column types are evidence.
    const nativeTypes = [...attrs.matchAll(/@db\.(\w+)/g)].map((m) => m[1]);
    const unsupported = /^Unsupported\("([^"]+)"\)/.exec(rawType);
    if (unsupported) nativeTypes.push(unsupported[1]);
    for (const t of nativeTypes) {
      const v = rules.validatorAliases.get(t.toLowerCase());
      if (v) validators.push({ name: v, evidence: unsupported && t === unsupported[1] ? `Unsupported("${t}")` : `@db.${t}` });
      const k = rules.kindAliases.get(t.toLowerCase());
      if (k === "date" || k === "boolean") kind = k;
    }
    // A column that a relation points at another model's email (`updatedBy String` beside `updater User @relation(fields:
    // [updatedBy], references: [email])`) holds what that column holds, whatever it is called.
    const target = referenced.get(`${block.name}.${name}`);
    if (target) validators.push(target);
    const system = /@id\b|@updatedAt\b|@default\((now|autoincrement|uuid|cuid|nanoid|ulid|dbgenerated)\(/.test(attrs);
    if (/@relation\b/.test(attrs)) container = true;
    // A person's picture held as a record of its own (`image UserImage?`): the record is the picture, as an image
    // object is in TypeScript (see resolvedCandidate).
    if (container && !list && models.has(baseType) && nameCategory(name, rules) === "user.content.self_image") {
      kind = "string";
      container = false;
    }
    const col = indent.length;
    membersOf.get(block.name)?.push(name);
    candidates.push({
      // A composite type (MongoDB) is one value of the model: `address Address` is an address when its parts are.
      ref: composites.has(baseType) ? { name: baseType, array: Boolean(list) } : undefined,
      name,
      range: { start: { line: i, character: col }, end: { line: i, character: col + name.length } },
      owner: [block.name],
      kind,
      validators,
      accessor: false,
      container,
      system,
      via: `Prisma ${block.kind} field`,
    });
  }
  if (block) {
    notes.push({
      severity: "warning",
      code: "syntax-error",
      range: { start: { line: block.line, character: 0 }, end: { line: block.line, character: lines[block.line].length } },
      message: `syntax error: ${block.kind} ${block.name} is not closed with "}"`,
    });
  }
  for (const [model, members] of membersOf) summary.declarations.set(model, objectShape(members, rules));
  return { candidates, notes, summary };
}

const RELATION = /@relation\(([^)]*)\)/;

/**
 * Notes the columns a model's relation line points at another model's column of a kind validators know
 * (`references: [email]`), by `Model.column`, with the validator that kind is (not an id: `references: [id]` names no
 * kind).
 */
function noteReferencedColumns(model: string, line: string, rules: RuleSet, out: Map<string, FieldCandidate["validators"][number]>): void {
  const relation = RELATION.exec(line);
  if (!relation) return;
  const fields = /fields:\s*\[([^\]]*)\]/.exec(relation[1]);
  const references = /references:\s*\[([^\]]*)\]/.exec(relation[1]);
  const target = FIELD.exec(line);
  if (!fields || !references || !target) return;
  const local = fields[1].split(",").map((s) => s.trim());
  const remote = references[1].split(",").map((s) => s.trim());
  local.forEach((column, i) => {
    const validator = remote[i] && rules.validatorAliases.get(remote[i].toLowerCase());
    if (validator) out.set(`${model}.${column}`, { name: validator, evidence: `references ${target[3].replace(/[?[\]]/g, "")}.${remote[i]}` });
  });
}

/** Remove a `//` comment that is not inside a string literal. */
function stripComment(line: string): string {
  let inString = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"' && line[i - 1] !== "\\") inString = !inString;
    else if (!inString && c === "/" && line[i + 1] === "/") return line.slice(0, i);
  }
  return line;
}
