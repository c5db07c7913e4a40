/**
 * Entry of a scan worker thread in the compiled layout: V8's compiled code is cached across runs (compile-cache.ts)
 * before the scanner and the TypeScript compiler load, so that each worker does not compile the compiler from scratch
 * (~190 ms of every worker's start measured). A bundle starts `scan-worker.js` directly.
 */
import { enableCompileCache } from "../../compile-cache";

enableCompileCache();
// After the cache is on (an import would be hoisted above the call).
// eslint-disable-next-line @typescript-eslint/no-require-imports
require("./scan-worker");
