/**
 * Scanner: extracts field declarations from one file's text and classifies them. A file's findings depend only on its
 * text and the rules (and, for fields typed by a name declared elsewhere, on the project index: see index/), so the
 * editor can rescan one file per keystroke and the CLI can scan files in any order or thread.
 *
 * TypeScript/JavaScript is parsed with the TypeScript parser bundled in ts-morph (no program, no type checker) and walked
 * with `ts.forEachChild` (walk.ts); Prisma schemas have their own small parser (prisma.ts).
 */
import * as path from "path";
import { ts } from "./typescript";
import { addressTypesOfThings, classifyFile, groupAnchors, type FieldCandidate, type GroupAnchors } from "../classify/classifier";
import { emptySummary, ProjectIndex, withPending, type FileSummary, type MemberHeld, type PendingField } from "../index/project-index";
import { objectShape } from "../index/shapes";
import { mayBlankBodies, planParse, type ParsePlan } from "./inert-bodies";
import { ownCopy } from "../classify/names";
import { fileContexts } from "../classify/owners";
import { scanPrisma } from "./prisma";
import type { RuleSet } from "../classify/rules";
import { readSourceFile, skipNote } from "./files";
import { isSuppressed, parseSuppressions, type Suppression } from "./suppressions";
import type { FileScanResult, Finding, ScanNote } from "../types";
import { collectLocalTypes } from "../index/summaries";
import { createSourceFile, flattenDiagnosticMessageText } from "./ts-syntax";
import { rangeOf, TsFieldCandidate, walkFile } from "./walk";
import type { SdlDeclaration } from "./graphql-sdl";
import { catalogueFor, type SinkCatalogue } from "../flows/catalogue";
import { extractFlows, type FileFlows } from "../flows/extract";
import { flowTriggers } from "../flows/triggers";
import { recordCategories, resolvePendingFlows } from "../flows/resolve";

// Which files are scannable is decided without the compiler (files.ts), so callers need not load it to ask.
export { isScannableFile, PRISMA_EXTENSION, SOURCE_EXTENSIONS } from "./files";
import { PRISMA_EXTENSION } from "./files";

export interface ScanOptions {
  /** Files larger than this (in UTF-16 code units of text) are skipped with one note. Default 2 MB. */
  maxFileSize?: number;
  /** Skip parsing function bodies that cannot declare a field (default true; false parses everything, for tests). */
  skipInertBodies?: boolean;
  /** The text with its inert bodies blanked, when a reader thread already did it; null: it found nothing to blank. */
  blankedText?: string | null;
  /**
   * Leave the fields typed by a name (`address: AddressDto`) unclassified, in `pending`, with the file's `summary`,
   * for a project pass that sees every file (project-index.ts). Default false: they are resolved within the file.
   */
  deferReferences?: boolean;
}

export { DEFAULT_MAX_FILE_SIZE } from "../types";

/** Scan one file's text. Never throws on bad input: problems become notes. */
export function scanSource(file: string, text: string, rules: RuleSet, options: ScanOptions = {}): FileScanResult {
  const result: FileScanResult = { file, findings: [], suppressed: [], notes: [] };
  const skip = skipNote(file, text, options.maxFileSize);
  if (skip) {
    result.notes.push(skip);
    return result;
  }
  let candidates: FieldCandidate[];
  let summary: FileSummary;
  let flows: FileFlows | undefined;
  try {
    if (file.toLowerCase().endsWith(PRISMA_EXTENSION)) {
      const prisma = scanPrisma(text, rules);
      candidates = prisma.candidates;
      summary = prisma.summary;
      for (const n of prisma.notes) result.notes.push({ file, ...n });
    } else {
      const extracted = extractTypeScript(file, text, rules, options.skipInertBodies ?? true, options.blankedText);
      candidates = extracted.candidates;
      summary = extracted.summary;
      flows = extracted.flows;
      result.notes.push(...extracted.notes);
    }
  } catch (err) {
    return scanFailed(result, err);
  }
  return classifyInto(result, candidates, summary, parseSuppressions(text), rules, options.deferReferences ?? false, flows);
}

/**
 * Scan a file from its blanked text alone (a reader thread blanked it, parsed its suppression comments and checked
 * it with {@link skipNote}). Same result as {@link scanSource} on the original: when the blanked text does not parse
 * cleanly, the original is read again and scanned whole.
 */
export function scanBlankedSource(file: string, blanked: string, suppressions: Suppression[], rules: RuleSet, options: ScanOptions = {}): FileScanResult {
  const extracted = extractBlanked(file, blanked, rules, options);
  if ("result" in extracted) return extracted.result;
  return classifyInto({ file, findings: [], suppressed: [], notes: [] }, extracted.candidates, extracted.summary, suppressions, rules, options.deferReferences ?? false, extracted.flows);
}

function scanFailed(result: FileScanResult, err: unknown): FileScanResult {
  // A parser bug must not take down a workspace scan: report it on the file and move on.
  result.notes.push({ file: result.file, severity: "error", code: "scan-failed", message: `could not scan: ${(err as Error).message}` });
  return result;
}

/** What each top-level type's members were found to hold, for fields typed by one member (`PageContext["path"]`). */
function recordMembers(summary: FileSummary, findings: readonly Finding[]): void {
  for (const f of findings) {
    if (!summary.declarations.has(f.owner)) continue;
    summary.members ??= new Map();
    let members = summary.members.get(f.owner);
    if (!members) summary.members.set(f.owner, (members = new Map()));
    if (!members.has(f.field)) members.set(f.field, heldAs(f.category, f.ruleId));
  }
}

/** One shared object per category and rule: the index keeps every file's members, tens of thousands of them. */
const held = new Map<string, MemberHeld>();
function heldAs(category: string, ruleId: string): MemberHeld {
  const key = `${category}\0${ruleId}`;
  let h = held.get(key);
  if (!h) held.set(key, (h = { category, ruleId }));
  return h;
}

/**
 * Classifies a file's fields. Those typed by a name become pending fields, with the anchors of their owner (what the
 * fields beside them say), and are classified against the index: the project's, later, when `defer` is set; else
 * one made of this file alone.
 */
function classifyInto(result: FileScanResult, candidates: FieldCandidate[], summary: FileSummary, suppressions: Suppression[], rules: RuleSet, defer: boolean, flows?: FileFlows): FileScanResult {
  const direct: FieldCandidate[] = [];
  // (Fields typed by a name: classified against the index, but their names still say what their owner is.)
  const typed: FieldCandidate[] = [];
  const pending: PendingField[] = [];
  // What the fields beside a pending one say, once per owner (the scanner hands one owner array to all its fields).
  const named = fileContexts(result.file, rules);
  const anchorsByOwner = new Map<string[], GroupAnchors>();
  const anchorsFor = (owner: string[]): GroupAnchors => {
    let anchors = anchorsByOwner.get(owner);
    if (!anchors) {
      const key = owner.join(".");
      const group = candidates.filter((o) => o.owner === owner || o.owner.join(".") === key);
      anchorsByOwner.set(owner, (anchors = groupAnchors(group, rules, named)));
    }
    return anchors;
  };
  for (const c of candidates) {
    if (!(c as TsFieldCandidate).ref) direct.push(c);
    else typed.push(c);
  }
  // An address type only businesses and places here hold is theirs: none of its fields is classified.
  const thingsOwn = addressTypesOfThings(direct, typed, rules);
  const own = thingsOwn ? direct.filter((c) => !thingsOwn.has(c.owner[0])) : direct;
  for (const c of typed) {
    if (thingsOwn?.has(c.owner[0])) continue;
    const ref = (c as TsFieldCandidate).ref!;
    const range = c.range;
    pending.push({
      name: ownCopy(c.name), range, owner: c.owner.map(ownCopy), kind: c.kind, validators: c.validators, accessor: c.accessor,
      container: c.container, system: c.system, via: c.via, ref, anchors: anchorsFor(c.owner), ...(c.written ? { written: ownCopy(c.written) } : {}),
      suppressions: suppressions.filter((x) => x.kind === "file" || x.targetLine === range.start.line),
    });
  }
  const { findings, suppressed } = classifyFile(result.file, own, suppressions, rules, typed);
  recordMembers(summary, findings);
  result.findings.push(...findings);
  result.suppressed.push(...suppressed);
  if (defer) {
    result.summary = summary;
    if (pending.length) result.pending = pending;
  } else if (pending.length) {
    ({ findings: result.findings, suppressed: result.suppressed } = withPending(result, result.file, pending, new ProjectIndex([[result.file, summary]]), rules));
  }
  if (flows) {
    // A flow is silenced by a suppression on its data's line or on its call's first line.
    const kept = flows.flows.filter((f) => !isSuppressed(suppressions, f.range.start.line, f.category) && !isSuppressed(suppressions, f.callRange.start.line, f.category));
    if (defer) {
      if (flows.pending.length) result.pendingFlows = flows.pending.map((p) => ({ ...p, suppressions: suppressions.filter((x) => x.kind === "file" || (x.targetLine! >= p.callRange.start.line && x.targetLine! <= p.callRange.end.line)) }));
    } else if (flows.pending.length) {
      const index = new ProjectIndex([[result.file, summary]]);
      kept.push(...resolvePendingFlows(result.file, flows.pending, index, recordCategories(result.findings), catalogueFor(rules), suppressions));
      kept.sort(byFlowPosition);
    }
    if (kept.length) result.flows = kept;
  }
  return result;
}



/**
 * The field candidates of a blanked text; or, when the blanked text does not parse cleanly, the whole result of
 * scanning the original (read again).
 */
function extractBlanked(file: string, blanked: string, rules: RuleSet, options: ScanOptions = {}): Extraction | { result: FileScanResult } {
  const result: FileScanResult = { file, findings: [], suppressed: [], notes: [] };
  try {
    const sf = parse(file, blanked);
    if (parseDiagnosticsOf(sf).length === 0) return { ...extractCandidates(file, sf, rules), notes: [] };
  } catch (err) {
    return { result: scanFailed(result, err) };
  }
  const read = readSourceFile(file, options.maxFileSize);
  if ("note" in read) return { result: { ...result, notes: [read.note] } };
  return { result: scanSource(file, read.text, rules, { ...options, blankedText: null }) };
}

// ---------------------------------------------------------------------------------------------------------------------
// TypeScript / JavaScript

function scriptKindFor(file: string): ts.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  switch (ext) {
    case ".tsx":
      return ts.ScriptKind.TSX;
    case ".jsx":
      return ts.ScriptKind.JSX;
    case ".js":
    case ".mjs":
    case ".cjs":
      return ts.ScriptKind.JS;
    default:
      return ts.ScriptKind.TS;
  }
}

interface Extraction {
  candidates: FieldCandidate[];
  notes: ScanNote[];
  summary: FileSummary;
  flows?: FileFlows;
}

function parse(file: string, text: string): ts.SourceFile {
  // JSDoc is never read here: not parsing it saves time and garbage on every file.
  return createSourceFile(file, text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone }, false, scriptKindFor(file));
}

function parseDiagnosticsOf(sf: ts.SourceFile): ts.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

/**
 * Parses the text, with its inert function bodies blanked when that is safe (same positions, same findings); or
 * undefined when nothing in the file can declare a field, so there is nothing to parse (see planParse).
 */
function parseSkippingInertBodies(file: string, text: string, rules: RuleSet, blankedText?: string | null): ts.SourceFile | undefined {
  let blanked = blankedText;
  if (blanked === undefined) {
    const plan: ParsePlan = mayBlankBodies(file, text) ? planParse(text, flowTriggers(text, catalogueFor(rules), true).words) : { kind: "whole" };
    if (plan.kind === "nothing") return undefined;
    blanked = plan.kind === "blanked" ? plan.text : null;
  }
  if (blanked) {
    const sf = parse(file, blanked);
    if (parseDiagnosticsOf(sf).length === 0) return sf;
  }
  return parse(file, text);
}

export function extractTypeScript(file: string, text: string, rules: RuleSet, skipInertBodies = true, blankedText?: string | null): Extraction {
  const sf = skipInertBodies ? parseSkippingInertBodies(file, text, rules, blankedText) : parse(file, text);
  if (!sf) return { candidates: [], notes: [], summary: emptySummary() };
  const notes: ScanNote[] = [];
  const diagnostics = parseDiagnosticsOf(sf);
  if (diagnostics.length > 0) {
    const d = diagnostics[0];
    notes.push({
      file,
      severity: "warning",
      code: "syntax-error",
      range: rangeOf(sf, d.start, d.start + (d.length ?? 0)),
      message: `syntax error (scanned what could be parsed): ${flattenDiagnosticMessageText(d.messageText, " ")}${diagnostics.length > 1 ? ` (+${diagnostics.length - 1} more)` : ""}`,
    });
  }
  return { ...extractCandidates(file, sf, rules), notes };
}

/** The field candidates of a parsed file, and its summary (what its named declarations hold). */
function extractCandidates(file: string, sf: ts.SourceFile, rules: RuleSet): { candidates: FieldCandidate[]; summary: FileSummary; flows?: FileFlows } {
  const summary = emptySummary();
  const locals = collectLocalTypes(sf, rules, summary);
  const out: FieldCandidate[] = [];
  const fileOwner = path.basename(file).replace(/\.[^.]+$/, "");
  const sdlTypes: SdlDeclaration[] = [];
  walkFile({ sf, rules, locals, out, handled: new Set(), fileOwner, hint: undefined, sdlTypes });
  // GraphQL types defined in templates are the file's declarations too (TypeScript's of the same name come first).
  for (const t of sdlTypes) if (!summary.declarations.has(t.name)) summary.declarations.set(t.name, t.enum ? { kind: "enum" } : objectShape(t.members, rules, t.name));
  // Sink calls, from the same tree: only in files where a word can start one.
  const catalogue = catalogueFor(rules);
  const flows = mayCallSink(sf, catalogue) ? extractFlows(file, sf, rules, catalogue) : undefined;
  if (flows?.clients.size) summary.clients = flows.clients;
  return { candidates: out, summary, flows };
}

/**
 * Whether a sink call can be in the parsed file: one of its trigger words is among the identifiers the parser met (its
 * identifier table: a few lookups instead of a scan of the text; blanked bodies hold no trigger word, by construction).
 */
function mayCallSink(sf: ts.SourceFile, catalogue: SinkCatalogue): boolean {
  const identifiers = (sf as unknown as { identifiers?: ReadonlyMap<string, string> }).identifiers;
  if (!identifiers) return flowTriggers(sf.text, catalogue).any;
  for (const w of flowTriggers(sf.text, catalogue, true).words) if (identifiers.has(w)) return true;
  return false;
}

function byFlowPosition(a: { range: { start: { line: number; character: number } }; category: string }, b: typeof a): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0);
}
