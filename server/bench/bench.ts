/**
 * `npm run bench`: the CLI's inventory on a large generated corpus against a bare single-thread TypeScript parse of
 * the same files, in one run. Both are measured as child processes from spawn to exit (process start to output,
 * output fully read), so module loading counts for both.
 *
 * Targets (issue 4): ratio <= 1.0 with the default worker count on 2 cores, peak RSS <= 400 MB. That inventory runs
 * with --no-cache; beside it, with the scan cache: a cold run (no cache), a warm one (nothing changed; target <= 0.15x
 * the bare parse) and one with one file changed (target <= 0.2x), each checked byte for byte against --no-cache.
 * Options: --runs <n> (default 3, the best run counts), --files <n> (default 5600), --max-workers <n>.
 */
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ensureCorpus } from "./corpus";

const REPO_ROOT = path.resolve(__dirname, "../../..");
// A subfolder of its own: other benchmarks (the language server's) generate their corpora beside it.
const CORPUS_DIR = path.join(REPO_ROOT, ".bench-corpus", "cli");
const BIN = path.join(REPO_ROOT, "bin", "privacy-lint.js");
// The targets of the accuracy issue (12), which the flows issue (13) keeps: inventory <= 0.8x the bare parse, 300 MB.
const TARGET_RATIO = 0.8;
const TARGET_RSS_MB = 300;
const TARGET_WARM = 0.15;
const TARGET_ONE_CHANGED = 0.2;

interface Measured {
  wallMs: number;
  stdoutBytes: number;
  stdout: string;
  stderr: string;
  code: number | null;
}

function measure(command: string, args: string[], keepStdout: boolean): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, NO_COLOR: "1" } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let stdoutBytes = 0;
    child.stdout.on("data", (b: Buffer) => {
      stdoutBytes += b.length;
      if (keepStdout) out.push(b);
    });
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ wallMs, stdoutBytes, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), code });
    });
  });
}

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(process.argv[i + 1]);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} needs a whole number >= 1`);
  return n;
}

/** Peak RSS in MB from `/usr/bin/time -v` or the probe's line. */
function peakRssMb(stderr: string): number | undefined {
  const time = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (time) return Number(time[1]) / 1024;
  const probe = /privacy-lint-bench maxRSS kB: (\d+)/.exec(stderr);
  return probe ? Number(probe[1]) / 1024 : undefined;
}

function warmCache(dir: string): void {
  // Both contenders read the same files; read them once first so neither pays for a cold disk cache.
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else fs.readFileSync(p);
    }
  };
  walk(dir);
}

async function main(): Promise<void> {
  const runs = arg("--runs", 3);
  const fileCount = arg("--files", 5600);
  const workersIndex = process.argv.indexOf("--max-workers");
  const workerArgs = workersIndex >= 0 ? ["--max-workers", String(arg("--max-workers", 1))] : [];

  const t0 = Date.now();
  const corpus = ensureCorpus(CORPUS_DIR, fileCount);
  const mb = corpus.bytes / 1024 / 1024;
  console.log(`corpus: ${corpus.files} files, ${mb.toFixed(1)} MB of TypeScript in ${path.relative(process.cwd(), CORPUS_DIR) || "."} (${corpus.reused ? "reused" : `generated in ${Date.now() - t0} ms`})`);
  if (corpus.files < 5000 || mb < 15) console.log("WARNING: the corpus is smaller than the issue's 5,000 files / 15 MB");
  console.log(`machine: ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? "?"}), node ${process.version}; workers: ${workerArgs.length ? workerArgs[1] : "default (= CPUs)"}; best of ${runs} runs`);
  warmCache(CORPUS_DIR);

  const useTime = fs.existsSync("/usr/bin/time");
  const inventoryCmd = useTime
    ? { command: "/usr/bin/time", args: ["-v", process.execPath, BIN, "inventory", CORPUS_DIR, "--format", "json", "--no-cache", ...workerArgs] }
    : { command: process.execPath, args: ["-r", path.join(__dirname, "rss-probe.js"), BIN, "inventory", CORPUS_DIR, "--format", "json", "--no-cache", ...workerArgs] };
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-bench-cache-"));
  const cachedCmd = { command: process.execPath, args: [BIN, "inventory", CORPUS_DIR, "--format", "json", "--cache-location", cacheDir + path.sep, ...workerArgs] };
  // The file edited for the one-file-changed runs: a new interface with a personal field each time (a new finding).
  const edited = path.join(CORPUS_DIR, "packages", "accounts", "src");
  const editedFile = fs.readdirSync(edited, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".ts")).map((e) => path.join(e.parentPath, e.name)).sort()[0];
  const original = fs.readFileSync(editedFile);
  const cacheTimes = { cold: [] as number[], warm: [] as number[], changed: [] as number[] };
  const mismatches: string[] = [];
  let noCacheOutput = "";
  let changedOutput = "";
  const baselineCmd = { command: process.execPath, args: [path.join(__dirname, "parse-baseline.js"), CORPUS_DIR] };

  const inventoryTimes: number[] = [];
  const baselineTimes: number[] = [];
  const rss: number[] = [];
  let findings = 0;
  let baselineRss = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate the order so that neither side always runs on a warmer machine.
    const order = i % 2 === 0 ? ["baseline", "inventory"] : ["inventory", "baseline"];
    for (const which of order) {
      if (which === "baseline") {
        const b = await measure(baselineCmd.command, baselineCmd.args, true);
        if (b.code !== 0) throw new Error(`baseline failed: ${b.stderr}`);
        const info = JSON.parse(b.stdout) as { files: number; maxRssBytes: number };
        if (info.files !== corpus.files) throw new Error(`baseline saw ${info.files} files, corpus has ${corpus.files}`);
        baselineRss = Math.max(baselineRss, info.maxRssBytes / 1024 / 1024);
        baselineTimes.push(b.wallMs);
      } else {
        const inv = await measure(inventoryCmd.command, inventoryCmd.args, i === 0);
        if (inv.code !== 0) throw new Error(`inventory failed (${inv.code}): ${inv.stderr.slice(0, 2000)}`);
        if (i === 0) findings = (JSON.parse(inv.stdout) as { findings: unknown[] }).findings.length;
        if (i === 0) noCacheOutput = inv.stdout;
        inventoryTimes.push(inv.wallMs);
        const peak = peakRssMb(inv.stderr);
        if (peak !== undefined) rss.push(peak);
      }
    }
  }
  // The cache: cold (none), warm (nothing changed), one file changed; outputs compared with --no-cache.
  try {
    for (let i = 0; i < runs; i++) {
      fs.rmSync(cacheDir, { recursive: true, force: true });
      const run = async (which: keyof typeof cacheTimes, expected: string) => {
        const r = await measure(cachedCmd.command, cachedCmd.args, true);
        if (r.code !== 0) throw new Error(`cached inventory failed (${r.code}): ${r.stderr.slice(0, 2000)}`);
        cacheTimes[which].push(r.wallMs);
        if (r.stdout !== expected) mismatches.push(`${which} run ${i + 1}`);
      };
      await run("cold", noCacheOutput);
      await run("warm", noCacheOutput);
      fs.writeFileSync(editedFile, Buffer.concat([original, Buffer.from(`\nexport interface BenchEdit${i} {\n  email: string;\n}\n`)]));
      // What the changed corpus must give: from a run without the cache (first round only; it costs a full scan).
      const expected = i === 0 ? (await measure(process.execPath, [BIN, "inventory", CORPUS_DIR, "--format", "json", "--no-cache", ...workerArgs], true)).stdout : undefined;
      if (expected !== undefined && expected === noCacheOutput) throw new Error("the edit did not change the inventory; the one-file-changed run would prove nothing");
      if (expected !== undefined) changedOutput = expected;
      await run("changed", changedOutput.replace(/BenchEdit\d+/g, `BenchEdit${i}`));
      fs.writeFileSync(editedFile, original);
    }
  } finally {
    fs.writeFileSync(editedFile, original);
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
  const best = (xs: number[]) => Math.min(...xs);
  const inventoryMs = best(inventoryTimes);
  const baselineMs = best(baselineTimes);
  const ratio = inventoryMs / baselineMs;
  const peak = rss.length ? Math.max(...rss) : undefined;
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(", ");

  console.log("");
  console.log(`privacy-lint inventory (wall, process start to output): ${inventoryMs.toFixed(0)} ms   [runs: ${list(inventoryTimes)}]`);
  console.log(`bare parse + forEachChild walk, 1 thread (wall):        ${baselineMs.toFixed(0)} ms   [runs: ${list(baselineTimes)}]`);
  console.log(`ratio inventory / bare parse:                           ${ratio.toFixed(2)}   (target <= ${TARGET_RATIO.toFixed(1)}) ${ratio <= TARGET_RATIO ? "OK" : "MISSED"}`);
  // The best runs are the target's measure; the medians show how much of it is the machine's noise.
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
  console.log(`  medians: ${median(inventoryTimes).toFixed(0)} ms / ${median(baselineTimes).toFixed(0)} ms = ${(median(inventoryTimes) / median(baselineTimes)).toFixed(2)}`);
  console.log(`peak RSS of inventory (${useTime ? "/usr/bin/time -v" : "process.resourceUsage"}):    ${peak === undefined ? "n/a" : `${peak.toFixed(0)} MB`}   (target <= ${TARGET_RSS_MB} MB) ${peak === undefined ? "" : peak <= TARGET_RSS_MB ? "OK" : "MISSED"}`);
  console.log(`peak RSS of bare parse:                                 ${baselineRss.toFixed(0)} MB`);
  console.log(`throughput: ${Math.round(corpus.files / (inventoryMs / 1000))} files/s, ${(mb / (inventoryMs / 1000)).toFixed(1)} MB/s; ${findings} findings`);
  console.log("");
  console.log(`scan cache (inventory --cache-location <tmp>/), best of ${runs}, ratios against the bare parse's ${baselineMs.toFixed(0)} ms:`);
  const line = (label: string, xs: number[], target?: number) => {
    const r = best(xs) / baselineMs;
    console.log(`  ${label.padEnd(20)} ${best(xs).toFixed(0).padStart(6)} ms  ratio ${r.toFixed(3)}${target === undefined ? "" : `  (target <= ${target}) ${r <= target ? "OK" : "MISSED"}`}   [runs: ${list(xs)}]`);
  };
  line("cold (no cache)", cacheTimes.cold);
  line("warm, no change", cacheTimes.warm, TARGET_WARM);
  line("warm, 1 file changed", cacheTimes.changed, TARGET_ONE_CHANGED);
  console.log(`  output byte-identical to --no-cache: ${mismatches.length ? `NO (${mismatches.join(", ")})` : `yes (all ${runs * 3} runs)`}`);
  if (mismatches.length) process.exitCode = 1;
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exitCode = 1;
});
