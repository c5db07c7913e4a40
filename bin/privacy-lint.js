#!/usr/bin/env node
"use strict";
// Thin launcher: the CLI is compiled to out/ by `npm run build`.
// Cache V8's compiled code across runs (the TypeScript compiler alone takes ~150 ms to compile on every start):
// Node's own cache where it has one (22.1+), else v8-compile-cache (cache in the OS temp folder; opt out with
// DISABLE_V8_COMPILE_CACHE=1).
const Module = require("module");
if (typeof Module.enableCompileCache === "function") Module.enableCompileCache();
else require("v8-compile-cache");
require("../out/server/src/cli/main.js").main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { console.error(err && err.stack ? err.stack : String(err)); process.exitCode = 2; }
);
