/**
 * The data map of the workspace, as the editor shows it: for each notice (and for code no notice covers), every
 * category the code collects, the fields that collect it, the services the code hands it to, and what the notice
 * says about it. Built with the same core model and rendered with the same renderers as `privacy-lint report`.
 */
import * as path from "path";
import { buildSection, type CategoryMap, type DataMapSection as CoreSection } from "../core/data-map";
import { builtinServices } from "../core/notice/flow-checks";
import { formatHtml } from "../core/report/html";
import { formatMarkdown } from "../core/report/markdown";
import type { Finding, Flow } from "../core/types";
import type { WorkspaceState } from "./workspace";

export interface DataMapSection extends CoreSection {
  /** Absolute path of the notice, or undefined for files no notice covers. */
  notice?: string;
  /** True when the notice currently has errors and its last valid version is shown. */
  stale: boolean;
  /** Declared categories no scanned field or flow uses. */
  unused: string[];
}

interface Built {
  noticeFile?: string;
  stale: boolean;
  core: CoreSection;
}

function build(state: WorkspaceState): Built[] {
  const groups = new Map<string | undefined, { findings: Finding[]; flows: Flow[] }>();
  const group = (n: string | undefined) => groups.get(n) ?? groups.set(n, { findings: [], flows: [] }).get(n)!;
  for (const record of state.files.values()) {
    const g = group(state.noticeFor(record.file));
    g.findings.push(...record.findings);
    if (record.flows) g.flows.push(...record.flows);
  }
  for (const n of state.notices.keys()) group(n);
  const services = builtinServices();
  const built: Built[] = [];
  for (const [noticeFile, { findings, flows }] of groups) {
    const notice = state.effectiveNotice(noticeFile);
    const base = noticeFile ? path.dirname(noticeFile) : state.folders[0]?.root ?? process.cwd();
    const core = buildSection({ notice, noticeLabel: noticeFile, findings, flows, base, taxonomy: state.taxonomy, services });
    const stale = noticeFile ? !state.notices.get(noticeFile)?.result.notice && notice !== undefined : false;
    built.push({ noticeFile, stale, core });
  }
  return built.sort((a, b) => (a.noticeFile ?? "~").localeCompare(b.noticeFile ?? "~"));
}

/** The structured map (the `json` format of the data-map request). */
export function buildDataMap(state: WorkspaceState): DataMapSection[] {
  const isUnused = (c: CategoryMap) => c.status === "unused";
  return build(state).map(({ stale, core }) => ({
    ...core,
    stale,
    // The JSON keeps its shape: `categories` are those in code, `unused` names the declared rest.
    categories: core.categories.filter((c) => !isUnused(c)),
    unused: core.categories.filter(isUnused).map((c) => c.category),
  }));
}

/** Sections as the shared renderers take them: notices shown relative to their workspace folder. */
function forDisplay(state: WorkspaceState): CoreSection[] {
  return build(state).map(({ noticeFile, stale, core }) => {
    if (!noticeFile) return core;
    const folder = state.folders.find((f) => !path.relative(f.root, noticeFile).startsWith(".."));
    const label = folder ? path.relative(folder.root, noticeFile).split(path.sep).join("/") : noticeFile;
    return { ...core, notice: stale ? `${label} (has errors: its last valid version is shown)` : label };
  });
}

function workspaceName(state: WorkspaceState): string {
  return state.folders.length === 1 ? path.basename(state.folders[0].root) : "workspace";
}

export function renderDataMapMarkdown(state: WorkspaceState): string {
  return formatMarkdown(forDisplay(state), workspaceName(state));
}

/** The self-contained page (inline SVG, no script) the editor's webview shows. */
export function renderDataMapHtml(state: WorkspaceState): string {
  return formatHtml(forDisplay(state), workspaceName(state));
}
