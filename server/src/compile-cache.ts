/**
 * Caches V8's compiled code across runs: the TypeScript compiler alone takes ~150 ms to compile on every start.
 * Node's own module compile cache where it has one (22.1+), else v8-compile-cache (in the OS temp folder; opt out with
 * DISABLE_V8_COMPILE_CACHE=1). Call it before the modules it should cover are loaded.
 */
export function enableCompileCache(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const Module = require("module") as { enableCompileCache?: () => unknown };
  if (typeof Module.enableCompileCache === "function") {
    Module.enableCompileCache();
    return;
  }
  try {
    require("v8-compile-cache");
  } catch {
    // not installed (the extension's bundle does without it): compile as usual
  }
  /* eslint-enable @typescript-eslint/no-require-imports */
}
