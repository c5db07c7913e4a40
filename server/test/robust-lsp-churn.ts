/**
 * Churn and soak scenarios against the real language server process, shared by the fast protocol tests
 * (robust-lsp-churn.test.ts, in `npm test`) and the long soak (`npm run test:soak`, robust-soak.ts).
 *
 * The server runs under a small wrapper (robust-soak-server.js) that reports its own heap and RSS on stderr once a
 * second, so memory is measured from inside the process, without changing the server.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { PublishDiagnosticsParams } from "vscode-languageserver";
import { CancellationTokenSource } from "vscode-jsonrpc/node";
import { TestClient, uriOf } from "./lsp-harness";

/** Requests the churn sent and cancelled at once: answered anyway, or refused with RequestCancelled. */
export const cancelled = { answered: 0, refused: 0 };

export const MEMORY_SERVER_SCRIPT = path.join(__dirname, "robust-soak-server.js");

/** A learner model whose personal fields vary with `i`: the expected diagnostics are known for every version. */
export function learnerSource(i: number): { text: string; fields: string[] } {
  const fields = ["fullName", ...(i % 2 === 0 ? ["email"] : []), ...(i % 3 === 0 ? ["phoneNumber"] : [])];
  const lines = ["/** A learner's account. */", "export interface Learner {", "  id: string;", ...fields.map((f) => `  ${f}: string;`), `  // revision ${i}`, "}", ""];
  return { text: lines.join("\n"), fields };
}

export const NOTICE_BASE = [
  "version: 1",
  "organisation:",
  "  controller: Example Learning Ltd",
  "  contact: privacy@example.com",
  "categories:",
  "  user.name:",
  "    purposes: [accounts]",
  "    basis: contract",
  "    retention: { period: P12M, after: account_closure, then: delete }",
];

/** The notice, declaring the email (with a complete entry) or not. */
export function noticeText(declaresEmail: boolean): string {
  const email = ["  user.contact.email:", "    purposes: [accounts]", "    basis: contract", "    retention: { period: P12M, after: account_closure, then: delete }"];
  return [...NOTICE_BASE, ...(declaresEmail ? email : []), ""].join("\n");
}

/** Categories the checks should report as undeclared for this code and notice. */
export function expectedUndeclared(fields: string[], declaresEmail: boolean): string[] {
  const out: string[] = [];
  if (fields.includes("email") && !declaresEmail) out.push("user.contact.email");
  if (fields.includes("phoneNumber")) out.push("user.contact.phone_number");
  return out.sort();
}

export function undeclaredIn(p: PublishDiagnosticsParams): string[] {
  return p.diagnostics
    .filter((d) => d.code === "undeclared-category")
    .map((d) => /collects (user\.[a-z_.]+)/.exec(typeof d.message === "string" ? d.message : d.message.value)?.[1] ?? "?")
    .sort();
}

/** A fresh workspace with the learner and the notice (email not declared). */
export function makeWorkspace(name: string, extraFiles = 0): { root: string; learner: string; notice: string } {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-churn-${name}-`)));
  fs.mkdirSync(path.join(root, "src", "models"), { recursive: true });
  const learner = path.join(root, "src", "learner.ts");
  const notice = path.join(root, "privacy-notice.yaml");
  fs.writeFileSync(learner, learnerSource(1).text);
  fs.writeFileSync(notice, noticeText(false));
  for (let i = 0; i < extraFiles; i++) {
    fs.writeFileSync(path.join(root, "src", "models", `m${i}.ts`), `export interface Customer${i} {\n  id: string;\n  email: string;\n  phoneNumber: string;\n}\n`);
  }
  return { root, learner, notice };
}

export interface MemorySample {
  t: number;
  heapMB: number;
  rssMB: number;
}

/** Memory samples the wrapper printed on the server's stderr so far. */
export function memorySamples(client: TestClient): MemorySample[] {
  const out: MemorySample[] = [];
  for (const m of client.stderr.join("").matchAll(/privacy-lint-memory (\{[^}]*\})/g)) out.push(JSON.parse(m[1]) as MemorySample);
  return out;
}

/**
 * Waits until the server is quiet: every message sent has been handled and no diagnostics were published for
 * `quietMs`. (The server does not re-send unchanged or empty diagnostics, so "a publish for version N" is not
 * always coming; quiet-then-compare is the check an editor's user sees.)
 */
export async function quiet(client: TestClient, quietMs = 400, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const total = () => [...client.diagnostics.values()].reduce((n, l) => n + l.length, 0);
  await client.sync();
  for (;;) {
    const before = total();
    await new Promise((r) => setTimeout(r, quietMs));
    await client.sync();
    if (total() === before) return;
    if (Date.now() > deadline) throw new Error("the server never went quiet");
  }
}

/** What the editor shows for `file` now: the last published diagnostics (none published = none shown). */
export function shown(client: TestClient, file: string): PublishDiagnosticsParams {
  return client.lastDiagnostics(file) ?? { uri: uriOf(file), diagnostics: [] };
}

/** Publishes for a document must never go back to an older version (a stale result published late). */
export function versionRegressions(client: TestClient, file: string): string[] {
  const list = client.diagnostics.get(uriOf(file)) ?? [];
  const out: string[] = [];
  let highest = -1;
  for (const p of list) {
    if (p.version === undefined || p.version === null) continue;
    if (p.version < highest) out.push(`v${p.version} published after v${highest}`);
    highest = Math.max(highest, p.version);
  }
  return out;
}

/**
 * One churn round: `edits` rapid code changes, a notice edit every `noticeEvery` of them, requests that are cancelled
 * at once, then a check that the final published diagnostics match the final texts. Returns the last versions.
 */
export async function churn(
  client: TestClient,
  ws: { learner: string; notice: string },
  edits: number,
  start: number,
  noticeEvery = 7,
): Promise<{ learnerVersion: number; declaresEmail: boolean; mismatch?: string }> {
  let declaresEmail = false;
  let learnerVersion = 0;
  let lastFields: string[] = [];
  for (let i = start; i < start + edits; i++) {
    const { text, fields } = learnerSource(i);
    learnerVersion = client.change(ws.learner, text);
    lastFields = fields;
    if (i % noticeEvery === 0) {
      declaresEmail = !declaresEmail;
      client.change(ws.notice, noticeText(declaresEmail));
    }
    if (i % 5 === 0) {
      // A client that cancels everything: ask, then cancel at once (before the server can answer).
      const source = new CancellationTokenSource();
      const method = i % 10 === 0 ? "textDocument/hover" : "textDocument/codeAction";
      const params =
        method === "textDocument/hover"
          ? { textDocument: { uri: uriOf(ws.learner) }, position: { line: 3, character: 3 } }
          : { textDocument: { uri: uriOf(ws.learner) }, range: { start: { line: 3, character: 0 }, end: { line: 3, character: 5 } }, context: { diagnostics: [] } };
      client.connection.sendRequest(method, params, source.token).then(
        () => cancelled.answered++,
        () => cancelled.refused++,
      );
      source.cancel();
    }
    // Mostly back-to-back, with a pause longer than the debounce now and then, so results are computed and
    // published mid-churn and a slow one could race a newer version.
    if (i % 40 === 0) await new Promise((r) => setTimeout(r, 25));
  }
  // The last edit always leaves an undeclared phone number, so a publish for the final version must come.
  const final = learnerSource(6 * (Math.floor((start + edits) / 6) + 1));
  learnerVersion = client.change(ws.learner, final.text);
  lastFields = final.fields;
  await quiet(client);
  const last = shown(client, ws.learner);
  const expected = expectedUndeclared(lastFields, declaresEmail);
  if (last.version !== learnerVersion || undeclaredIn(last).join() !== expected.join()) {
    return { learnerVersion, declaresEmail, mismatch: `expected v${learnerVersion} ${expected.join()}, shown v${last.version} ${undeclaredIn(last).join() || "nothing"}` };
  }
  return { learnerVersion, declaresEmail };
}
