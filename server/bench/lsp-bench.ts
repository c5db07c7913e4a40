/**
 * Language-server benchmark, over the real protocol (the server process on stdio, as an editor runs it):
 *   1. initial workspace scan of a 2,000-file workspace (initialized → status ready), vs the CLI inventory of the
 *      same folder (`node bin/privacy-lint.js inventory <dir> --format json --no-cache`: the server keeps no scan cache);
 *   2. server RSS after that scan;
 *   3. editing a 2,000-line file → its publishDiagnostics, p50/p95 (debounce set to 0, so it is not counted);
 *   4. a notice edit → every code diagnostic republished;
 *   5. an edit to a type that other files' fields are typed by → those files re-classified and republished.
 * Run: `npm run build && node out/server/bench/lsp-bench.js` (corpus generated once into .bench-corpus/lsp-2000).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { ensureCorpus } from "./corpus";
import { REPO_ROOT, TestClient, uriOf } from "../test/lsp-harness";

const FILES = 2000;
const EDITS = 40;
/** Files whose fields are typed by one shared type (step 5). */
const DEPENDENTS = 50;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function rssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

/** A 2,000-line model file: many small interfaces, half of their fields personal data. */
function bigFile(): string {
  const lines = ["// Generated for the language-server benchmark: 2,000 lines of models."];
  let i = 0;
  while (lines.length < 1999) {
    lines.push(`export interface Profile${i} {`, "  id: string;", "  email: string;", "  firstName: string;", "  createdAt: Date;", "  status: string;", "  phoneNumber: string;", "}", "");
    i++;
  }
  return lines.slice(0, 2000).join("\n") + "\n";
}

async function main(): Promise<void> {
  const dir = path.join(REPO_ROOT, ".bench-corpus", `lsp-${FILES}`);
  const corpus = ensureCorpus(dir, FILES);
  const big = path.join(dir, "packages", "big", "src", "models", "profiles.model.ts");
  fs.mkdirSync(path.dirname(big), { recursive: true });
  fs.writeFileSync(big, bigFile());
  const notice = path.join(dir, "privacy-notice.yaml");
  const noticeText = "version: 1\norganisation: { controller: Bench Ltd, contact: privacy@example.com }\ncategories:\n  user.account:\n    basis: contract\n    retention: { period: P12M }\n";
  fs.writeFileSync(notice, noticeText);
  // 5.'s files: a shared type, a literal union at first, and files whose `homeAddress` is typed by it.
  const shared = path.join(dir, "packages", "big", "src", "models", "shared-address.ts");
  const sharedBefore = 'export type SharedAddress = "home" | "work";\n';
  fs.writeFileSync(shared, sharedBefore);
  const dependents: string[] = [];
  fs.mkdirSync(path.join(dir, "packages", "big", "src", "members"), { recursive: true });
  for (let i = 0; i < DEPENDENTS; i++) {
    const file = path.join(dir, "packages", "big", "src", "members", `member-${i}.ts`);
    fs.writeFileSync(file, `import { SharedAddress } from "../models/shared-address";\nexport interface Member${i} {\n  id: string;\n  homeAddress: SharedAddress;\n}\n`);
    dependents.push(file);
  }
  console.log(`workspace: ${dir} (${corpus.files + 1} source files${corpus.reused ? ", reused" : ""})`);

  // 1./2. CLI inventory and the server's initial scan of the same folder, interleaved (best of 2 each), so that both
  // see the same disk cache and machine load. The server figure runs from spawn to "ready", like the CLI's.
  const cliTimes: number[] = [];
  const scanTimes: number[] = [];
  let client: TestClient | undefined;
  for (let run = 0; run < 2; run++) {
    const tc = performance.now();
    execFileSync(process.execPath, [path.join(REPO_ROOT, "bin", "privacy-lint.js"), "inventory", dir, "--format", "json", "--no-cache"], { stdio: ["ignore", "ignore", "inherit"], maxBuffer: 1 << 30 });
    cliTimes.push(performance.now() - tc);
    await client?.stop();
    const t0 = performance.now();
    client = await TestClient.start([dir], { settings: { debounceMs: 0 } });
    await client.ready(300_000);
    scanTimes.push(performance.now() - t0);
  }
  if (!client) throw new Error("no client");
  const cliMs = Math.min(...cliTimes);
  const scanMs = Math.min(...scanTimes);
  const status = client.statuses[client.statuses.length - 1];
  for (const line of client.logs.filter((l) => l.includes(" files; discovery "))) console.log(`server log: ${line}`);
  await new Promise((r) => setTimeout(r, 500));
  const rss = rssMb(client.process.pid!);

  // 3. Edits of the 2,000-line file: didChange → publishDiagnostics for that version.
  client.open(big);
  await client.waitForDiagnostics(big, (p) => p.version === 1, 0, 60_000);
  const original = client.text(big);
  const latencies: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    const line = 2 + 9 * (i % 200);
    const lines = original.split("\n");
    lines[line] = i % 2 ? `  emailAddress${i}: string;` : `  nickname${i}: string;`;
    const before = client.publishCount(big);
    const t = performance.now();
    const version = client.change(big, lines.join("\n"));
    await client.waitForDiagnostics(big, (p) => p.version === version, before, 30_000);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);

  // 5. (Run before 4, while the notice declares little.) The shared type becomes an object of address parts: every
  // dependent now has an undeclared address, without a rescan.
  client.open(shared);
  await client.sync();
  const dependentCounts = new Map(dependents.map((file) => [file, client.publishCount(file)]));
  const ts5 = performance.now();
  client.change(shared, "export interface SharedAddress {\n  street: string;\n  city: string;\n  postcode: string;\n}\n");
  await client.until(
    "every dependent republished",
    () => dependents.every((file) => client.publishCount(file) > dependentCounts.get(file)! && client.lastDiagnostics(file)!.diagnostics.length > 0) || undefined,
    60_000,
  );
  const typeEditMs = performance.now() - ts5;

  // 4. Notice edit: declaring `user` covers everything, so every file with findings gets new diagnostics.
  const withFindings = [...client.diagnostics.entries()].filter(([uri, list]) => uri !== uriOf(notice) && list[list.length - 1].diagnostics.length > 0).map(([uri]) => uri);
  client.open(notice);
  await client.sync();
  const counts = new Map(withFindings.map((uri) => [uri, client.diagnostics.get(uri)!.length]));
  const tn = performance.now();
  client.change(notice, noticeText + "  user:\n    basis: contract\n    condition: explicit_consent\n    retention: { period: P24M }\n");
  await client.until("every file republished", () => withFindings.every((uri) => client.diagnostics.get(uri)!.length > counts.get(uri)!) || undefined, 120_000);
  const noticeMs = performance.now() - tn;
  await client.stop();

  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`initial scan over LSP (best of 2, spawn → ready, ${status.files} files, ${status.findings} findings): ${f(scanMs)}`);
  console.log(`CLI inventory of the same folder (best of 2, interleaved):         ${f(cliMs)}  → LSP/CLI ${(scanMs / cliMs).toFixed(2)}×`);
  console.log(`server RSS after the initial scan:                                  ${rss.toFixed(0)} MB (budget 400 MB)`);
  console.log(`edit of a 2,000-line file → publishDiagnostics (${EDITS} edits, debounce 0): p50 ${f(percentile(latencies, 50))}, p95 ${f(percentile(latencies, 95))}, max ${f(latencies[latencies.length - 1])} (budget p95 50 ms)`);
  console.log(`notice edit → all ${withFindings.length} files with diagnostics republished:            ${f(noticeMs)} (budget 1000 ms)`);
  console.log(`edit of a type used by ${DEPENDENTS} other files → all of them republished:     ${f(typeEditMs)} (budget 300 ms)`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
