/**
 * `privacy-lint report --format md|html`: the data map a reviewer or data-protection officer reads. Per notice: a
 * diagram (files → categories → recipients and services, undeclared flows in red) and a table of each category the
 * code collects or the notice declares: where the code collects it (file:line), which services it reaches in code
 * (flows), and what the notice says (purposes, lawful basis, retention, recipients and the services they stand for).
 * The model and the renderers are in core (data-map, diagram/, report/); this file adapts a project result to them.
 */
import * as path from "path";
import { buildSection, type DataMapSection, type ServiceInfo } from "../core/data-map";
import { builtinServices } from "../core/notice/flow-checks";
import type { ProjectResult } from "../core/project";
import { displayPath } from "./style";

export { describeRetention, type DataMapSection } from "../core/data-map";
export { formatMarkdown } from "../core/report/markdown";
export { formatHtml } from "../core/report/html";

export interface DataMapOptions {
  /** Catalogue services by id; default: the built-in catalogue (with raw HTTP). */
  services?: ReadonlyMap<string, ServiceInfo>;
}

export function buildDataMap(result: ProjectResult, options: DataMapOptions = {}): DataMapSection[] {
  const services = options.services ?? builtinServices();
  // The project pass has grouped findings and flows by the notice that covers their file.
  const sections = result.notices.map((n) =>
    buildSection({
      notice: n.notice,
      noticeLabel: displayPath(n.file, result.root),
      findings: n.findings,
      flows: n.flows,
      base: result.root,
      taxonomy: result.taxonomy,
      services,
    }),
  );
  if (result.uncovered.length || result.uncoveredFlows.length) {
    sections.push(buildSection({ findings: result.uncovered, flows: result.uncoveredFlows, base: result.root, taxonomy: result.taxonomy, services }));
  }
  return sections;
}

export function projectNameOf(root: string): string {
  return path.basename(root);
}
