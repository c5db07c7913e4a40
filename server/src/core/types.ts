/**
 * Shared data shapes of the privacy-lint core. Pure data: no LSP, no `vscode`, no I/O.
 * Positions are 0-based (line, UTF-16 character) like LSP, so the server can pass them through;
 * the CLI converts to 1-based when it prints.
 */

import type { FileSummary, PendingField } from "./index/project-index";
import type { PendingFlow } from "./flows/hits";
import type { FileStamp } from "./scan/files";

/** Files larger than this are skipped with one informational note (configurable: `maxFileSize`). */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A text edit on one file, by 0-based offsets into the original text (applied right-to-left). */
export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

/** One signal that contributed to (or argued against) a classification. */
export interface Signal {
  kind: "name" | "type" | "validator" | "decorator" | "schema" | "column-type" | "owner" | "counter";
  detail: string;
}

/** A personal-data field found in code. One per declaration site. */
export interface Finding {
  /** Path as given to the scanner (absolute for disk scans). */
  file: string;
  /** Range of the field's name. */
  range: Range;
  field: string;
  /** Class, interface, type alias, schema or model the field belongs to; nested owners are dotted ("User.address"). */
  owner: string;
  /** fideslang data-category key, e.g. `user.contact.email`. */
  category: string;
  /** 0..1, two decimals. */
  confidence: number;
  /** Short human-readable why. */
  evidence: string;
  ruleId: string;
}

/** Something the scanner wants the user to know about a file (syntax error, skipped file, ...). */
export interface ScanNote {
  file: string;
  range?: Range;
  severity: "error" | "warning" | "info";
  code: string;
  message: string;
}

export interface FileScanResult {
  file: string;
  findings: Finding[];
  /** Findings silenced by inline suppression comments (kept for reporting, never diagnosed). */
  suppressed: Finding[];
  notes: ScanNote[];
  /** What the file's named types and schemas hold (scans with `deferReferences`). */
  summary?: FileSummary;
  /** Fields typed by a name, for the project pass to classify (scans with `deferReferences`). */
  pending?: PendingField[];
  /** Personal data this file hands to third parties and logs (see core/flows). */
  flows?: Flow[];
  /** Sink calls whose client or record types are declared in other files, for the project pass (`deferReferences`). */
  pendingFlows?: PendingFlow[];
  /** The content this result was scanned from (scans for the cache only; the cache keeps it beside the result). */
  stamp?: FileStamp;
}

/**
 * Personal data handed to a third party or to a log at a call (a sink): one per category per call. The JSON contract of
 * `privacy-lint flows` prints `file line column service category sink evidence` of it.
 */
export interface Flow {
  /** Path as given to the scanner (absolute for disk scans). */
  file: string;
  /** The argument expression that carries the data; its property key when it is an object property. */
  range: Range;
  /** The whole call (callee and arguments). */
  callRange: Range;
  /** The catalogue's lower-case service id (`segment`, `stripe`, `openai`...); `http` for raw HTTP, `log` for logging. */
  service: string;
  /** What the service does, from the catalogue: analytics, error-tracking, email, sms, payments, crm, ai, storage, identity, http, log. */
  serviceKind: string;
  /** fideslang data-category key. */
  category: string;
  /** The callee as written, e.g. `analytics.identify`. */
  sink: string;
  /** The data as written, e.g. `email: user.email`. */
  evidence: string;
  /** 0..1, two decimals. */
  confidence: number;
}

export type Severity = "error" | "warning" | "info" | "hint" | "off";

/** A problem reported by a check, on a code file or on the notice. */
export interface CheckDiagnostic {
  /** Stable check id, e.g. `undeclared-category`. */
  checkId: string;
  severity: Exclude<Severity, "off">;
  message: string;
  file: string;
  range: Range;
  /** The category involved, if any. */
  category?: string;
  /** The finding involved, if any (code diagnostics). */
  finding?: Finding;
  /** The flow involved, if any (undeclared-recipient, personal-data-logged). */
  flow?: Flow;
  /** Locations that explain the problem (e.g. the notice entry). */
  related?: { file: string; range: Range; message: string }[];
}

/** Findings (or flows) in the order of their positions in the file. */
export function byPosition(a: { range: Range }, b: { range: Range }): number {
  return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
