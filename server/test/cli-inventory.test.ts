import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { formatInventoryJson, inventoryEntries } from "../src/cli/inventory";
import { displayPath } from "../src/cli/style";
import type { Finding } from "../src/core/types";
import { ScanPool, scanWorkerPath } from "../src/core/scan/scan-pool";
import { CLI_FIXTURES, REPO_ROOT, runCli } from "./cli-helpers";

const INVENTORY = path.join(CLI_FIXTURES, "inventory");

describe("cli inventory", function () {
  this.timeout(60000);

  it("prints the issue-2 JSON contract: exact keys, paths relative to DIR with /, 1-based positions, one entry per site", () => {
    const r = runCli(["inventory", INVENTORY, "--format", "json"], { cwd: path.join(REPO_ROOT, "server") });
    assert.strictEqual(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepStrictEqual(Object.keys(json), ["findings"]);
    for (const f of json.findings) assert.deepStrictEqual(Object.keys(f), ["file", "line", "column", "field", "owner", "category", "confidence", "evidence"]);
    assert.deepStrictEqual(
      json.findings.map((f: { file: string; line: number; column: number; field: string; owner: string; category: string }) => `${f.file}:${f.line}:${f.column} ${f.owner}.${f.field} ${f.category}`),
      [
        "src/account.ts:2:3 AccountShape.email user.contact.email",
        "src/account.ts:6:11 Account._email user.contact.email",
        "src/account.ts:8:7 Account.email user.contact.email", // getter
        "src/account.ts:12:7 Account.email user.contact.email", // setter: its own site
        "src/nested/profile.js:5:3 ProfileSchema.displayName user.name",
        "src/nested/profile.js:6:3 ProfileSchema.homeAddress user.contact.address",
        "src/nested/profile.js:7:3 ProfileSchema.ip user.device.ip_address",
      ],
    );
    // tsconfig extends a package that is not installed; its outDir (lib/) is still treated as build output
    assert.ok(!json.findings.some((f: { file: string }) => f.file.startsWith("lib/")));
    assert.ok(json.findings.every((f: { confidence: number; evidence: string }) => f.confidence > 0 && f.confidence <= 1 && f.evidence.length > 0));
  });

  it("JSON: one finding per line, whatever the strings in it hold", () => {
    const entry = (i: number, evidence: string) => ({ file: `src/a${i}.ts`, line: i, column: 3, field: "email", owner: "User", category: "user.contact.email", confidence: 0.9, evidence });
    const entries = [entry(1, 'rule x: },{"file":"fake.ts"} \\"},{"file": \n'), entry(2, "plain"), entry(3, '"},{"file":"')];
    const text = formatInventoryJson(entries);
    assert.strictEqual(text, `{"findings": [\n${entries.map((e) => "  " + JSON.stringify(e)).join(",\n")}\n]}\n`);
    assert.deepStrictEqual(JSON.parse(text).findings, entries);
    assert.strictEqual(formatInventoryJson([]), '{"findings": []}\n');
  });

  it("JSON: file paths relative to the folder, as displayPath gives them", () => {
    const dir = path.resolve("/work/project");
    const at = (file: string) => inventoryEntries([{ file, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, field: "f", owner: "o", category: "c", confidence: 1, evidence: "e" } as Finding], dir)[0].file;
    for (const file of ["/work/project/src/a.ts", "/work/project/src/../b.ts", "/work/project/./c.ts", "/work/project//d.ts", "/work/projectx/e.ts", "/work/other/f.ts", "/work/project", "/work/project/.hidden/g.ts", "/work/project/..x/h.ts", "/work/project/src/", "/work/project/src/."]) {
      assert.strictEqual(at(file), displayPath(file, dir), file);
    }
    assert.strictEqual(inventoryEntries([{ file: "/work/project/src/a.ts", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } as Finding], "/work/project/")[0].file, displayPath("/work/project/src/a.ts", "/work/project/"));
  });

  it("defaults to a readable table and to the current folder", () => {
    const r = runCli(["inventory"], { cwd: INVENTORY });
    assert.strictEqual(r.code, 0);
    const lines = r.stdout.split("\n");
    assert.match(lines[0], /^LOCATION {2,}FIELD {2,}OWNER {2,}CATEGORY {2,}CONF\.$/);
    assert.match(lines[1], /^src\/account\.ts:2:3 {2,}email {2,}AccountShape {2,}user\.contact\.email {2,}0\.95$/);
    assert.match(r.stdout, /\n7 personal-data fields in 2 files \(4 categories\); 2 files scanned\.\n$/);
  });

  it("works on the notice fixtures and matches the scan of check", () => {
    const dir = path.join(REPO_ROOT, "test-fixtures", "notices", "caltech-ctme");
    const inv = JSON.parse(runCli(["inventory", dir, "--format", "json"]).stdout);
    const check = JSON.parse(runCli(["check", dir, "--format", "json"]).stdout);
    assert.strictEqual(inv.findings.length, check.summary.findings);
  });

  it("exits 2 for a folder that does not exist", () => {
    const r = runCli(["inventory", path.join(CLI_FIXTURES, "missing")]);
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /does not exist/);
  });
});

describe("cli report", function () {
  this.timeout(60000);

  it("renders the data map in markdown with locations, notice details and undeclared rows highlighted", () => {
    const r = runCli(["report", path.join(CLI_FIXTURES, "basic")]);
    assert.strictEqual(r.code, 0, r.stderr);
    assert.match(r.stdout, /^# Personal data map: basic\n/);
    assert.match(r.stdout, /\| `user\.contact\.email`<br>[^|]+\| declared \| src\/customer\.ts:9 \(Customer\.email\)<br>src\/order\.ts:9 \(OrderDto\.customerEmail\) \| — \| orders \| contract \| P24M, after account closure, then delete \| mailer \(processor, IE\) \|/);
    assert.match(r.stdout, /\n```mermaid\nflowchart LR\n[\s\S]*c\d+\["user\.contact\.phone_number<br\/>[^"]*NOT DECLARED"\]:::undeclared\n[\s\S]*\n```\n/);
    assert.match(r.stdout, /\| `user\.contact\.phone_number`<br>[^|]+\| \*\*⚠ NOT DECLARED\*\* \| src\/customer\.ts:12 \(Customer\.phoneNumber\) \|/);
    assert.match(r.stdout, /\| `user\.financial\.bank_account`<br>[^|]+\| declared, not found in code \| — \|/);
    assert.ok(!r.stdout.includes("courierPhone"), "suppressed fields are not collected data");
  });

  it("renders html with escaped content and a highlighted class on undeclared rows", () => {
    const r = runCli(["report", path.join(CLI_FIXTURES, "basic"), "--format", "html"]);
    assert.strictEqual(r.code, 0);
    assert.match(r.stdout, /^<!doctype html>/);
    assert.match(r.stdout, /<tr class="undeclared"><td><code>user\.contact\.phone_number<\/code>/);
    assert.match(r.stdout, /<tr class="declared"><td><code>user\.contact\.email<\/code>/);
    assert.match(r.stdout, /<figure class="diagram"><svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[\s\S]*<g class="node category undeclared"><title>user\.contact\.phone_number /);
    assert.ok(!/<script/i.test(r.stdout));
  });
});

describe("scan pool", function () {
  this.timeout(60000);

  it("finds its worker script next to itself (tsc output: scan-thread.js, which turns the compile cache on; a bundle emits dist/scan-worker.js)", () => {
    const p = scanWorkerPath();
    assert.ok(p && fs.existsSync(p));
    assert.strictEqual(path.basename(p), "scan-thread.js");
    assert.ok(fs.existsSync(path.join(path.dirname(p), "scan-worker.js")), "the worker it starts");
  });

  it("gives the same results in the same order with threads as in-process, for many batches", async () => {
    const base = [
      ...fs.readdirSync(path.join(REPO_ROOT, "test-fixtures", "notices", "caltech-ctme", "src")).map((f) => path.join(REPO_ROOT, "test-fixtures", "notices", "caltech-ctme", "src", f)),
      path.join(INVENTORY, "src", "account.ts"),
      path.join(INVENTORY, "src", "nested", "profile.js"),
      path.join(INVENTORY, "does-not-exist.ts"),
    ];
    const files = Array.from({ length: 12 }, () => base).flat();
    const threaded = new ScanPool({ maxWorkers: 2, batchSize: 5 });
    const inProcess = new ScanPool({ maxWorkers: 1 });
    try {
      assert.ok(threaded.threaded);
      assert.ok(!inProcess.threaded);
      let progressCalls = 0;
      let lastDone = 0;
      const a = await threaded.scan(files, (done, total) => {
        progressCalls++;
        assert.ok(done > lastDone && total === files.length);
        lastDone = done;
      });
      const b = await inProcess.scan(files);
      assert.deepStrictEqual(a, b);
      assert.deepStrictEqual(a.map((r) => r.file), files);
      assert.ok(a.some((r) => r.findings.length > 0));
      assert.strictEqual(a[5].notes[0].code, "unreadable");
      assert.strictEqual(lastDone, files.length);
      assert.ok(progressCalls >= files.length / 5);
      // the pool is reusable (the language server keeps one)
      assert.deepStrictEqual(await threaded.scan(files.slice(0, 3)), b.slice(0, 3));
    } finally {
      await threaded.close();
      await inProcess.close();
    }
    await assert.rejects(threaded.scan(files), /after close/);
  });
});
