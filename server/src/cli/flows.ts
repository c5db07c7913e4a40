/**
 * `privacy-lint flows [DIR]`: where personal data goes. The JSON shape is a contract other tools rely on (issue 13):
 * `{"flows":[{file,line,column,service,category,sink,evidence}]}` with `file` relative to DIR using `/`, 1-based
 * line/column at the argument that carries the data (its property key for an object property), one entry per
 * category per call.
 */
import type { Flow } from "../core/types";
import { displayPath, plural, type Style } from "./style";

export interface FlowEntry {
  file: string;
  line: number;
  column: number;
  service: string;
  category: string;
  sink: string;
  evidence: string;
}

export function flowEntries(flows: readonly Flow[], dir: string): FlowEntry[] {
  return flows.map((f) => ({
    file: displayPath(f.file, dir),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    service: f.service,
    category: f.category,
    sink: f.sink,
    evidence: f.evidence,
  }));
}

/** One flow per line, like the inventory: easy to diff and grep. */
export function formatFlowsJson(entries: readonly FlowEntry[]): string {
  if (entries.length === 0) return '{"flows": []}\n';
  return `{"flows": [\n${entries.map((e) => "  " + JSON.stringify(e)).join(",\n")}\n]}\n`;
}

export function formatFlowsTable(entries: readonly FlowEntry[], fileCount: number, style: Style): string {
  const header = ["LOCATION", "SERVICE", "CATEGORY", "SINK", "DATA"];
  const rows = entries.map((e) => [`${e.file}:${e.line}:${e.column}`, e.service, e.category, e.sink, e.evidence]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]))).join("  ");
  const lines = entries.length ? [style.bold(render(header)), ...rows.map(render)] : [];
  const services = new Set(entries.map((e) => e.service)).size;
  const categories = new Set(entries.map((e) => e.category)).size;
  lines.push(
    `${entries.length ? "\n" : ""}${plural(entries.length, "flow")} of ${plural(categories, "category", "categories")} to ${plural(services, "service")}; ${plural(fileCount, "file")} scanned.`,
  );
  return lines.join("\n") + "\n";
}
