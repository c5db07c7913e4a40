/**
 * The language server under churn, over the real protocol: thousands of rapid edits, notice edits racing code
 * edits, requests cancelled at once, files deleted mid-scan, and a crash recovered by a restart that is fed the
 * client's open (unsaved) documents, as vscode-languageclient does.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { TestClient, uriOf } from "./lsp-harness";
import {
  cancelled,
  churn,
  expectedUndeclared,
  learnerSource,
  makeWorkspace,
  MEMORY_SERVER_SCRIPT,
  memorySamples,
  noticeText,
  quiet,
  shown,
  undeclaredIn,
  versionRegressions,
} from "./robust-lsp-churn";

describe("robust: language server under churn", function () {
  this.timeout(120_000);
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const c of cleanup.splice(0)) await c();
  });

  async function start(extraFiles = 0, settings?: Record<string, unknown>) {
    const ws = makeWorkspace("churn", extraFiles);
    const client = await TestClient.start([ws.root], { serverScript: MEMORY_SERVER_SCRIPT, settings });
    cleanup.push(async () => {
      await client.stop();
      fs.rmSync(ws.root, { recursive: true, force: true });
    });
    return { ws, client };
  }

  it("2,000 rapid didChange events with notice edits racing them: the last publish matches the latest versions, never a stale one", async () => {
    const { ws, client } = await start(0, { debounceMs: 20 });
    await client.ready();
    client.open(ws.learner, learnerSource(1).text);
    client.open(ws.notice, noticeText(false));
    await quiet(client);
    const t0 = Date.now();
    const r = await churn(client, ws, 2000, 2);
    assert.strictEqual(r.mismatch, undefined, r.mismatch);
    assert.deepStrictEqual(versionRegressions(client, ws.learner), []);
    // Nothing stale arrives afterwards either.
    const count = client.publishCount(ws.learner);
    await new Promise((res) => setTimeout(res, 300));
    const later = (client.diagnostics.get(uriOf(ws.learner)) ?? []).slice(count);
    assert.ok(later.every((p) => p.version === r.learnerVersion), `late publishes: ${later.map((p) => p.version).join(",")}`);
    assert.ok(cancelled.answered + cancelled.refused > 0);
    const mem = memorySamples(client);
    console.log(`      2,000 edits in ${Date.now() - t0} ms; ${client.publishCount(ws.learner)} publishes; cancelled requests: ${cancelled.refused} refused, ${cancelled.answered} answered anyway; server heap ${mem[mem.length - 1]?.heapMB} MB`);
  });

  it("files deleted while the initial scan runs: no diagnostics left on them, the rest correct", async () => {
    const { ws, client } = await start(300);
    const models = path.join(ws.root, "src", "models");
    const gone = fs.readdirSync(models).filter((_, i) => i % 2 === 0).map((f) => path.join(models, f));
    for (const f of gone) fs.rmSync(f); // while the server is scanning
    void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: gone.map((f) => ({ uri: uriOf(f), type: 3 })) });
    await client.ready(60_000);
    await client.sync();
    await new Promise((r) => setTimeout(r, 500));
    for (const f of gone) {
      const last = client.lastDiagnostics(f);
      assert.ok(!last || last.diagnostics.length === 0, `${path.basename(f)} still has ${last?.diagnostics.length} diagnostics`);
    }
    const kept = fs.readdirSync(models).map((f) => path.join(models, f));
    assert.strictEqual(kept.length, 150);
    for (const f of kept.slice(0, 20)) {
      const p = await client.waitForDiagnostics(f, (x) => x.diagnostics.length > 0);
      assert.deepStrictEqual(undeclaredIn(p), ["user.contact.email", "user.contact.phone_number"]);
    }
  });

  it("a crashed server is replaced by a new one that, fed the client's open documents, publishes for the UNSAVED notice", async () => {
    const { ws, client } = await start();
    await client.ready();
    const code = learnerSource(2); // has email
    client.open(ws.learner, code.text);
    client.open(ws.notice, noticeText(false));
    await client.waitForDiagnostics(ws.learner, (p) => p.version === 1 && undeclaredIn(p).includes("user.contact.email"));
    // The user declares the email in the editor and does not save.
    client.change(ws.notice, noticeText(true));
    await quiet(client);
    const beforeCrash = await client.until("declared", () => {
      const p = client.lastDiagnostics(ws.learner);
      return p && !undeclaredIn(p).includes("user.contact.email") ? p : undefined;
    });
    assert.deepStrictEqual(undeclaredIn(beforeCrash), []);
    assert.strictEqual(fs.readFileSync(ws.notice, "utf8"), noticeText(false), "the disk still has the old notice");

    client.process.kill("SIGKILL");
    await new Promise((r) => client.process.once("exit", r));

    // What vscode-languageclient does after a crash: start a new server, re-open every open document with its text.
    const restarted = await TestClient.start([ws.root], { serverScript: MEMORY_SERVER_SCRIPT });
    cleanup.push(() => restarted.stop());
    for (const [uri, doc] of client.documents) restarted.open(path.resolve(new URL(uri).pathname), doc.text);
    await restarted.ready();
    await quiet(restarted);
    // The code has an email, which only the UNSAVED notice declares: a server reading the disk would flag it.
    assert.deepStrictEqual(expectedUndeclared(code.fields, false), ["user.contact.email"]);
    assert.deepStrictEqual(undeclaredIn(shown(restarted, ws.learner)), expectedUndeclared(code.fields, true), "the unsaved declaration still counts");
    assert.strictEqual(restarted.text(ws.notice), noticeText(true), "the client kept the unsaved edit");
    // Proof that the server is live and reads the open documents: un-declaring in the editor flags it again.
    restarted.change(ws.notice, noticeText(false));
    const flagged = await restarted.waitForDiagnostics(ws.learner, (p) => undeclaredIn(p).includes("user.contact.email"));
    assert.strictEqual(flagged.version, 1);
  });
});
