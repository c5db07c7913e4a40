/**
 * What the flow extractor finds in a sink call's arguments, and how hits become one flow per kind of data per call.
 * Compiler-free (plain data), so the project pass can use it on the main thread without loading the parser.
 */
import type { Suppression } from "../scan/suppressions";
import type { Range } from "../types";

/** Personal data found in a sink's arguments. */
export interface DataHit {
  category: string;
  confidence: number;
  /** Where the flow is reported: the argument, or the property key that carries the data. */
  range: Range;
  evidence: string;
}

/** A whole record (`user`, `...customer`, `JSON.stringify(patient)`): its categories are those its type declares. */
export interface RecordHit {
  /** Type names to try, best first (the annotation, then the name: `patient` -> `Patient`). */
  types: string[];
  /** When no type resolves: what the function reads from the record (`patient.email`, `patient.dateOfBirth`). */
  read?: { category: string; confidence: number }[];
  range: Range;
  evidence: string;
}

/** A sink call whose service or data needs the project: a client imported from another file, or whole records. */
export interface PendingFlow {
  /** Known service id, or the import the client comes from. */
  service?: string;
  client?: { from: string; name: string };
  sink: string;
  callRange: Range;
  hits: DataHit[];
  records: RecordHit[];
  /** The file's suppressions that may apply to this call's lines (project pass). */
  suppressions?: Suppression[];
}

/** Parts that make one kind of data: a first and a last name are one name, a street and a city one address. */
function kindOf(category: string): string {
  for (const whole of ["user.name", "user.contact.address", "user.contact.phone_number", "user.financial.credit_card", "user.financial.bank_account", "user.demographic.date_of_birth"]) {
    if (category === whole || category.startsWith(whole + ".")) return whole;
  }
  return category;
}

/**
 * One hit per kind of data per call, at its first place in the arguments: `${first} ${last}` sends one name. Parts of
 * different kinds stay apart; two parts of one kind are reported as the kind (`user.name`).
 */
export function firstPerCategory(hits: DataHit[]): DataHit[] {
  const seen = new Map<string, DataHit>();
  for (const h of hits) {
    const kind = kindOf(h.category);
    const first = seen.get(kind);
    if (!first) seen.set(kind, h);
    else if (first.category !== h.category && first.category !== kind) seen.set(kind, { ...first, category: kind });
  }
  return [...seen.values()];
}
