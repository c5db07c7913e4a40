import * as assert from "assert";
import * as path from "path";
import { spawn } from "child_process";
import { BIN, CLI_FIXTURES, REPO_ROOT, runCli } from "./cli-helpers";
import { escapeData, escapeProperty } from "../src/cli/format-github";

const BASIC = path.join(CLI_FIXTURES, "basic");
const CLEAN = path.join(CLI_FIXTURES, "clean");
const NO_NOTICE = path.join(CLI_FIXTURES, "no-notice");

describe("cli check", function () {
  this.timeout(60000);

  describe("exit codes", () => {
    it("is 0 on a clean project and prints a one-line summary", () => {
      const r = runCli(["check", CLEAN]);
      assert.strictEqual(r.code, 0, r.stderr);
      assert.match(r.stdout, /^✔ No problems\. 1 file scanned, 1 personal-data field\.\n$/);
    });

    it("is 1 when errors remain, and --fail-on raises or lowers the bar", () => {
      assert.strictEqual(runCli(["check", BASIC]).code, 1);
      // basic has errors: fail-on none never fails
      assert.strictEqual(runCli(["check", BASIC, "--fail-on", "none"]).code, 0);
      // clean has no problems at any severity
      assert.strictEqual(runCli(["check", CLEAN, "--fail-on", "hint"]).code, 0);
    });

    it("--fail-on warning fails on warnings only projects, default error does not", () => {
      const dir = path.join(REPO_ROOT, "test-fixtures", "notices", "imperial-afterhours");
      const json = JSON.parse(runCli(["check", dir, "--format", "json"]).stdout);
      assert.strictEqual(json.summary.error, 0);
      assert.ok(json.summary.warning > 0, "fixture expected to have warnings");
      assert.strictEqual(runCli(["check", dir]).code, 0);
      assert.strictEqual(runCli(["check", dir, "--fail-on", "warning"]).code, 1);
    });

    it("is 2 on usage errors, with a message", () => {
      const unknownFormat = runCli(["check", BASIC, "--format", "xml"]);
      assert.strictEqual(unknownFormat.code, 2);
      assert.match(unknownFormat.stderr, /xml.*(invalid|Allowed choices)/is);
      const missing = runCli(["check", path.join(BASIC, "nope")]);
      assert.strictEqual(missing.code, 2);
      assert.match(missing.stderr, /no such file or folder/);
      assert.strictEqual(runCli(["frobnicate"]).code, 2);
      assert.strictEqual(runCli(["check", BASIC, "--max-workers", "0"]).code, 2);
      assert.strictEqual(runCli([]).code, 2);
    });

    it("--help for every command and --version exit 0", () => {
      for (const cmd of ["check", "fix", "inventory", "report", "lsp"]) {
        const r = runCli([cmd, "--help"]);
        assert.strictEqual(r.code, 0, cmd);
        assert.match(r.stdout, new RegExp(`Usage: privacy-lint ${cmd}`), cmd);
      }
      const v = runCli(["--version"]);
      assert.strictEqual(v.code, 0);
      assert.match(v.stdout.trim(), /^\d+\.\d+\.\d+/);
    });
  });

  describe("text format", () => {
    it("prints file:line:col  severity  message  check-id lines in file/position order, then a summary", () => {
      const r = runCli(["check", "test-fixtures/cli/basic"]);
      const lines = r.stdout.trimEnd().split("\n");
      const problems = lines.filter((l) => /^\S+:\d+:\d+  /.test(l));
      assert.deepStrictEqual(
        problems.map((l) => l.replace(/  .*  /, "  …  ")),
        [
          "test-fixtures/cli/basic/privacy-notice.yaml:21:3  …  unused-declaration",
          "test-fixtures/cli/basic/src/customer.ts:12:3  …  undeclared-category",
          "test-fixtures/cli/basic/src/customer.ts:15:3  …  undeclared-category",
          "test-fixtures/cli/basic/src/order.ts:2:3  …  undeclared-category",
          "test-fixtures/cli/basic/src/order.ts:3:3  …  undeclared-category",
          "test-fixtures/cli/basic/src/order.ts:4:3  …  undeclared-category",
        ],
      );
      assert.match(problems[1], /^test-fixtures\/cli\/basic\/src\/customer\.ts:12:3  error    Customer\.phoneNumber collects user\.contact\.phone_number, which the privacy notice does not declare  undeclared-category$/);
      assert.match(lines[lines.length - 1], /^✖ 6 problems \(5 errors, 0 warnings, 1 info, 0 hints\)\. 2 files scanned, 7 personal-data fields\.$/);
      // the suppressed courierPhone is not reported
      assert.ok(!r.stdout.includes("courierPhone"));
    });

    it("uses colour only when forced or on a terminal, and NO_COLOR wins", () => {
      assert.ok(!runCli(["check", BASIC]).stdout.includes("\u001b["), "piped output must be plain");
      assert.ok(runCli(["check", BASIC], { env: { FORCE_COLOR: "1" } }).stdout.includes("\u001b[31m"));
      assert.ok(!runCli(["check", BASIC], { env: { FORCE_COLOR: "1", NO_COLOR: "1" } }).stdout.includes("\u001b["));
    });

    it("prints no progress line when piped", () => {
      const r = runCli(["check", BASIC]);
      assert.strictEqual(r.stderr, "");
    });

    it("reports code with no notice as undeclared", () => {
      const r = runCli(["check", NO_NOTICE]);
      assert.strictEqual(r.code, 1);
      assert.match(r.stdout, /User\.passportNumber collects user\.government_id\.passport_number, but no privacy-notice\.yaml covers this file/);
      assert.ok(!r.stdout.includes("Product"), "Product.name is not a person's name");
    });

    it("restricts the scan to the given paths and then does not claim declarations are unused", () => {
      const r = runCli(["check", "test-fixtures/cli/basic/src/order.ts", "--format", "json"]);
      const json = JSON.parse(r.stdout);
      assert.strictEqual(json.summary.files, 1);
      assert.deepStrictEqual([...new Set(json.diagnostics.map((d: { file: string }) => d.file))], ["src/order.ts"]);
      assert.ok(!json.diagnostics.some((d: { checkId: string }) => d.checkId === "unused-declaration"));
    });
  });

  describe("json format", () => {
    it("has a summary and located diagnostics with paths relative to the project root", () => {
      const r = runCli(["check", BASIC, "--format", "json"]);
      const json = JSON.parse(r.stdout);
      assert.strictEqual(json.tool, "privacy-lint");
      assert.deepStrictEqual(json.summary, { files: 2, findings: 7, problems: 6, error: 5, warning: 0, info: 1, hint: 0 });
      const first = json.diagnostics[1];
      assert.deepStrictEqual(
        { file: first.file, line: first.line, column: first.column, endLine: first.endLine, endColumn: first.endColumn, severity: first.severity, checkId: first.checkId, category: first.category, field: first.field, owner: first.owner },
        { file: "src/customer.ts", line: 12, column: 3, endLine: 12, endColumn: 14, severity: "error", checkId: "undeclared-category", category: "user.contact.phone_number", field: "phoneNumber", owner: "Customer" },
      );
      assert.strictEqual(first.related[0].file, "privacy-notice.yaml");
    });

    it("is byte-identical across runs and worker counts", () => {
      const a = runCli(["check", BASIC, "--format", "json", "--max-workers", "1"]).stdout;
      const b = runCli(["check", BASIC, "--format", "json", "--max-workers", "2"]).stdout;
      assert.strictEqual(a, b);
    });
  });

  describe("github format", () => {
    it("emits one workflow command per problem with file/line/col and an escaped message", () => {
      const r = runCli(["check", "test-fixtures/cli/basic", "--format", "github"]);
      const lines = r.stdout.trimEnd().split("\n");
      assert.strictEqual(lines[0], "::notice file=test-fixtures/cli/basic/privacy-notice.yaml,line=21,col=3,endLine=21,endColumn=30,title=privacy-lint (unused-declaration)::user.financial.bank_account is declared but no scanned field collects it");
      assert.match(lines[1], /^::error file=test-fixtures\/cli\/basic\/src\/customer\.ts,line=12,col=3,endLine=12,endColumn=14,title=privacy-lint \(undeclared-category\)::Customer\.phoneNumber collects/);
      assert.strictEqual(lines.filter((l) => l.startsWith("::error ")).length, 5);
      assert.strictEqual(r.code, 1);
    });

    it("escapes data and property values as the runner expects", () => {
      assert.strictEqual(escapeData("50% a\r\nb"), "50%25 a%0D%0Ab");
      assert.strictEqual(escapeProperty("a:b,c"), "a%3Ab%2Cc");
    });
  });

  describe("lsp", () => {
    it("lsp --stdio starts the language server, which answers initialize", async () => {
      const child = spawn(process.execPath, [BIN, "lsp", "--stdio"], { cwd: REPO_ROOT });
      try {
        const msg = JSON.stringify({ jsonrpc: "2.0", id: 1, method: "initialize", params: { processId: null, rootUri: null, capabilities: {} } });
        child.stdin.write(`Content-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`);
        const reply = await new Promise<string>((resolve, reject) => {
          let out = "";
          child.stdout.on("data", (d: Buffer) => {
            out += d.toString("utf8");
            if (out.includes('"capabilities"')) resolve(out);
          });
          child.on("exit", (code) => reject(new Error(`server exited with ${code} before answering: ${out}`)));
        });
        assert.match(reply, /"id":1,"result":\{"capabilities"/);
      } finally {
        child.kill();
      }
    });
  });
});
