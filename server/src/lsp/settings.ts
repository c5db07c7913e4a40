/**
 * Server settings: what the client sends (initializationOptions, then `workspace/didChangeConfiguration`
 * with the `privacyLint` section). Everything is validated here so a bad value in settings.json becomes a
 * logged warning and the default, never a crash.
 */
import type { Severity } from "../core/types";
import { CHECKS, type SeverityOverrides } from "../core/notice/checks";

export interface ServerSettings {
  enable: boolean;
  /** Notice path (absolute, or relative to each workspace folder) used instead of the nearest-notice lookup. */
  noticePath?: string;
  /** Per-check severity overrides (`off` silences a check). */
  severities: SeverityOverrides;
  /** Globs relative to each workspace folder (empty: every scannable file). */
  include: string[];
  /** Globs added to the default excludes. */
  exclude: string[];
  /** `workspace`: scan and report every file in scope; `openFiles`: only documents open in the editor. */
  scanScope: "workspace" | "openFiles";
  /** Delay between the last keystroke and the rescan of an open document. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  severities: {},
  include: [],
  exclude: [],
  scanScope: "workspace",
  debounceMs: 200,
};

const SEVERITIES: readonly Severity[] = ["error", "warning", "info", "hint", "off"];

/** Merges a raw settings object over the defaults; returns the warnings for values it had to ignore. */
export function parseSettings(raw: unknown): { settings: ServerSettings; warnings: string[] } {
  const settings: ServerSettings = { ...DEFAULT_SETTINGS, severities: {}, include: [], exclude: [] };
  const warnings: string[] = [];
  if (raw === undefined || raw === null) return { settings, warnings };
  if (typeof raw !== "object") return { settings, warnings: [`privacyLint settings must be an object, got ${typeof raw}`] };
  const r = raw as Record<string, unknown>;
  const bad = (key: string, expected: string) => warnings.push(`privacyLint.${key}: expected ${expected}, got ${JSON.stringify(r[key])}; using the default`);

  if (r.enable !== undefined) typeof r.enable === "boolean" ? (settings.enable = r.enable) : bad("enable", "true or false");
  if (r.noticePath !== undefined && r.noticePath !== null && r.noticePath !== "") {
    typeof r.noticePath === "string" ? (settings.noticePath = r.noticePath) : bad("noticePath", "a path");
  }
  for (const key of ["include", "exclude"] as const) {
    const v = r[key];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.every((g) => typeof g === "string")) settings[key] = v as string[];
    else bad(key, "a list of glob strings");
  }
  if (r.scanScope !== undefined) {
    r.scanScope === "workspace" || r.scanScope === "openFiles" ? (settings.scanScope = r.scanScope) : bad("scanScope", '"workspace" or "openFiles"');
  }
  if (r.debounceMs !== undefined) {
    typeof r.debounceMs === "number" && r.debounceMs >= 0 && r.debounceMs <= 10_000 ? (settings.debounceMs = r.debounceMs) : bad("debounceMs", "a number of milliseconds (0-10000)");
  }
  if (r.severities !== undefined) {
    if (typeof r.severities !== "object" || r.severities === null || Array.isArray(r.severities)) bad("severities", "an object of check id → severity");
    else {
      for (const [id, sev] of Object.entries(r.severities as Record<string, unknown>)) {
        if (!(id in CHECKS)) warnings.push(`privacyLint.severities: unknown check "${id}" (known: ${Object.keys(CHECKS).join(", ")})`);
        else if (typeof sev !== "string" || !SEVERITIES.includes(sev as Severity)) warnings.push(`privacyLint.severities.${id}: expected one of ${SEVERITIES.join(", ")}, got ${JSON.stringify(sev)}`);
        else settings.severities[id] = sev as Severity;
      }
    }
  }
  return { settings, warnings };
}
