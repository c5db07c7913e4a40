#!/usr/bin/env node
/**
 * Checks one labelled app folder the way `npm run eval` loads it, without scanning anything, so a labeller can run it
 * and still never see the scanner's output: every row labelled with a known key, `none`, `ambiguous` or `not-a-field`,
 * every file present, every line naming its field, and the app's LICENSE beside its labels. Needs `npm run build`.
 *
 *   node scripts/devset/check-labels.mjs test-fixtures/real/<app>
 *
 * Prints the number of rows per label, or the first problem with its labels.tsv line, and exits 1.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { loadRealSet } = require("../../out/server/test/eval/real-set.js");

const dir = process.argv[2] && path.resolve(process.argv[2]);
if (!dir || !fs.existsSync(path.join(dir, "labels.tsv"))) {
  console.error("usage: node scripts/devset/check-labels.mjs <folder with labels.tsv>");
  process.exit(2);
}
if (!fs.existsSync(path.join(dir, "LICENSE"))) {
  console.error(`${dir}: LICENSE missing (copy the app's licence file there, named LICENSE)`);
  process.exit(1);
}
// loadRealSet reads every app under a root: give it a root that holds this one app only.
const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-labels-"));
try {
  fs.symlinkSync(dir, path.join(root, path.basename(dir)));
  const [app] = loadRealSet(root);
  const counts = {};
  for (const row of app.rows) counts[row.label] = (counts[row.label] ?? 0) + 1;
  console.log(`OK ${app.name}: ${app.rows.length} rows`, counts);
} catch (error) {
  // (Named by the folder given, not by the temporary root's link to it.)
  console.error(String(error.message).split(path.join(root, path.basename(dir))).join(dir));
  process.exitCode = 1;
} finally {
  fs.rmSync(root, { recursive: true, force: true });
}
