/**
 * The data-map fixture (test-fixtures/data-map-app) as a checked project, with the flows the extractor finds in it.
 * Shared by the browser test and scripts/screenshot-data-map.mjs.
 */
import * as path from "path";
import { checkProject, type ProjectResult } from "../src/core/project";

export const DATA_MAP_FIXTURE = path.resolve(__dirname, "..", "..", "..", "test-fixtures", "data-map-app");

export async function dataMapFixtureResult(): Promise<ProjectResult> {
  return checkProject(DATA_MAP_FIXTURE, { maxWorkers: 1 });
}
