// Renders the HTML data map of the fixture project (test-fixtures/data-map-app) in headless Chromium and saves a
// screenshot of its diagram to docs/data-map.png (or the path given as the first argument).
// Uses the same browser as the e2e suite (e2e/install.mjs: Debian's /usr/bin/chromium, driven by playwright-core).
// Run `npm run screenshot:data-map` (it builds first).
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../e2e/install.mjs";

const require = createRequire(import.meta.url);
const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const out = resolve(process.argv[2] ?? join(repo, "docs", "data-map.png"));

if (!existsSync(CHROMIUM_PATH)) {
  console.error(`screenshot: no Chromium at ${CHROMIUM_PATH} (install Debian's chromium, or run node e2e/install.mjs)`);
  process.exit(2);
}
const { screenshotDataMap } = require(join(repo, "out", "server", "test", "data-map-screenshot.js"));
const { chromium } = require("playwright-core");
const result = await screenshotDataMap({ chromium, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, out });
console.log(`screenshot: ${out} (${result.width}x${result.height}, ${result.flows} flows)`);
