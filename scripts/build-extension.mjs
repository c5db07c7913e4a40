// Bundles the VS Code client, the language server and the scan pool's worker into dist/ with esbuild.
// The server bundle finds rules/ and schemas/ at runtime by walking up from dist/ (findRulesDir), so they ship
// next to dist/ in the .vsix instead of being inlined.
import * as esbuild from "esbuild";
import { rmSync } from "fs";

const production = process.argv.includes("--production");
rmSync("dist", { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  sourcemap: !production,
  minify: production,
  logLevel: "warning",
  // Keep __dirname meaning dist/ in every bundle (findRulesDir and scanWorkerPath rely on it).
  outdir: "dist",
  // ESM dependencies (tinyglobby's fdir) read import.meta.url, which is empty in a CommonJS bundle.
  define: { "import.meta.url": "__privacyLintImportMetaUrl" },
  banner: { js: 'const __privacyLintImportMetaUrl = require("url").pathToFileURL(__filename).href;' },
};

await Promise.all([
  esbuild.build({ ...common, entryPoints: { extension: "client/src/extension.ts" }, external: ["vscode"] }),
  esbuild.build({ ...common, entryPoints: { server: "server/src/server.ts", "scan-worker": "server/src/core/scan/scan-worker.ts", "read-ahead": "server/src/core/scan/read-ahead.ts" } }),
]);
console.log(`built dist/extension.js, dist/server.js, dist/scan-worker.js, dist/read-ahead.js${production ? " (production)" : ""}`);
