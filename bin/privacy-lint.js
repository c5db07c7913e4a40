#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to out/ by `npm run build`.
require("../out/server/src/compile-cache.js").enableCompileCache();
require("../out/server/src/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 2; }
);
