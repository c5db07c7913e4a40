/**
 * The language server, started with a memory report: once a second it runs a full GC and writes its heap and RSS
 * to stderr (never stdout, the protocol channel), so the soak measures live memory from inside the process, without
 * changing the server. (GC first: heap used without it mostly measures how lazy the collector has been.)
 */
import * as v8 from "v8";
import * as vm from "vm";
import { startServer } from "../src/server";

v8.setFlagsFromString("--expose-gc");
const gc = vm.runInNewContext("gc") as () => void;
const started = Date.now();
setInterval(() => {
  gc();
  const m = process.memoryUsage();
  process.stderr.write(`privacy-lint-memory ${JSON.stringify({ t: Math.round((Date.now() - started) / 1000), heapMB: +(m.heapUsed / 1e6).toFixed(1), rssMB: +(m.rss / 1e6).toFixed(1) })}\n`);
}, 1000).unref();
startServer();
