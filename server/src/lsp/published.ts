/**
 * The diagnostics the server has sent, per document: what lets it skip re-sending an unchanged list (the editor would
 * only redraw), clear a document it no longer has anything for, and count the problems shown for the status bar.
 */
import type { Connection, Diagnostic, Range } from "vscode-languageserver/node";

export class PublishedDiagnostics {
  private readonly lists = new Map<string, Diagnostic[]>();
  private readonly versions = new Map<string, number | undefined>();

  constructor(private readonly connection: Connection) {}

  /** Sends the document's diagnostics unless the same ones were sent for the same version; true when sent. */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): boolean {
    const before = this.lists.get(uri);
    if (diagnostics.length === 0 && !before) return false; // nothing shown, nothing to clear
    if (before && this.versions.get(uri) === version && sameDiagnostics(before, diagnostics)) return false;
    if (diagnostics.length === 0) {
      this.lists.delete(uri);
      this.versions.delete(uri);
    } else {
      this.lists.set(uri, diagnostics);
      this.versions.set(uri, version);
    }
    void this.connection.sendDiagnostics({ uri, diagnostics, version });
    return true;
  }

  /** Documents that have diagnostics shown. */
  uris(): string[] {
    return [...this.lists.keys()];
  }

  /** Errors and warnings shown, over all documents. */
  problems(): number {
    let n = 0;
    for (const list of this.lists.values()) for (const d of list) if (d.severity === 1 || d.severity === 2) n++;
    return n;
  }
}

/** Field-by-field comparison (no serialisation: a 2,000-line file can carry hundreds of diagnostics). */
function sameDiagnostics(a: Diagnostic[], b: Diagnostic[]): boolean {
  if (a.length !== b.length) return false;
  const samePos = (x: Range, y: Range) =>
    x.start.line === y.start.line && x.start.character === y.start.character && x.end.line === y.end.line && x.end.character === y.end.character;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x.code !== y.code || x.message !== y.message || x.severity !== y.severity || !samePos(x.range, y.range)) return false;
    const rx = x.relatedInformation ?? [];
    const ry = y.relatedInformation ?? [];
    if (rx.length !== ry.length || rx.some((r, j) => r.location.uri !== ry[j].location.uri || !samePos(r.location.range, ry[j].location.range) || r.message !== ry[j].message)) return false;
  }
  return true;
}
