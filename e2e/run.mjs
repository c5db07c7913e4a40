// End-to-end test of the packaged extension in a real VS Code (code-server), driven by Chromium.
// `npm run test:e2e`. Steps (issue 7): diagnostics, hover, declare quick fix, retention quick fix,
// broken notice, restricted mode. Screenshots: test-output/e2e/. See docs/e2e.md.
//
// Environment:
//   PRIVACY_LINT_E2E_VSIX=path     test this .vsix instead of building one with `npm run package`
//   PRIVACY_LINT_E2E_CACHE=dir     where code-server is cached (default ~/.cache/privacy-lint-e2e)
//   PRIVACY_LINT_E2E_TIMEOUT_MIN=n bound of the run itself, install and packaging excluded (default 15)
//   PRIVACY_LINT_E2E_HEADED=1      show the browser (needs a display)
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { EXTENSION_ID, installExtension, prepareProfile, startCodeServer } from "./code-server.mjs";
import { CHROMIUM_ARGS, CHROMIUM_PATH, ensureAll } from "./install.mjs";
import { killEverything, processesMentioning, runCommand } from "./processes.mjs";
import { Workbench, formatMarkers } from "./workbench.mjs";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(join(repoRoot, "package.json"));
const { chromium } = require("playwright-core");
const YAML = require("yaml");

const FIXTURE = join(repoRoot, "test-fixtures", "e2e-workspace");
const OUTPUT = join(repoRoot, "test-output", "e2e");
const RUN_MINUTES = Number(process.env.PRIVACY_LINT_E2E_TIMEOUT_MIN ?? 15);
const INSTALL_MINUTES = 35; // fresh machine: apt packages, Node 24, code-server and its native builds
const PACKAGE_MINUTES = 5;

// What the fixture workspace holds (test-fixtures/e2e-workspace), and so what a user must see.
const MODEL_FILE = "src/models/customer.ts";
const NOTICE_FILE = "privacy-notice.yaml";
const PHONE = { owner: "Customer", field: "phoneNumber", category: "user.contact.phone_number", line: 7, column: 3 };
const BIRTH = { owner: "Customer", field: "dateOfBirth", category: "user.demographic.date_of_birth", line: 8, column: 3 };
const EMAIL = { owner: "Customer", field: "email", category: "user.contact.email", line: 4, column: 3 };
const RETENTION_CHOICE = { title: /Keep for 24 months from collection, then delete/, rule: "{ period: P24M, then: delete }" };

const inFile = (name) => (marker) => (marker.file ?? "").split("/").pop() === name;
const onLine = (field) => (marker) => inFile("customer.ts")(marker) && marker.line === field.line;
const modelMarkers = (markers) => markers.filter(inFile("customer.ts"));
const noticeMarkers = (markers) => markers.filter(inFile(NOTICE_FILE));

class StepFailure extends Error {}

function check(condition, message) {
  if (!condition) throw new StepFailure(message);
}

/** The two undeclared fields of the fixture, exactly: the baseline for steps 1 and 6. */
function undeclaredBaseline(markers) {
  const model = modelMarkers(markers);
  return model.length === 2
    && [PHONE, BIRTH].every((field) => model.some((m) => onLine(field)(m) && m.code === "undeclared-category" && m.severity === "error"
      && m.message.includes(field.field) && m.message.includes(field.category)));
}

// ---------------------------------------------------------------------------------------------
// Bookkeeping: steps, time bounds, cleanup.

const results = [];
let currentPhase = "starting";
let workbench; // the current Workbench, for the last screenshot's path
let runDir;
let cleanupDone;

function log(message) {
  process.stdout.write(`${message}\n`);
}

async function step(number, title, body) {
  currentPhase = `step ${number} (${title})`;
  const started = Date.now();
  log(`e2e: step ${number}: ${title}`);
  try {
    await body();
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    results.push({ number, title, ok: true, seconds });
    log(`e2e: step ${number} passed (${seconds} s)${workbench?.lastScreenshot ? `, screenshot ${relative(repoRoot, workbench.lastScreenshot)}` : ""}`);
  } catch (error) {
    let failureShot;
    try { failureShot = await workbench?.screenshot(`${String(number).padStart(2, "0")}-failed`); } catch { /* the page may be gone */ }
    results.push({ number, title, ok: false, error });
    log(`e2e: step ${number} (${title}) FAILED: ${error.message}`);
    log(`e2e: last screenshot: ${failureShot ?? workbench?.lastScreenshot ?? "(none taken)"}`);
    throw error;
  }
}

function skipSteps(numbers, reason) {
  for (const [number, title] of numbers) results.push({ number, title, ok: false, skipped: true, error: new Error(reason) });
}

const openEditors = new Set(); // browser contexts still open, closed first on a signal

async function closeBrowser(context) {
  await Promise.race([context.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
  openEditors.delete(context);
}

async function cleanup() {
  if (cleanupDone) return cleanupDone;
  cleanupDone = (async () => {
    const leftovers = runDir ? await killEverything(runDir) : [];
    if (leftovers.length) log(`e2e: killed ${leftovers.length} leftover process(es) still naming the run folder: ${leftovers.map((p) => p.pid).join(", ")}`);
    const still = runDir ? processesMentioning(runDir) : [];
    if (still.length) log(`e2e: WARNING: processes still running: ${still.map((p) => `${p.pid} ${p.cmdline.slice(0, 80)}`).join("; ")}`);
    return still;
  })();
  return cleanupDone;
}

/** Copies a log file or folder into test-output/e2e/logs/ (kept for a reviewer; the run's temp folder is deleted). */
function copyLogs(from, name) {
  if (!existsSync(from)) return;
  const target = join(OUTPUT, "logs", name);
  mkdirSync(dirname(target), { recursive: true });
  try { cpSync(from, target, { recursive: true }); } catch (error) { log(`e2e: could not keep ${from}: ${error.message}`); }
}

/** Runs body with a hard bound; on expiry the failure names the phase and everything is killed. */
function withDeadline(minutes, what, body) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} exceeded its ${minutes} min bound during ${currentPhase}`)), minutes * 60_000);
  });
  return Promise.race([body(), expired]).finally(() => clearTimeout(timer));
}

// ---------------------------------------------------------------------------------------------
// Setup: the .vsix, a workspace copy, a code-server, a browser.

function newestVsix(since) {
  const candidates = readdirSync(repoRoot).filter((name) => name.endsWith(".vsix")).map((name) => join(repoRoot, name))
    .filter((path) => statSync(path).mtimeMs >= since).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  return candidates[0];
}

async function packageExtension() {
  if (process.env.PRIVACY_LINT_E2E_VSIX) {
    const path = resolve(process.env.PRIVACY_LINT_E2E_VSIX);
    if (!existsSync(path)) throw new Error(`PRIVACY_LINT_E2E_VSIX=${path} does not exist`);
    return path;
  }
  const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts ?? {};
  if (!scripts.package) throw new Error("package.json has no \"package\" script, so no .vsix can be built (set PRIVACY_LINT_E2E_VSIX to test an existing one)");
  const since = Date.now() - 1_000;
  log("e2e: building the .vsix (npm run package)");
  await runCommand("npm", ["run", "package"], { cwd: repoRoot, timeoutMs: PACKAGE_MINUTES * 60_000, label: "npm run package", quiet: true });
  const vsix = newestVsix(since);
  if (!vsix) throw new Error("`npm run package` succeeded but wrote no .vsix in the repository root");
  return vsix;
}

/** A code-server with the .vsix installed in a throw-away profile, serving a fresh copy of the fixture. */
async function startEditor({ name, trust, installed, vsix, guard }) {
  const dir = join(runDir, name);
  const workspace = join(dir, "workspace");
  cpSync(FIXTURE, workspace, { recursive: true });
  const profile = prepareProfile(join(dir, "profile"), { trust });
  const extension = await installExtension(installed, profile, vsix);
  guard();
  log(`e2e: [${name}] installed ${extension}; starting code-server`);
  const server = await startCodeServer(installed, profile, { logPath: join(dir, "code-server.log") });
  try {
    guard();
  } catch (error) {
    await server.stop();
    throw error;
  }
  const context = await chromium.launchPersistentContext(join(dir, "chromium"), {
    executablePath: CHROMIUM_PATH,
    headless: !process.env.PRIVACY_LINT_E2E_HEADED,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
    timeout: 60_000,
    // This script handles signals itself (closing the browser, then killing what is left).
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  openEditors.add(context);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    dir, workspace, profile, server, context, page,
    async close() {
      await closeBrowser(context);
      await server.stop();
      copyLogs(join(profile.userDataDir, "logs"), `${name}-vscode`);
      copyLogs(join(dir, "code-server.log"), `${name}-code-server.log`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The six steps.

async function trustedSteps(editor, deadline) {
  const wb = (workbench = new Workbench(editor.page, { screenshotDir: OUTPUT, deadline }));
  const noticeOnDisk = join(editor.workspace, NOTICE_FILE);
  const originalNotice = readFileSync(noticeOnDisk, "utf8");
  await wb.open(`${editor.server.url}/?folder=${encodeURIComponent(editor.workspace)}`);
  check(!(await wb.isRestrictedMode()), "the trusted workspace opened in restricted mode");

  await step(1, "open a model file: squiggles and Problems panel show the undeclared fields", async () => {
    await wb.openFile(MODEL_FILE);
    await wb.showProblemsPanel();
    const markers = await wb.waitForProblems(undeclaredBaseline,
      `two undeclared-category errors in ${MODEL_FILE} (${PHONE.field} on line ${PHONE.line}, ${BIRTH.field} on line ${BIRTH.line})`, 120_000);
    check(markers.every((m) => !m.source || m.source === "privacy-lint" || !inFile("customer.ts")(m)), `unexpected diagnostic source in ${MODEL_FILE}:\n${formatMarkers(markers)}`);
    check(modelMarkers(markers).every((m) => m.relatedCount >= 1), `the undeclared-category diagnostics carry no related information (the notice's categories):\n${formatMarkers(markers)}`);
    check(noticeMarkers(markers).length === 0, `the fixture notice should have no problems, the panel shows:\n${formatMarkers(markers)}`);
    // The squiggles in the editor: one error decoration per undeclared field.
    await editor.page.waitForFunction(() => document.querySelectorAll(".editor-instance .monaco-editor .squiggly-error").length === 2, null,
      { timeout: wb.timeout(20_000) }).catch(async () => {
      const count = await editor.page.locator(".editor-instance .monaco-editor .squiggly-error").count();
      throw new StepFailure(`expected 2 error squiggles in ${MODEL_FILE}, the editor shows ${count}`);
    });
    await wb.screenshot("01-diagnostics");
  });

  await step(2, "hover a field: category, evidence and notice status", async () => {
    await wb.goTo(PHONE.line, PHONE.column + 2);
    const undeclared = await wb.hoverAtCursor(new RegExp(`${PHONE.category.replace(/\./g, "\\.")}[\\s\\S]*Not declared`));
    check(undeclared.includes(`${PHONE.owner}.${PHONE.field}`), `the hover does not name the field:\n${undeclared}`);
    check(/Detected because: \S/.test(undeclared), `the hover gives no evidence:\n${undeclared}`);
    check(undeclared.includes(`Not declared in ${NOTICE_FILE}`), `the hover does not give the notice status:\n${undeclared}`);
    await wb.screenshot("02-hover-undeclared");
    await editor.page.keyboard.press("Escape");
    // A declared field's hover says what the notice declares for it.
    await wb.goTo(EMAIL.line, EMAIL.column + 1);
    const declared = await wb.hoverAtCursor(/declares user\.contact\.email/);
    check(/Purposes: account login; order confirmations/.test(declared), `the declared field's hover lacks the purposes:\n${declared}`);
    check(/Retention: P12M after account closure, then delete/.test(declared), `the declared field's hover lacks the retention:\n${declared}`);
    check(/Recipients: cloud-host \(processor\)/.test(declared), `the declared field's hover lacks the recipients:\n${declared}`);
    await wb.screenshot("02-hover-declared");
    await editor.page.keyboard.press("Escape");
  });

  await step(3, "apply the declare quick fix: the notice shows the new entry, undeclared becomes missing-retention", async () => {
    await wb.goTo(PHONE.line, PHONE.column + 2);
    const declareTitle = new RegExp(`^Declare ${PHONE.category.replace(/\./g, "\\.")} in ${NOTICE_FILE.replace(".", "\\.")}`);
    const offered = await wb.openQuickFixMenu(declareTitle);
    log(`e2e:   quick fixes offered: ${offered.join(" | ")}`);
    await wb.applyQuickFix(declareTitle);
    // The client reveals the inserted lines in the notice.
    await editor.page.locator(`.tabs-container .tab.active[data-resource-name="${NOTICE_FILE}"]`).waitFor({ timeout: wb.timeout(20_000) })
      .catch(() => { throw new StepFailure(`after the declare quick fix, ${NOTICE_FILE} was not opened to show the new entry`); });
    await wb.waitForEditorText((text) => text.includes(`${PHONE.category}:`), `the new ${PHONE.category} entry in ${NOTICE_FILE}`);
    await wb.waitForProblems((markers) => {
      const phone = markers.filter(onLine(PHONE));
      return phone.length === 1 && phone[0].code === "missing-retention"
        && markers.filter(onLine(BIRTH)).some((m) => m.code === "undeclared-category");
    }, `${PHONE.field}: undeclared-category gone and missing-retention shown; ${BIRTH.field} still undeclared`);
    await wb.screenshot("03-declared");
  });

  let afterRetention;
  await step(4, "apply a retention choice: the field is clean, the notice on disk keeps its comments", async () => {
    await wb.openFile(MODEL_FILE);
    await wb.goTo(PHONE.line, PHONE.column + 2);
    const retentionTitle = new RegExp(`Retention of ${PHONE.category.replace(/\./g, "\\.")}: ${RETENTION_CHOICE.title.source}`);
    const offered = await wb.openQuickFixMenu(retentionTitle);
    log(`e2e:   quick fixes offered: ${offered.join(" | ")}`);
    check(offered.filter((title) => title.startsWith(`Retention of ${PHONE.category}:`)).length >= 2, `expected several retention choices, offered: ${offered.join(" | ")}`);
    await wb.applyQuickFix(retentionTitle);
    await wb.saveAll();
    afterRetention = await wb.waitForProblems(
      (markers) => markers.filter(onLine(PHONE)).length === 0 && modelMarkers(markers).length === 1 && markers.some(onLine(BIRTH)),
      `no diagnostics left on ${PHONE.field}, only ${BIRTH.field}'s in ${MODEL_FILE}`);
    const saved = readFileSync(noticeOnDisk, "utf8");
    assertNoticeEdited(originalNotice, saved);
    await wb.openFile(NOTICE_FILE);
    await wb.screenshot("04-retention");
  });

  await step(5, "break the notice's YAML: one diagnostic on the notice, no flood in code; fix it", async () => {
    const before = afterRetention;
    // One keystroke a user might mistype: an extra space before the email entry's `basis:`, which
    // misaligns the mapping (exactly one YAML error).
    const lines = readFileSync(noticeOnDisk, "utf8").split("\n");
    const emailLine = lines.indexOf(`  ${EMAIL.category}:`);
    const basisLine = lines.findIndex((line, index) => index > emailLine && line.startsWith("    basis:")) + 1;
    check(emailLine >= 0 && basisLine > 0, `no basis: line under ${EMAIL.category} in the saved ${NOTICE_FILE}`);
    await wb.goTo(basisLine, 1);
    await editor.page.keyboard.type(" ");
    // The notice gets the syntax error at the mistake and the single notice-invalid summary (docs/checks.md),
    // nothing else; code keeps being checked against the last valid notice, so its diagnostics do not change.
    const broken = await wb.waitForProblems((markers) => {
      const notice = noticeMarkers(markers);
      return notice.length === 2
        && notice.filter((m) => m.code === "notice-syntax" && m.severity === "error" && m.line === basisLine).length === 1
        && notice.filter((m) => m.code === "notice-invalid" && m.severity === "error").length === 1;
    }, `one notice-syntax error on line ${basisLine} of ${NOTICE_FILE} and the notice-invalid summary, nothing else on the notice`);
    check(sameMarkers(modelMarkers(broken), modelMarkers(before)),
      `breaking the notice changed the code diagnostics.\nBefore:\n${formatMarkers(modelMarkers(before))}\nAfter:\n${formatMarkers(modelMarkers(broken))}`);
    await wb.screenshot("05-broken-notice");
    await editor.page.keyboard.press("Control+Z");
    await wb.waitForProblems((markers) => sameMarkers(markers, before), "the Problems panel as before the break");
    await editor.page.waitForFunction(() => !document.querySelector(".tabs-container .tab.dirty"), null, { timeout: wb.timeout(10_000) });
    check(readFileSync(noticeOnDisk, "utf8") === lines.join("\n"), `${NOTICE_FILE} on disk changed during step 5`);
    await wb.screenshot("05-fixed-notice");
  });
}

/** The notice on disk: the original text with one entry inserted, comments intact, the chosen retention. */
function assertNoticeEdited(original, saved) {
  const originalLines = original.split("\n");
  const savedLines = saved.split("\n");
  // Every original line, comments included, is still there, in order (the edit only inserted lines).
  let at = 0;
  for (const line of savedLines) if (at < originalLines.length && line === originalLines[at]) at++;
  check(at === originalLines.length, `the notice on disk lost or changed original line ${at + 1}: ${JSON.stringify(originalLines[at])}\n--- saved ---\n${saved}`);
  const inserted = savedLines.filter((line) => !originalLines.includes(line)).join("\n");
  check(inserted.includes(`${PHONE.category}:`), `the saved notice has no ${PHONE.category} entry:\n${saved}`);
  check(inserted.includes(`retention: ${RETENTION_CHOICE.rule}`), `the saved notice lacks "retention: ${RETENTION_CHOICE.rule}":\n${saved}`);
  const document = YAML.parseDocument(saved);
  check(document.errors.length === 0, `the saved notice is not valid YAML: ${document.errors[0]?.message}`);
  const entry = document.toJS().categories?.[PHONE.category];
  check(entry && entry.retention?.period === "P24M" && entry.retention?.then === "delete",
    `the saved notice's ${PHONE.category}.retention is ${JSON.stringify(entry?.retention)}`);
  check(document.toJS().categories?.[EMAIL.category]?.retention?.period === "P12M", "the existing email declaration changed");
}

function sameMarkers(a, b) {
  const key = (m) => `${m.file}:${m.line}:${m.column}:${m.severity}:${m.code}:${m.message}`;
  const left = a.map(key).sort();
  const right = b.map(key).sort();
  return left.length === right.length && left.every((k, i) => k === right[i]);
}

async function restrictedModeStep(editor, deadline) {
  const wb = (workbench = new Workbench(editor.page, { screenshotDir: OUTPUT, deadline }));
  await step(6, "restricted mode (untrusted workspace): the extension still reports", async () => {
    await wb.open(`${editor.server.url}/?folder=${encodeURIComponent(editor.workspace)}`);
    await editor.page.waitForFunction(() => /Restricted Mode/i.test(document.querySelector(".part.statusbar")?.textContent ?? ""), null,
      { timeout: wb.timeout(30_000) }).catch(() => { throw new StepFailure("the untrusted workspace did not open in restricted mode"); });
    await wb.openFile(MODEL_FILE);
    await wb.showProblemsPanel();
    await wb.waitForProblems(undeclaredBaseline, `the two undeclared-category errors in ${MODEL_FILE}, in restricted mode`, 120_000);
    await wb.screenshot("06-restricted-mode");
  });
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const totalStart = Date.now();
  mkdirSync(OUTPUT, { recursive: true });
  for (const name of readdirSync(OUTPUT)) if (name.endsWith(".png") || name === "logs") rmSync(join(OUTPUT, name), { recursive: true, force: true });

  currentPhase = "install";
  const installStart = Date.now();
  const installed = await withDeadline(INSTALL_MINUTES, "the install", () => ensureAll(log));
  const installSeconds = (Date.now() - installStart) / 1000;
  log(`e2e: code-server ${installed.reused ? "cached" : "installed"} (${installed.dir}, node ${installed.nodeVersion}) in ${installSeconds.toFixed(1)} s`);

  currentPhase = "packaging";
  const vsix = await withDeadline(PACKAGE_MINUTES + 1, "packaging", packageExtension);
  log(`e2e: testing ${relative(repoRoot, vsix)} as ${EXTENSION_ID}`);

  runDir = mkdtempSync(join(tmpdir(), "privacy-lint-e2e-"));
  const runStart = Date.now();
  const deadline = runStart + RUN_MINUTES * 60_000;
  const ALL_STEPS = [[1, "diagnostics"], [2, "hover"], [3, "declare quick fix"], [4, "retention quick fix"], [5, "broken notice"], [6, "restricted mode"]];
  const skipUnrecorded = (numbers, reason) => {
    const recorded = new Set(results.map((r) => r.number));
    skipSteps(ALL_STEPS.filter(([n]) => numbers.includes(n) && !recorded.has(n)), reason);
  };
  let failure;
  let aborted = false;
  // Once the bound is reached nothing new may start: the abandoned body only unwinds.
  const guard = () => { if (aborted) throw new Error(`the run's ${RUN_MINUTES} min bound was reached`); };
  const body = (async () => {
    currentPhase = "starting the trusted editor";
    let trusted;
    try {
      trusted = await startEditor({ name: "trusted", trust: "trusted", installed, vsix, guard });
      await trustedSteps(trusted, deadline);
    } catch (error) {
      failure ??= error;
      if (!results.some((r) => !r.ok)) log(`e2e: ${currentPhase} FAILED: ${error.message}`);
      skipUnrecorded([1, 2, 3, 4, 5], `not run: ${error.message.split("\n")[0]}`);
    } finally {
      await trusted?.close();
    }
    // Restricted mode needs its own code-server (trust is decided when the window opens); it runs even
    // when an earlier step failed, since it does not depend on them.
    currentPhase = "starting the untrusted editor";
    let untrusted;
    try {
      guard();
      untrusted = await startEditor({ name: "untrusted", trust: "untrusted", installed, vsix, guard });
      await restrictedModeStep(untrusted, deadline);
    } catch (error) {
      failure ??= error;
      if (!results.some((r) => r.number === 6)) {
        results.push({ number: 6, title: "restricted mode", ok: false, error });
        log(`e2e: ${currentPhase} FAILED: ${error.message}`);
      }
    } finally {
      await untrusted?.close();
    }
  })();
  try {
    let bound;
    const outcome = await Promise.race([
      body.then(() => "done"),
      new Promise((resolve) => { bound = setTimeout(() => resolve("timeout"), RUN_MINUTES * 60_000); }),
    ]);
    clearTimeout(bound);
    if (outcome === "timeout") {
      aborted = true;
      failure ??= new Error(`the run exceeded its ${RUN_MINUTES} min bound during ${currentPhase}`);
      log(`e2e: ${failure.message}; last screenshot: ${workbench?.lastScreenshot ?? "(none taken)"}`);
      await killEverything(runDir); // the abandoned step's browser and server die, so it unwinds quickly
      await Promise.race([body, new Promise((resolve) => setTimeout(resolve, 30_000).unref())]);
      skipUnrecorded([1, 2, 3, 4, 5, 6], `not run: ${failure.message}`);
    }
  } finally {
    const still = await cleanup();
    if (still.length) failure ??= new Error(`${still.length} process(es) were left behind`);
    rmSync(runDir, { recursive: true, force: true });
  }

  const runSeconds = (Date.now() - runStart) / 1000;
  log("");
  log("e2e results:");
  for (const result of results.sort((a, b) => a.number - b.number)) {
    const status = result.ok ? "ok     " : result.skipped ? "skipped" : "FAILED ";
    log(`  ${status} step ${result.number}: ${result.title}${result.ok ? ` (${result.seconds} s)` : ` — ${result.error.message.split("\n")[0]}`}`);
  }
  log(`e2e: install ${installSeconds.toFixed(1)} s (${installed.reused ? "cached" : "fresh"}), run ${runSeconds.toFixed(1)} s, total ${((Date.now() - totalStart) / 1000).toFixed(1)} s; screenshots in ${relative(repoRoot, OUTPUT)}/`);
  const passed = results.filter((r) => r.ok).length;
  log(`e2e: ${passed} passed, ${6 - passed} failed`);
  if (failure || passed !== 6) process.exitCode = 1;
  // After a timeout, an abandoned step may still hold a dead browser connection open: do not wait on it.
  setTimeout(() => process.exit(), 5_000).unref();
}

for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    log(`e2e: interrupted by ${signal} during ${currentPhase}; cleaning up`);
    Promise.all([...openEditors].map(closeBrowser)).then(cleanup).finally(() => {
      if (runDir) rmSync(runDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
}

main().catch(async (error) => {
  log(`e2e: FAILED during ${currentPhase}: ${error.message}`);
  if (workbench?.lastScreenshot) log(`e2e: last screenshot: ${workbench.lastScreenshot}`);
  await cleanup();
  if (runDir) rmSync(runDir, { recursive: true, force: true });
  process.exitCode = 1;
});
