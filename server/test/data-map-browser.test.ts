import * as assert from "assert";
import * as fs from "fs";
import * as path from "path";
import { pathToFileURL } from "url";
import { screenshotDataMap, type ChromiumLike } from "./data-map-screenshot";

const REPO = path.resolve(__dirname, "..", "..", "..");

describe("data map in a browser", function () {
  this.timeout(120_000);

  it("renders the HTML report's diagram in headless Chromium, self-contained, and screenshots it", async function () {
    // The browser the e2e suite uses (e2e/install.mjs): Debian's Chromium, driven by playwright-core.
    const e2e = (await import(pathToFileURL(path.join(REPO, "e2e", "install.mjs")).href)) as { CHROMIUM_PATH: string; CHROMIUM_ARGS: string[] };
    if (!fs.existsSync(e2e.CHROMIUM_PATH)) {
      this.test!.title += ` (skipped: no Chromium at ${e2e.CHROMIUM_PATH}; install Debian's chromium or run node e2e/install.mjs)`;
      this.skip();
    }
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require("playwright-core") as { chromium: ChromiumLike };
    const out = path.join(REPO, "test-output", "data-map.png");
    const r = await screenshotDataMap({ chromium, executablePath: e2e.CHROMIUM_PATH, args: e2e.CHROMIUM_ARGS, out });
    assert.ok(r.flows >= 10, `the extractor finds the fixture's calls (${r.flows})`);
    assert.strictEqual(r.xmlError, "", "the SVG parses as XML");
    assert.deepStrictEqual(r.requests, [], "nothing fetched");
    assert.deepStrictEqual(r.consoleErrors, []);
    assert.ok(r.width > 900 && r.height > 400, `laid out at ${r.width}x${r.height}`);
    for (const label of ["Collected in code", "user.contact.email", "Not in the notice", "OpenAI", "Mixpanel", "NOT DECLARED in the notice", "flow the notice does not declare"]) {
      assert.ok(r.labels.includes(label), `${label} drawn`);
    }
    const png = fs.readFileSync(out);
    assert.strictEqual(png.subarray(1, 4).toString("latin1"), "PNG");
  });
});
