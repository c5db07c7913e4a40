/**
 * The TypeScript compiler the scanner parses with: the one ts-morph bundles (`@ts-morph/common`'s copy), loaded on
 * its own. `import { ts } from "ts-morph"` would also load ts-morph's project API and its helpers, which the scanner
 * never uses: measured ~200 ms of every run's start-up (`node -e 'require("ts-morph")'` against this module). The
 * object is the one `require("ts-morph").ts` exposes (same functions; a unit test checks it).
 */
import ts = require("@ts-morph/common/dist/typescript.js");

export { ts };
