/**
 * The floor the benchmark compares against: a bare, single-threaded TypeScript parse of every file plus a
 * `ts.forEachChild` walk of each tree, nothing else. Run as its own process by bench.ts (same start-up costs as the
 * CLI). Prints one JSON line: files, nodes, maxRssBytes.
 */
import * as fs from "fs";
import * as path from "path";
import { ts } from "../src/core/scan/typescript";

const SOURCE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;

function listFiles(dir: string, out: string[]): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(p, out);
    else if (SOURCE.test(entry.name) && !entry.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

function main(): void {
  const root = path.resolve(process.argv[2] ?? ".");
  const files = listFiles(root, []).sort();
  let nodes = 0;
  const visit = (node: ts.Node): void => {
    nodes++;
    ts.forEachChild(node, visit);
  };
  for (const file of files) {
    const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    visit(sf);
  }
  process.stdout.write(JSON.stringify({ files: files.length, nodes, maxRssBytes: process.resourceUsage().maxRSS * 1024 }) + "\n");
}

main();
