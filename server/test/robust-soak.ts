/**
 * `npm run test:soak`: a long churn session against the real language server, measuring its memory over time.
 * Rounds of 500 rapid edits with racing notice edits and cancelled requests, plus files created and deleted on
 * disk (with watched-file notifications), for SOAK_SECONDS (default 120). Every round must end with the shown
 * diagnostics matching the latest texts; at the end, heap and RSS of the last quarter are compared with the first
 * quarter after warm-up. Exit 1 on a stale result or memory growth over 25 % and 20 MB.
 */
import * as fs from "fs";
import * as path from "path";
import { TestClient, uriOf } from "./lsp-harness";
import { churn, makeWorkspace, MEMORY_SERVER_SCRIPT, memorySamples, noticeText, learnerSource, quiet, type MemorySample } from "./robust-lsp-churn";

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
};

async function soak(): Promise<number> {
  const seconds = Number(process.env.SOAK_SECONDS ?? 120);
  const ws = makeWorkspace("soak", 200);
  const client = await TestClient.start([ws.root], { serverScript: MEMORY_SERVER_SCRIPT, settings: { debounceMs: 20 } });
  let failures = 0;
  try {
    await client.ready(60_000);
    client.open(ws.learner, learnerSource(1).text);
    client.open(ws.notice, noticeText(false));
    await quiet(client);
    const deadline = Date.now() + seconds * 1000;
    let round = 0;
    let edits = 0;
    let lastPrint = 0;
    console.log(`soak: ${seconds} s against ${ws.root}`);
    console.log("   t(s)  rounds   edits  heap(MB)  rss(MB)");
    while (Date.now() < deadline) {
      // Disk churn: a file appears and another disappears, as a branch switch or a code generator would do.
      const tmpFile = path.join(ws.root, "src", "models", `soak${round % 20}.ts`);
      if (fs.existsSync(tmpFile)) {
        fs.rmSync(tmpFile);
        void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(tmpFile), type: 3 }] });
      } else {
        fs.writeFileSync(tmpFile, `export interface Soak${round} { email: string }\n`);
        void client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: uriOf(tmpFile), type: 1 }] });
      }
      const r = await churn(client, ws, 500, round * 1000 + 2);
      edits += 501;
      round++;
      if (r.mismatch) {
        failures++;
        console.log(`  round ${round}: STALE: ${r.mismatch}`);
      }
      const mem = memorySamples(client);
      const last = mem[mem.length - 1];
      if (last && last.t - lastPrint >= 10) {
        lastPrint = last.t;
        console.log(`  ${String(last.t).padStart(5)} ${String(round).padStart(7)} ${String(edits).padStart(7)} ${last.heapMB.toFixed(1).padStart(9)} ${last.rssMB.toFixed(1).padStart(8)}`);
      }
    }
    await quiet(client);
    const samples: MemorySample[] = memorySamples(client);
    const warm = samples.filter((s) => s.t >= 10);
    const q = Math.max(1, Math.floor(warm.length / 4));
    const first = warm.slice(0, q);
    const lastQ = warm.slice(-q);
    const heap = [median(first.map((s) => s.heapMB)), median(lastQ.map((s) => s.heapMB))];
    const rss = [median(first.map((s) => s.rssMB)), median(lastQ.map((s) => s.rssMB))];
    const peak = Math.max(...samples.map((s) => s.rssMB));
    console.log(`soak: ${round} rounds, ${edits} edits, ${failures} stale results`);
    console.log(`soak: heap median first quarter ${heap[0]} MB -> last quarter ${heap[1]} MB; RSS ${rss[0]} -> ${rss[1]} MB; peak RSS ${peak} MB`);
    const grew = (a: number, b: number) => b - a > 20 && b > a * 1.25;
    if (grew(heap[0], heap[1]) || grew(rss[0], rss[1])) {
      console.log("soak: memory grew");
      failures++;
    }
    if (client.process.exitCode !== null) {
      console.log("soak: the server exited");
      failures++;
    }
  } finally {
    await client.stop();
    fs.rmSync(ws.root, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

soak().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
