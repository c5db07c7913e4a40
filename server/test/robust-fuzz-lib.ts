/**
 * A small mutation fuzzer for the notice loader (plus the fix builders on what loads) and the scanner.
 *
 * Seeds are the real notices and source files under test-fixtures/; mutations flip, insert, delete, duplicate and
 * splice bytes and YAML/TS tokens, and nest chunks deeply. The fuzz loop runs in a worker thread; before each input
 * it copies the input into shared memory, so when one input hangs the parent can stop the worker and still save it.
 *
 * Crashing or hanging inputs are saved to test-fixtures/fuzz-corpus/<target>-<sha1>.<ext>; the corpus is replayed
 * as regression tests by robust-fuzz-corpus.test.ts (in `npm test`).
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { isMainThread, parentPort, Worker, workerData } from "worker_threads";
import { loadNotice } from "../src/core/notice/loader";
import { applyEdits, declareCategoryEdits, exemptionEdits, retentionChoices } from "../src/core/notice/fixes";
import { loadRuleSet, type RuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";
import { Taxonomy } from "../src/core/classify/taxonomy";

export const REPO_ROOT = path.resolve(__dirname, "..", "..", "..");
export const CORPUS_DIR = path.join(REPO_ROOT, "test-fixtures", "fuzz-corpus");
/** Inputs larger than this are not generated (and cannot be saved from shared memory). */
const MAX_INPUT = 512 * 1024;

export type Target = "loader" | "scanner";

let taxonomy: Taxonomy | undefined;
let rules: RuleSet | undefined;

/** Runs one input through a target; throws on a bug (an exception, or a broken invariant). */
export function runTarget(target: Target, input: string, ext = ".ts"): void {
  if (target === "loader") {
    taxonomy ??= Taxonomy.builtin();
    const result = loadNotice(input, "/ws/privacy-notice.yaml", taxonomy);
    for (const p of result.problems) {
      if (!(p.range.start.line >= 0 && p.range.end.line >= p.range.start.line)) throw new Error(`bad problem range ${JSON.stringify(p.range)}`);
    }
    if (!result.notice) return;
    // What loads can be edited; an edit must never turn a readable notice into an unreadable one.
    const syntaxErrors = (t: string) => loadNotice(t, "/ws/privacy-notice.yaml", taxonomy!).problems.filter((p) => p.checkId === "notice-syntax").length;
    const before = syntaxErrors(input);
    const edited = [
      declareCategoryEdits(input, "user.contact.email", [], taxonomy),
      retentionChoices(input, "user.name", taxonomy)[0]?.edits ?? [],
      exemptionEdits(input, { owner: "User", field: "email", reason: "fuzz: a, b" }),
    ];
    for (const edits of edited) {
      if (edits.length === 0) continue;
      const out = applyEdits(input, edits);
      if (syntaxErrors(out) > before) throw new Error("a fix made the notice unreadable");
    }
    return;
  }
  rules ??= loadRuleSet();
  const r = scanSource(`/ws/src/fuzz${ext}`, input, rules);
  if (r.notes.some((n) => n.code === "scan-failed" && !/Maximum call stack/.test(n.message))) {
    // scanSource turns exceptions into a note; any other than a stack overflow on deep nesting is a scanner bug.
    throw new Error(r.notes.find((n) => n.code === "scan-failed")!.message);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Seeds and mutations

function walk(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    // The real-code dev set (hundreds of files) would slow every fuzz round down; the hand-written fixtures are the seeds.
    if (e.isDirectory() && e.name !== "node_modules" && e.name !== "fuzz-corpus" && e.name !== "real" && e.name !== "real-incoming") walk(p, out);
    else if (e.isFile()) out.push(p);
  }
  return out;
}

export function seeds(target: Target): { text: string; ext: string }[] {
  const files = walk(path.join(REPO_ROOT, "test-fixtures"));
  const wanted = target === "loader" ? /\.ya?ml$/ : /\.(ts|tsx|js|mjs|cjs|prisma)$/;
  return files
    .filter((f) => wanted.test(f) && fs.statSync(f).size < 64 * 1024)
    .sort()
    .map((f) => ({ text: fs.readFileSync(f, "utf8"), ext: path.extname(f) }));
}

const TOKENS: Record<Target, string[]> = {
  loader: ["&a ", "*a", "<<: *a", "- ", "? ", ": ", "{", "}", "[", "]", ",", "'", '"', "#", "|\n", ">-\n", "!!str ", "!!binary ", "%YAML 1.1\n", "---\n", "...\n", "\t", "\r\n", "\r", "\uFEFF", "\u0000", "😀", "version: 2\n", "categories:\n", "  user.name: {}\n", "TODO"],
  scanner: ["interface A {", "class B {", "}", "{", "(", ")", "[", "]", "<", ">", "'", '"', "`", "${", "/*", "*/", "//", "/re/", "\n", "\r\n", "@Column()", "email: string;", "z.object({", "new Schema({", "model M {", "String @id", "enum E {", "=>", "?.", "#x", "\u2028", "\uFEFF", "\u0000", "😀", "// privacy-lint-disable-next-line user -- x\n", "declare module 'x' {", "namespace N {"],
};

export { prng } from "./prng";
import { prng } from "./prng";

export function mutate(text: string, target: Target, others: string[], rnd: () => number): string {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const pos = () => Math.floor(rnd() * (text.length + 1));
  const rounds = 1 + Math.floor(rnd() * 6);
  for (let i = 0; i < rounds; i++) {
    const a = pos();
    const b = Math.min(text.length, a + Math.floor(rnd() * 64));
    switch (Math.floor(rnd() * 9)) {
      case 0: // flip one character
        text = text.slice(0, a) + String.fromCharCode(Math.floor(rnd() * 0x2100)) + text.slice(a + 1);
        break;
      case 1:
      case 2:
        text = text.slice(0, a) + pick(TOKENS[target]) + text.slice(a);
        break;
      case 3:
        text = text.slice(0, a) + text.slice(b);
        break;
      case 4: // duplicate a chunk
        text = text.slice(0, b) + text.slice(a, b) + text.slice(b);
        break;
      case 5: {
        // splice in a piece of another seed
        const o = pick(others);
        const s = Math.floor(rnd() * o.length);
        text = text.slice(0, a) + o.slice(s, s + Math.floor(rnd() * 400)) + text.slice(a);
        break;
      }
      case 6: {
        // nest: repeat an opener many times (deep nesting is where parsers recurse)
        const opener = pick(target === "loader" ? ["[", "{a: ", "- ", "  "] : ["(", "{", "[", "<", "a?b:"]);
        text = text.slice(0, a) + opener.repeat(1 + Math.floor(rnd() * 3000)) + text.slice(a);
        break;
      }
      case 7: // swap line endings
        text = rnd() < 0.5 ? text.replace(/\r?\n/g, "\r\n") : text.replace(/\r\n/g, "\n");
        break;
      default: // indentation shift on one line
        text = text.slice(0, a) + " ".repeat(Math.floor(rnd() * 9)) + text.slice(a);
    }
  }
  return text.length > MAX_INPUT ? text.slice(0, MAX_INPUT) : text;
}

// ---------------------------------------------------------------------------------------------------------
// Saving and reading the corpus

export function corpusName(target: Target, input: string, ext: string): string {
  const hash = crypto.createHash("sha1").update(input).digest("hex").slice(0, 12);
  return target === "loader" ? `loader-${hash}.yaml` : `scanner-${hash}${ext}`;
}

export function corpusEntries(): { file: string; target: Target; ext: string; input: string }[] {
  if (!fs.existsSync(CORPUS_DIR)) return [];
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /^(loader|scanner)-/.test(f))
    .sort()
    .map((f) => ({ file: f, target: f.split("-")[0] as Target, ext: path.extname(f), input: fs.readFileSync(path.join(CORPUS_DIR, f), "utf8") }));
}

// ---------------------------------------------------------------------------------------------------------
// The worker: fuzz one target until the deadline

interface WorkerInput {
  target: Target;
  deadline: number;
  seed: number;
  shared: SharedArrayBuffer;
}

type WorkerMessage = { kind: "crash"; input: string; ext: string; error: string } | { kind: "done"; executions: number; maxMs: number };

/** Layout of the shared buffer: [0] executions, [1] input length (UTF-16 units), [2] ext index; then the input. */
const HEADER = 3;
const EXTS = [".ts", ".tsx", ".js", ".mjs", ".cjs", ".prisma", ".yaml", ".jsx", ".mts", ".cts"];

function fuzzInWorker({ target, deadline, seed, shared }: WorkerInput): void {
  const header = new Int32Array(shared, 0, HEADER);
  const chars = new Uint16Array(shared, HEADER * 4);
  const rnd = prng(seed);
  const pool = seeds(target);
  const texts = pool.map((s) => s.text);
  let executions = 0;
  let maxMs = 0;
  while (Date.now() < deadline) {
    const base = pool[Math.floor(rnd() * pool.length)];
    const input = mutate(base.text, target, texts, rnd);
    const ext = target === "loader" ? ".yaml" : base.ext;
    for (let i = 0; i < input.length; i++) chars[i] = input.charCodeAt(i);
    Atomics.store(header, 1, input.length);
    Atomics.store(header, 2, EXTS.indexOf(ext));
    Atomics.add(header, 0, 1);
    const t0 = Date.now();
    try {
      runTarget(target, input, ext);
    } catch (err) {
      parentPort!.postMessage({ kind: "crash", input, ext, error: String((err as Error)?.stack ?? err).slice(0, 2000) } satisfies WorkerMessage);
    }
    maxMs = Math.max(maxMs, Date.now() - t0);
    executions++;
  }
  parentPort!.postMessage({ kind: "done", executions, maxMs } satisfies WorkerMessage);
}

if (!isMainThread && (workerData as { fuzz?: WorkerInput })?.fuzz) fuzzInWorker((workerData as { fuzz: WorkerInput }).fuzz);

export interface FuzzReport {
  target: Target;
  executions: number;
  /** Slowest single input, ms. */
  maxMs: number;
  saved: string[];
}

/** Fuzzes one target for `seconds`; an input running longer than `hangMs` is saved as a hang. */
export async function fuzz(target: Target, seconds: number, seed: number, hangMs = 10_000, log: (s: string) => void = () => {}): Promise<FuzzReport> {
  const report: FuzzReport = { target, executions: 0, maxMs: 0, saved: [] };
  const deadline = Date.now() + seconds * 1000;
  const save = (input: string, ext: string, why: string) => {
    fs.mkdirSync(CORPUS_DIR, { recursive: true });
    const name = corpusName(target, input, ext);
    fs.writeFileSync(path.join(CORPUS_DIR, name), input);
    report.saved.push(name);
    log(`  saved ${name}: ${why.split("\n")[0]}`);
  };
  let round = 0;
  while (Date.now() < deadline - 200) {
    const shared = new SharedArrayBuffer(HEADER * 4 + MAX_INPUT * 2);
    const header = new Int32Array(shared, 0, HEADER);
    const worker = new Worker(__filename, { workerData: { fuzz: { target, deadline, seed: seed + round++, shared } } });
    const outcome = await new Promise<"done" | "hang" | "died">((resolve) => {
      let lastCount = -1;
      let lastChange = Date.now();
      const watch = setInterval(() => {
        const count = Atomics.load(header, 0);
        if (count !== lastCount) {
          lastCount = count;
          lastChange = Date.now();
        } else if (Date.now() - lastChange > hangMs) {
          clearInterval(watch);
          resolve("hang");
        }
      }, 250);
      worker.on("message", (m: WorkerMessage) => {
        if (m.kind === "crash") save(m.input, m.ext, m.error);
        else {
          report.executions += m.executions;
          report.maxMs = Math.max(report.maxMs, m.maxMs);
          clearInterval(watch);
          resolve("done");
        }
      });
      worker.on("error", () => {
        clearInterval(watch);
        resolve("died");
      });
      worker.on("exit", () => {
        clearInterval(watch);
        resolve("died");
      });
    });
    if (outcome !== "done") {
      // A hang or a worker killed (e.g. out of memory): the input in shared memory is the culprit.
      const length = Atomics.load(header, 1);
      const ext = EXTS[Atomics.load(header, 2)] ?? ".ts";
      const chars = new Uint16Array(shared, HEADER * 4, length);
      let input = "";
      for (let i = 0; i < length; i += 8192) input += String.fromCharCode(...chars.subarray(i, Math.min(length, i + 8192)));
      report.executions += Atomics.load(header, 0);
      save(input, ext, outcome === "hang" ? `no progress for ${hangMs} ms` : "the worker died");
      await worker.terminate();
    } else {
      await worker.terminate();
      break;
    }
  }
  return report;
}
