/**
 * Security review as tests: no workspace code is executed, user globs cannot hang the tool, and paths from the
 * configuration cannot make it read or write outside the workspace (also not through a symbolic link).
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import fc from "fast-check";
import { main } from "../src/cli/main";
import { loadConfig } from "../src/core/config";
import { discoverFiles, Scope } from "../src/core/scan/files";
import picomatch from "picomatch";
import { globProblem, requiredLiteral, safeGlobMatcher } from "../src/core/scan/globs";
import { applyExemptions } from "../src/core/notice/checks";
import { loadNotice } from "../src/core/notice/loader";
import { Taxonomy } from "../src/core/classify/taxonomy";
import type { Finding } from "../src/core/types";

const REPO = path.resolve(__dirname, "..", "..", "..");
const tmp = (name: string) => fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), `privacy-lint-sec-${name}-`)));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(".ts")).map((e) => path.join(e.parentPath, e.name));
}

/** Runs the CLI with output captured. */
async function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const o = process.stdout.write.bind(process.stdout);
  const e = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((c: string) => ((out += c), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => ((err += c), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), out, err };
  } finally {
    process.stdout.write = o;
    process.stderr.write = e;
  }
}

describe("robust: security", function () {
  this.timeout(30_000);

  describe("no workspace code is executed", () => {
    it("server/src and client/src contain no eval, new Function, vm, or dynamic require/import of computed paths", () => {
      const offenders: string[] = [];
      const dirs = [path.join(REPO, "server", "src"), path.join(REPO, "client", "src")].filter((d) => fs.existsSync(d));
      for (const file of dirs.flatMap(sourceFiles)) {
        const text = fs.readFileSync(file, "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
        const rel = path.relative(REPO, file);
        if (/\beval\s*\(/.test(text)) offenders.push(`${rel}: eval(`);
        if (/\bnew\s+Function\s*\(/.test(text)) offenders.push(`${rel}: new Function(`);
        // The compile cache compiles, with vm, exactly the module source that `require` was loading anyway (our own
        // dependencies, never a workspace file): it is the one allowed user, and checked for that below.
        const compileCache = rel === path.join("server", "src", "compile-cache.ts");
        if (!compileCache && /\bfrom\s+["'](node:)?vm["']|require\(\s*["'](node:)?vm["']\s*\)/.test(text)) offenders.push(`${rel}: the vm module`);
        if (compileCache) {
          assert.strictEqual(text.match(/new vm\.Script\(/g)?.length, 1, "one place compiles");
          assert.match(text, /Module\.prototype\._compile = function \(content: string, filename: string\)[\s\S]*compileWithCache\(content, filename, cacheDir\)/);
          assert.ok(!/runInNewContext|compileFunction|SourceTextModule/.test(text));
        }
        // require/import of anything but a string literal could load a workspace file.
        for (const m of text.matchAll(/\b(require|import)\s*\(\s*([^)]*)\)/g)) {
          if (!/^["'][^"']+["']$/.test(m[2].trim())) offenders.push(`${rel}: ${m[1]}(${m[2].trim()})`);
        }
        // A literal require may only load a package or a module of ours, never a path from the workspace.
        for (const m of text.matchAll(/\brequire\s*\(\s*["']([^"']+)["']\s*\)/g)) {
          if (m[1].startsWith("/")) offenders.push(`${rel}: require of an absolute path ${m[1]}`);
        }
      }
      assert.deepStrictEqual(offenders, []);
    });

    it("RegExps built at run time come only from escaped category keys and from globs that passed the ReDoS check", () => {
      const dynamic: string[] = [];
      for (const file of sourceFiles(path.join(REPO, "server", "src"))) {
        const text = fs.readFileSync(file, "utf8");
        for (const m of text.matchAll(/new RegExp\(([^\n]*)/g)) dynamic.push(`${path.relative(REPO, file)}: ${m[1].slice(0, 60)}`);
      }
      // fix.ts builds one from a category key; keys are validated against /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/.
      // globs.ts compiles (with picomatch) only globs that passed globProblem (the ReDoS guard) first.
      // flows/triggers.ts joins catalogue words into one alternation of literals,
      // through escapeRegExp: no pattern syntax of the data gets into them.
      const allowed = [path.join("server", "src", "cli", "fix.ts"), path.join("server", "src", "core", "flows", "triggers.ts")];
      const triggers = fs.readFileSync(path.join(REPO, "server", "src", "core", "flows", "triggers.ts"), "utf8");
      assert.strictEqual(triggers.match(/new RegExp\(/g)?.length, 1);
      assert.strictEqual(triggers.match(/\.map\(escapeRegExp\)/g)?.length, 1, "the alternation is escaped");
      assert.ok(dynamic.every((d) => allowed.some((a) => d.startsWith(a))), dynamic.join("\n"));
      const globs = fs.readFileSync(path.join(REPO, "server", "src", "core", "scan", "globs.ts"), "utf8");
      assert.match(globs, /const safe = patterns\.filter\(\(p\) => globProblem\(p\) === undefined\);[\s\S]*safe\.map\(\(p\) => \(\{ literal: requiredLiteral\(p\), re: picomatch\.makeRe\(p/);
      assert.strictEqual(globs.match(/picomatch\.makeRe\(/g)?.length, 1, "one place compiles globs");
      // Rules are data: phrases and word lists, no pattern fields that could be compiled.
      const rules = fs.readFileSync(path.join(REPO, "rules", "detection.yaml"), "utf8");
      assert.ok(!/^\s*(pattern|regex|regexp|match)\s*:/im.test(rules), "no regex fields in the built-in rules");
    });

    it("check and fix on a hostile workspace run none of its config, plugin or script files", async () => {
      const ws = tmp("exec");
      const marker = path.join(ws, "EXECUTED");
      const payload = `require("fs").writeFileSync(${JSON.stringify(marker)}, "pwned"); module.exports = {};\n`;
      for (const f of [".privacy-lint.js", ".privacy-lint.cjs", "privacy-lint.config.js", "privacy-lint.config.mjs", ".eslintrc.js", "babel.config.js", "jest.config.js"]) {
        fs.writeFileSync(path.join(ws, f), payload);
      }
      fs.mkdirSync(path.join(ws, "src"));
      fs.writeFileSync(path.join(ws, "src", "user.ts"), `import "./evil";\nimport x from "../.privacy-lint.js";\nexport interface User { email: string }\n`);
      fs.writeFileSync(path.join(ws, "src", "evil.ts"), payload);
      fs.writeFileSync(path.join(ws, "tsconfig.json"), JSON.stringify({ extends: "./privacy-lint.config.js", compilerOptions: { plugins: [{ name: "./privacy-lint.config.js" }] } }));
      fs.writeFileSync(path.join(ws, "package.json"), JSON.stringify({ name: "x", scripts: { preinstall: "node .privacy-lint.js", privacy: "node .privacy-lint.js" } }));
      const check = await runCli(["check", ws, "--fail-on", "none", "--max-workers", "1"]);
      assert.strictEqual(check.code, 0, check.err);
      const fix = await runCli(["fix", ws, "--max-workers", "1"]);
      assert.strictEqual(fix.code, 0, fix.err);
      assert.ok(fs.existsSync(path.join(ws, "privacy-notice.yaml")), "fix did its work");
      assert.ok(!fs.existsSync(marker), "no workspace code ran");
    });

    it("the extension declares restricted-mode support, which the above makes honest", function () {
      const manifest = JSON.parse(fs.readFileSync(path.join(REPO, "package.json"), "utf8"));
      if (!manifest.contributes) this.skip(); // the VS Code client is not part of this checkout yet
      assert.strictEqual(manifest.capabilities?.untrustedWorkspaces?.supported, true);
      // Restricted mode must not be able to point the tool at executables: no setting names a program to run.
      const settings = Object.keys(manifest.contributes.configuration?.properties ?? {});
      assert.ok(!settings.some((s) => /path|command|executable|node|runtime/i.test(s) && !/notice/i.test(s)), settings.join(", "));
    });
  });

  describe("user globs cannot hang the tool", () => {
    const hostile = ["(a+)+b", "*(a|aa)b", "+(a*)+(a*)+(a*)b", "*a*a*a*a*a*a*a*a*a*a*b", "@(x|y)", "[a-z]*[a-z]*[a-z]*!", "x".repeat(2000)];
    const ordinary = ["**/*.ts", "src/**/*.{ts,tsx}", "**/*.generated.*", "legacy/**", "**/__generated__/**", "apps/*/src/**/*.ts", "**/[Mm]odels/*.ts", "?ser.ts", "src/{a,b}/**/*.e2e.*"];

    it("refuses extglobs, groups, too many stars in a segment and over-long globs; accepts ordinary ones", () => {
      for (const g of hostile) assert.ok(globProblem(g), `refused: ${g.slice(0, 30)}`);
      for (const g of ordinary) assert.strictEqual(globProblem(g), undefined, g);
    });

    it("property: any accepted glob matches adversarial paths in bounded time", () => {
      const token = fc.constantFrom("*", "**", "?", "a", "b", ".", "/", "[a-z]", "{a,b}", "{1..9}", "!", "\\");
      const paths = ["a".repeat(250), `${"a".repeat(40)}/`.repeat(8) + "c", "a/".repeat(150) + "c", `src/${"a".repeat(240)}.ts`, "a.".repeat(120)];
      fc.assert(
        fc.property(fc.array(token, { maxLength: 30 }).map((t) => t.join("")), (glob) => {
          fc.pre(glob.length > 0 && globProblem(glob) === undefined);
          const match = safeGlobMatcher([glob], { dot: true });
          const t0 = process.hrtime.bigint();
          for (const p of paths) match(p);
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          assert.ok(ms < 200, `${glob} took ${ms.toFixed(0)} ms`);
        }),
        { numRuns: 300 },
      );
    });

    it("property: the fixed-text pre-check never changes whether a glob matches", () => {
      const token = fc.constantFrom("*", "**", "?", "a", "b", "ab", ".", "/", "[ab]", "{a,b}", "{a,.b}", "!", "\\", "./", "..", ".test.", "node_modules", "+", "@");
      const segment = fc.constantFrom("a", "b", "ab", ".a", "..", ".", "node_modules", "x.test.ts", "a.b", ".test.", "+", "@a", "!");
      fc.assert(
        fc.property(
          fc.array(token, { minLength: 1, maxLength: 12 }).map((t) => t.join("")),
          fc.array(fc.array(segment, { minLength: 1, maxLength: 6 }).map((s) => s.join("/")), { minLength: 1, maxLength: 20 }),
          fc.boolean(),
          (glob, paths, dot) => {
            fc.pre(globProblem(glob) === undefined);
            const ours = safeGlobMatcher([glob], { dot });
            const plain = picomatch.makeRe(glob, { dot, noextglob: true });
            for (const p of paths) assert.strictEqual(ours(p), plain.test(p), `${glob} on ${p} (literal ${JSON.stringify(requiredLiteral(glob))})`);
          },
        ),
        { numRuns: 2000 },
      );
      assert.strictEqual(requiredLiteral("**/node_modules/**"), "node_modules");
      assert.strictEqual(requiredLiteral("**/*.test.*"), ".test.");
      assert.strictEqual(requiredLiteral("!**/node_modules/**"), undefined, "a negated glob matches paths without its text");
      assert.strictEqual(requiredLiteral("./*"), undefined, "picomatch drops a leading ./");
    });

    it("config include/exclude: a hostile glob is a located problem and is never compiled (discovery stays fast)", async () => {
      const ws = tmp("glob");
      fs.writeFileSync(path.join(ws, ".privacy-lint.yaml"), `include:\n  - "src/**/*.ts"\nexclude:\n  - "*a*a*a*a*a*a*a*a*a*a*a*a*b"\n  - "+(a|aa)*"\n`);
      fs.mkdirSync(path.join(ws, "src"));
      fs.writeFileSync(path.join(ws, "src", `${"a".repeat(200)}.ts`), "export interface User { email: string }\n");
      const { config, problems } = loadConfig(ws);
      assert.deepStrictEqual(problems.map((p) => [p.line, /at most 2 are allowed|extglobs/.test(p.message)]), [[4, true], [5, true]]);
      assert.deepStrictEqual(config.exclude, []);
      const t0 = Date.now();
      const files = await discoverFiles(ws, { include: config.include, exclude: ["*a*a*a*a*a*a*a*a*a*a*a*a*b", "(a+)+b"] });
      assert.ok(Date.now() - t0 < 2000);
      assert.strictEqual(files.length, 1, "unsafe excludes dropped, the file is still scanned");
      assert.strictEqual(new Scope(ws, { include: ["(a+)+b"] }).include.length, 0);
      assert.deepStrictEqual(await discoverFiles(ws, { include: ["(a+)+b"] }), [], "only unsafe includes: nothing, not everything");
    });

    it("a notice exemption path glob: hostile ones are reported at the value and match nothing, quickly", () => {
      const taxonomy = Taxonomy.builtin();
      const text = `version: 1\norganisation: {controller: X, contact: Y}\ncategories:\n  user.contact.email: {purposes: [a], basis: contract, retention: {period: P1Y}}\nexemptions:\n  - { path: "*a*a*a*a*a*a*a*a*a*a*a*a*a*b", reason: r }\n`;
      const { notice, problems } = loadNotice(text, "/ws/privacy-notice.yaml", taxonomy);
      const p = problems.find((d) => /wildcards/.test(d.message));
      assert.ok(p, problems.map((d) => d.message).join("\n"));
      assert.strictEqual(p.range.start.line, 5);
      const finding = { file: `/ws/${"a".repeat(240)}.ts`, field: "email", owner: "User", category: "user.contact.email", range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } } as unknown as Finding;
      const t0 = Date.now();
      const split = applyExemptions([finding], notice!, taxonomy);
      assert.ok(Date.now() - t0 < 500);
      assert.strictEqual(split.kept.length, 1);
    });
  });

  describe("paths cannot lead outside the workspace", () => {
    it("config notice/ruleFiles: ../, absolute paths and symlinks out of the root are refused with a location", () => {
      const outside = tmp("outside");
      fs.writeFileSync(path.join(outside, "rules.yaml"), "rules: []\n");
      const ws = tmp("contain");
      fs.symlinkSync(outside, path.join(ws, "docs"));
      fs.symlinkSync(path.join(outside, "rules.yaml"), path.join(ws, "rules.yaml"));
      fs.symlinkSync(path.join(outside, "nowhere"), path.join(ws, "dangling"));
      const cases: [string, RegExp][] = [
        ["notice: ../privacy-notice.yaml", /leaves the project root/],
        [`notice: ${path.join(outside, "n.yaml")}`, /leaves the project root/],
        ["notice: docs/privacy-notice.yaml", /leaves the project root/],
        ["notice: dangling/privacy-notice.yaml", /leaves the project root/],
        ["ruleFiles: [rules.yaml]", /leaves the project root/],
        ["ruleFiles: [docs/rules.yaml]", /leaves the project root/],
        ["include: [../**/*.ts]", /stay inside it/],
      ];
      for (const [yaml, expected] of cases) {
        fs.writeFileSync(path.join(ws, ".privacy-lint.yaml"), yaml + "\n");
        const { config, problems } = loadConfig(ws);
        assert.strictEqual(problems.length, 1, `${yaml}: ${problems.map((p) => p.message).join("; ")}`);
        assert.match(problems[0].message, expected);
        assert.strictEqual(problems[0].line, 1);
        assert.strictEqual(config.notice, undefined);
        assert.deepStrictEqual(config.ruleFiles, []);
      }
      fs.writeFileSync(path.join(ws, ".privacy-lint.yaml"), "notice: policies/privacy-notice.yaml\n");
      assert.deepStrictEqual(loadConfig(ws).problems, [], "a path inside the root that does not exist yet is fine");
    });

    it("fix with a notice path through a symlinked folder exits 2 and writes nothing outside", async () => {
      const outside = tmp("outside-fix");
      const ws = tmp("fix");
      fs.symlinkSync(outside, path.join(ws, "docs"));
      fs.mkdirSync(path.join(ws, "src"));
      fs.writeFileSync(path.join(ws, "src", "user.ts"), "export interface User { email: string; phoneNumber: string }\n");
      fs.writeFileSync(path.join(ws, ".privacy-lint.yaml"), "notice: docs/privacy-notice.yaml\n");
      const r = await runCli(["fix", ws, "--max-workers", "1"]);
      assert.strictEqual(r.code, 2, r.out + r.err);
      assert.match(r.err, /leaves the project root/);
      assert.deepStrictEqual(fs.readdirSync(outside), []);
    });

    it("discovery does not follow symlinks out of the root or into loops; FIFOs and folders named *.ts are skipped", async () => {
      const outside = tmp("outside-disc");
      fs.writeFileSync(path.join(outside, "secret.ts"), "export interface Secret { email: string }\n");
      const ws = tmp("disc");
      fs.mkdirSync(path.join(ws, "src", "a"), { recursive: true });
      fs.writeFileSync(path.join(ws, "src", "ok.ts"), "export interface User { email: string }\n");
      fs.symlinkSync(path.join(outside, "secret.ts"), path.join(ws, "src", "leak.ts"));
      fs.symlinkSync(outside, path.join(ws, "src", "outdir"));
      fs.symlinkSync("..", path.join(ws, "src", "a", "loop"));
      fs.symlinkSync("self", path.join(ws, "src", "self"));
      fs.mkdirSync(path.join(ws, "src", "dir.ts"));
      const t0 = Date.now();
      const files = await discoverFiles(ws);
      assert.ok(Date.now() - t0 < 5000);
      assert.deepStrictEqual(files, [path.join(ws, "src", "ok.ts")]);
    });
  });
});
