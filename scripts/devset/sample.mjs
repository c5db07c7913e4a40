#!/usr/bin/env node
/**
 * Draws the rows of the real-code dev set from one fetched application (a bare git mirror), independently of the
 * scanner: every field declaration the labelling guide counts (class properties and accessors, interface and
 * type-literal members anywhere, including parameter and return types, schema-builder keys, Prisma fields) is a
 * candidate. Files are drawn at random (seeded), two in three among files that declare at least one name that
 * looks personal; rows are taken from each drawn file with a cap per name across the app, until the target.
 *
 *   node scripts/devset/sample.mjs --git-dir <mirror> --app <name> [--under a,b] [--skip x,y] [--rows 220] [--seed 1]
 *
 * Writes the drawn files, unchanged, under test-fixtures/real/<app>/ and the rows to label to
 * test-fixtures/real/<app>/labels.tsv (file, line, field, owner, label, note), label left empty for the labeller.
 * `--under` keeps paths that start with one of its entries; `--skip` drops paths that contain one anywhere (a plain
 * substring, so a folder is written with its slashes: `--skip /ee/,app/ee/`, never bare `ee`, which drops `TolgeeButton.ts`).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => (arg.startsWith("--") ? [...pairs, [arg.slice(2), all[i + 1]]] : pairs), []),
);
const gitDir = args["git-dir"];
const app = args.app;
if (!gitDir || !app) throw new Error("usage: --git-dir <mirror> --app <name>");
const under = args.under ? args.under.split(",") : [];
const skip = args.skip ? args.skip.split(",") : [];
const targetRows = Number(args.rows ?? 220);
const perFile = Number(args["per-file"] ?? 14);
// A second draw (--append) adds rows to an app's set without touching the rows already there; --personal-only takes
// only names that look personal, to give the rare categories enough rows.
const append = "append" in args;
const personalOnly = "personal-only" in args;
let seed = Number(args.seed ?? 1);
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const EXT = /\.(ts|tsx|js|jsx|mjs|cjs|mts|cts|prisma)$/;
const EXCLUDED = /(^|\/)(node_modules|dist|build|out|coverage|__tests__|__mocks__|__mock__|tests?|e2e|cypress|playwright|fixtures|mocks?|stories|storybook|locales?|i18n|translations|migrations?|vendor|public|static|test[-_]?helpers?|test[-_]?utils?|__test[-_]?utils__|testing|test[-_]?support)(\/|$)|(^|\/)(mock[\w-]*|test[-_]?helpers?|test[-_]?utils?)\.[cm]?[jt]sx?$|\.(test|spec|cy|stories|story|d|min|generated|gen|mock|fixture)\.|(^|\/)(stories|story)\.[cm]?[jt]sx?$|graphql\.(ts|tsx)$|\.config\.|(^|\/)(types|fragments|queries|mutations)\.generated/i;
const PERSONAL = /mail|name|phone|mobile|fax|addr|street|city|zip|postal|postcode|country|state|region|birth|dob|\bage\b|gender|sex|pronoun|ethnic|race|religio|nation|citizen|lang|locale|\bip|ip\b|agent|browser|\bos\b|device|screen|finger|cookie|referr|url|page|lat|lng|lon|geo|locat|card|cvv|cvc|expir|iban|bic|swift|sort.?code|account|routing|bank|salary|income|pay|tax|ssn|social|passport|licen|national|document|health|medic|diagnos|allerg|disab|diet|blood|patient|insur|condition|biometric|face|selfie|photo|avatar|picture|image|criminal|convict|user|handle|login|title|job|position|compan|organi|employ|marital|orientation|politic|note|visit|search|history|contact|person|member|customer|guest|recipient|owner|author|sender/i;
const SCHEMA_CALL = /(^|\.)(object|strictObject|looseObject|Object|shape|extend|keys|define|init|Schema|pgTable|mysqlTable|sqliteTable|table|model)$/;

const git = (...argv) => execFileSync("git", ["-c", "core.quotePath=false", "--git-dir", gitDir, ...argv], { maxBuffer: 1 << 30, encoding: "utf8" });
const commit = git("rev-parse", "HEAD").trim();
const allFiles = git("ls-tree", "-r", "-l", "HEAD")
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const [meta, file] = line.split("\t");
    return { file, size: Number(meta.split(/\s+/)[3]) };
  })
  .filter(({ file, size }) => EXT.test(file) && !EXCLUDED.test(file) && size > 0 && size < 60_000)
  .filter(({ file }) => (under.length === 0 || under.some((u) => file.startsWith(u))) && !skip.some((s) => file.includes(s)))
  .map(({ file }) => file);

function nameText(name) {
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return undefined;
}

function ownerOf(node) {
  const parts = [];
  for (let p = node.parent; p; p = p.parent) {
    const n =
      ts.isInterfaceDeclaration(p) || ts.isClassLike(p) || ts.isTypeAliasDeclaration(p) || ts.isFunctionLike(p) || ts.isVariableDeclaration(p)
        ? nameText(p.name)
        : ts.isPropertySignature(p) || ts.isPropertyAssignment(p) || ts.isParameter(p)
          ? nameText(p.name)
          : undefined;
    if (n) parts.unshift(n);
    if (parts.length >= 3) break;
  }
  return parts.join(".") || "(anonymous)";
}

function declarationsOf(file, text) {
  const rows = [];
  if (file.endsWith(".prisma")) {
    let model;
    text.split("\n").forEach((line, i) => {
      const open = /^\s*(model|type|view)\s+(\w+)\s*\{/.exec(line);
      if (open) model = open[2];
      else if (/^\s*}/.test(line)) model = undefined;
      else if (model) {
        const field = /^\s*(\w+)\s+\w/.exec(line);
        if (field) rows.push({ file, line: i + 1, field: field[1], owner: model });
      }
    });
    return rows;
  }
  const kind = /\.(tsx|jsx)$/.test(file) ? ts.ScriptKind.TSX : /\.(js|mjs|cjs)$/.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, kind);
  const add = (nameNode) => {
    const field = nameText(nameNode);
    if (field === undefined) return;
    const line = source.getLineAndCharacterOfPosition(nameNode.getStart(source)).line + 1;
    rows.push({ file, line, field, owner: ownerOf(nameNode.parent) });
  };
  const inSchemaCall = (objectLiteral) => {
    let node = objectLiteral;
    // Nested keys of a Mongoose-like schema object count too: climb object literals and their property values.
    while (ts.isObjectLiteralExpression(node.parent) || ts.isPropertyAssignment(node.parent)) node = node.parent;
    const call = node.parent;
    if (!call || !ts.isCallExpression(call) && !ts.isNewExpression(call)) return false;
    const callee = call.expression.getText(source);
    return SCHEMA_CALL.test(callee.replace(/\s/g, ""));
  };
  const visit = (node) => {
    if (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isGetAccessorDeclaration(node)) add(node.name);
    else if ((ts.isPropertyAssignment(node) || ts.isShorthandPropertyAssignment(node)) && inSchemaCall(node.parent)) add(node.name);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return rows;
}

const texts = new Map();
const candidates = [];
for (const file of allFiles) {
  const text = git("show", `HEAD:${file}`);
  if (text.includes("\0")) continue;
  const rows = declarationsOf(file, text);
  if (rows.length === 0) continue;
  texts.set(file, text);
  candidates.push({ file, rows, personal: rows.some((r) => PERSONAL.test(r.field)) });
}

const shuffle = (list) => list.map((x) => [random(), x]).sort((a, b) => a[0] - b[0]).map(([, x]) => x);
const personalFiles = shuffle(candidates.filter((c) => c.personal));
const otherFiles = shuffle(candidates.filter((c) => !c.personal));
const outDir = path.resolve("test-fixtures/real", app);
// Only the final newline goes: trim() would also eat the empty label and note columns of an unlabelled last row.
const previous = append && fs.existsSync(path.join(outDir, "labels.tsv")) ? fs.readFileSync(path.join(outDir, "labels.tsv"), "utf8").replace(/\n+$/, "").split("\n").slice(1) : [];
const taken = new Set(previous.map((line) => line.split("\t").slice(0, 3).join("\t")));
const perName = new Map();
for (const line of previous) {
  const key = line.split("\t")[2].toLowerCase();
  perName.set(key, (perName.get(key) ?? 0) + 1);
}
const chosen = [];
const files = [];
while (chosen.length < targetRows && (personalFiles.length || otherFiles.length)) {
  const pick = personalOnly || (random() < 2 / 3 && personalFiles.length) || !otherFiles.length ? personalFiles.shift() : otherFiles.shift();
  if (!pick) break;
  const drawn = [];
  for (const row of shuffle(pick.rows)) {
    if (taken.has(`${row.file}\t${row.line}\t${row.field}`)) continue;
    if (personalOnly && !PERSONAL.test(row.field)) continue;
    const key = row.field.toLowerCase();
    const cap = PERSONAL.test(row.field) ? 3 : 2;
    if ((perName.get(key) ?? 0) >= cap) continue;
    perName.set(key, (perName.get(key) ?? 0) + 1);
    drawn.push(row);
    if (drawn.length >= perFile) break;
  }
  if (drawn.length === 0) continue;
  files.push(pick.file);
  chosen.push(...drawn.sort((a, b) => a.line - b.line));
}

fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const target = path.join(outDir, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, texts.get(file));
}
const tsv = ["file\tline\tfield\towner\tlabel\tnote", ...previous, ...chosen.map((r) => `${r.file}\t${r.line}\t${r.field}\t${r.owner}\t\t`)];
fs.writeFileSync(path.join(outDir, "labels.tsv"), tsv.join("\n") + "\n");
console.log(`${app} @ ${commit}: ${candidates.length} files with declarations, ${candidates.reduce((n, c) => n + c.rows.length, 0)} candidates; drew ${chosen.length} rows from ${files.length} files`);
