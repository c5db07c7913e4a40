#!/usr/bin/env node
/**
 * `npm run test:fuzz`: fuzzes the notice loader (and the fix builders) and the scanner for a fixed time budget,
 * saves crashing or hanging inputs to test-fixtures/fuzz-corpus/, and exits 1 when it found any.
 *
 * Environment: FUZZ_SECONDS (total budget, default 60, split between the targets), FUZZ_SEED (default: time based,
 * printed so a run can be repeated), FUZZ_HANG_MS (an input running longer counts as a hang, default 10000).
 * The fuzzer itself is TypeScript, compiled by `npm run build` to out/server/test/robust-fuzz-lib.js.
 */
"use strict";
const path = require("path");
const { fuzz } = require(path.join(__dirname, "..", "..", "out", "server", "test", "robust-fuzz-lib.js"));

async function run() {
  const total = Number(process.env.FUZZ_SECONDS ?? 60);
  const seed = Number(process.env.FUZZ_SEED ?? Date.now() % 1e9);
  const hangMs = Number(process.env.FUZZ_HANG_MS ?? 10000);
  console.log(`fuzz: ${total} s budget, seed ${seed} (repeat with FUZZ_SEED=${seed})`);
  let found = 0;
  for (const target of ["loader", "scanner"]) {
    const r = await fuzz(target, total / 2, seed, hangMs, (s) => console.log(s));
    console.log(`fuzz ${target}: ${r.executions} inputs, slowest ${r.maxMs} ms, ${r.saved.length} saved to test-fixtures/fuzz-corpus/`);
    found += r.saved.length;
  }
  return found === 0 ? 0 : 1;
}

run().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err);
    process.exit(2);
  },
);
