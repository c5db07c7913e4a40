/** Shared helpers of the classifier tests: what the scanner reports, as `owner.field -> category`. */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { inventoryProject } from "../src/core/project";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

/** owner.field -> category of one file scanned alone. */
export function scanFields(code: string, file = "/src/example.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

/** owner.field -> category of a project of several files (relative path -> text), scanned as the CLI does. */
export async function scanProjectFields(files: Record<string, string>): Promise<Record<string, string>> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-classify-"));
  try {
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    const out: Record<string, string> = {};
    for (const f of (await inventoryProject(root, { maxWorkers: 1 })).findings) out[`${f.owner}.${f.field}`] = f.category;
    return out;
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
