// Runs the VS Code integration suite (client/test/suite) with @vscode/test-electron.
// VS Code comes from VSCODE_EXECUTABLE when set (an installed VS Code), else it is downloaded. When neither is
// possible (no executable, no network), the suite is SKIPPED with the reason, and the exit code is 0 unless
// PRIVACY_LINT_REQUIRE_VSCODE=1 asks for a failure instead.
import * as esbuild from "esbuild";
import { existsSync, cpSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { runTests, downloadAndUnzipVSCode } from "@vscode/test-electron";

const root = resolve(".");
const outDir = join(root, "out", "client-test");
await esbuild.build({
  entryPoints: { index: "client/test/suite/index.ts", "extension.test": "client/test/suite/extension.test.ts" },
  bundle: true, platform: "node", target: "node20", format: "cjs", outdir: outDir, external: ["vscode", "mocha"], logLevel: "warning",
});

const skip = (why) => {
  const message = `test:vscode SKIPPED: ${why}`;
  if (process.env.PRIVACY_LINT_REQUIRE_VSCODE === "1") {
    console.error(message);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
};

let vscodeExecutablePath = process.env.VSCODE_EXECUTABLE;
if (vscodeExecutablePath && !existsSync(vscodeExecutablePath)) skip(`VSCODE_EXECUTABLE=${vscodeExecutablePath} does not exist`);
if (!vscodeExecutablePath) {
  try {
    vscodeExecutablePath = await downloadAndUnzipVSCode({ version: process.env.VSCODE_VERSION ?? "stable", timeout: 30_000 });
  } catch (err) {
    skip(`no VS Code to run: VSCODE_EXECUTABLE is not set and downloading VS Code failed (${err.message.split("\n")[0]}). Set VSCODE_EXECUTABLE to an installed VS Code binary, or run where update.code.visualstudio.com is reachable.`);
  }
}

// A scratch copy of the fixture: the suite applies a quick fix to its notice.
const workspace = mkdtempSync(join(tmpdir(), "privacy-lint-vscode-"));
cpSync(join(root, "test-fixtures", "lsp", "basic"), workspace, { recursive: true });
try {
  await runTests({
    vscodeExecutablePath,
    extensionDevelopmentPath: root,
    extensionTestsPath: join(outDir, "index.js"),
    launchArgs: [workspace, "--disable-extensions", "--skip-welcome", "--skip-release-notes"],
  });
} catch (err) {
  console.error(`test:vscode failed: ${err.message ?? err}`);
  process.exit(1);
}
