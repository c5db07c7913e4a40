/**
 * The data-map fixture (test-fixtures/data-map-app) as a checked project, with flows: the extractor's when it finds
 * some, else the hand-made ones of hand-made-flows.json (the flow extractor is being built on another branch).
 * Shared by the data-map tests and scripts/screenshot-data-map.mjs.
 */
import * as fs from "fs";
import * as path from "path";
import { checkProject, compareFlows, type ProjectResult } from "../src/core/project";
import type { Flow } from "../src/core/types";

export const DATA_MAP_FIXTURE = path.resolve(__dirname, "..", "..", "..", "test-fixtures", "data-map-app");

interface HandMadeFlow {
  file: string;
  line: number;
  column: number;
  service: string;
  serviceKind: string;
  category: string;
  sink: string;
  evidence: string;
}

export function handMadeFlows(root = DATA_MAP_FIXTURE): Flow[] {
  const { flows } = JSON.parse(fs.readFileSync(path.join(root, "hand-made-flows.json"), "utf8")) as { flows: HandMadeFlow[] };
  return flows
    .map((f) => {
      const start = { line: f.line - 1, character: f.column - 1 };
      const range = { start, end: { line: start.line, character: start.character + f.evidence.length } };
      return {
        file: path.join(root, ...f.file.split("/")),
        range,
        callRange: range,
        service: f.service,
        serviceKind: f.serviceKind,
        category: f.category,
        sink: f.sink,
        evidence: f.evidence,
        confidence: 0.9,
      };
    })
    .sort(compareFlows);
}

/** The fixture checked; `handMade` says whether its flows came from the JSON file. */
export async function dataMapFixtureResult(): Promise<{ result: ProjectResult; handMade: boolean }> {
  const result = await checkProject(DATA_MAP_FIXTURE, { maxWorkers: 1 });
  if (result.flows.length > 0) return { result, handMade: false };
  return { result: { ...result, flows: handMadeFlows() }, handMade: true };
}
