/**
 * Which files a scan covers by default (core/scan/files.ts): what glob wildcards skip as hidden must not hide an
 * application's own code.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { discoverFiles } from "../src/core/scan/files";

describe("scan scope: default include", () => {
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-scope-"));
    const files: Record<string, string> = {
      "app/.server/domain/applicant.ts": "export interface Applicant { email: string }",
      "app/.client/profile.tsx": "export const x = 1;",
      "app/routes/home.tsx": "export const y = 1;",
      // Tools' hidden folders stay out: a package manager's release, a cache, editor settings.
      ".yarn/releases/yarn-4.cjs": "module.exports = {};",
      "app/.cache/build.js": "module.exports = {};",
      ".vscode/settings.js": "module.exports = {};",
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  it("covers Remix's and React Router's .server and .client module folders, not other hidden folders", async () => {
    const found = (await discoverFiles(root)).map((f) => path.relative(root, f).split(path.sep).join("/"));
    assert.deepStrictEqual(found, ["app/.client/profile.tsx", "app/.server/domain/applicant.ts", "app/routes/home.tsx"]);
  });
});
