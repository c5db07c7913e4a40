/**
 * `privacy-lint report --format md|html`: the data map a reviewer or data-protection officer reads. Per notice: a
 * diagram (files → categories → recipients and services, undeclared flows in red) and a table of each category the
 * code collects or the notice declares: where the code collects it (file:line), which services it reaches in code
 * (flows), and what the notice says (purposes, lawful basis, retention, recipients and the services they stand for).
 * The model and the renderers are in core (data-map, diagram/, report/); this file adapts a project result to them.
 */
import * as path from "path";
import { buildSection, nearestNotice, type DataMapSection, type ServiceInfo } from "../core/data-map";
import { loadSinkCatalogue } from "../core/flows/catalogue";
import type { ProjectResult } from "../core/project";
import type { Flow } from "../core/types";
import { displayPath } from "./style";

export { describeRetention, type DataMapSection } from "../core/data-map";
export { formatMarkdown } from "../core/report/markdown";
export { formatHtml } from "../core/report/html";

export interface DataMapOptions {
  /** The notice that covers a file (absolute path), as the project pass decided it; default: the nearest loaded notice. */
  noticeFor?: (file: string) => string | undefined;
  /** Catalogue services by id; default: the built-in catalogue. */
  services?: ReadonlyMap<string, ServiceInfo>;
}

export function buildDataMap(result: ProjectResult, options: DataMapOptions = {}): DataMapSection[] {
  const services = options.services ?? loadSinkCatalogue().services;
  const noticeFiles = result.notices.map((n) => n.file);
  const noticeFor = options.noticeFor ?? ((file: string) => nearestNotice(file, noticeFiles));
  // The project pass groups findings by notice; flows are grouped here the same way.
  const flowsBy = new Map<string | undefined, Flow[]>();
  for (const f of result.flows) {
    const n = noticeFor(f.file);
    const key = n !== undefined && noticeFiles.includes(n) ? n : undefined;
    (flowsBy.get(key) ?? flowsBy.set(key, []).get(key)!).push(f);
  }
  const sections = result.notices.map((n) =>
    buildSection({
      notice: n.notice,
      noticeLabel: displayPath(n.file, result.root),
      findings: n.findings,
      flows: flowsBy.get(n.file) ?? [],
      base: result.root,
      taxonomy: result.taxonomy,
      services,
    }),
  );
  const uncoveredFlows = flowsBy.get(undefined) ?? [];
  if (result.uncovered.length || uncoveredFlows.length) {
    sections.push(buildSection({ findings: result.uncovered, flows: uncoveredFlows, base: result.root, taxonomy: result.taxonomy, services }));
  }
  return sections;
}

export function projectNameOf(root: string): string {
  return path.basename(root);
}
