// Process bookkeeping for the suite: everything it starts runs in its own process group, is recorded,
// and is killed (group and all) in a finally block; a last sweep finds anything that escaped its group
// but still names the run's temp folder on its command line (Chromium's helpers, VS Code's hosts).
import { spawn } from "node:child_process";
import { createWriteStream, readFileSync, readdirSync } from "node:fs";
import { createServer } from "node:net";

const started = new Set(); // process group ids (= leader pids) of everything this run started

/**
 * Runs a command to completion, streaming its output with a prefix, bounded by timeoutMs. The command runs in its
 * own process group so a timeout kills everything it started (npm → node-gyp → make → g++).
 */
export function runCommand(command, args, { cwd, env, timeoutMs, label, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    if (child.pid) started.add(child.pid);
    const tail = [];
    const onData = (chunk) => {
      const text = chunk.toString();
      for (const line of text.split("\n")) {
        if (!line.trim()) continue;
        tail.push(line);
        if (tail.length > 40) tail.shift();
        if (!quiet) process.stdout.write(`  [${label ?? command}] ${line}\n`);
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    let timedOut = false;
    const timer = timeoutMs
      ? setTimeout(() => {
          timedOut = true;
          try { process.kill(-child.pid, "SIGKILL"); } catch { /* already gone */ }
        }, timeoutMs)
      : undefined;
    child.on("error", (error) => { clearTimeout(timer); reject(new Error(`${label ?? command}: cannot start ${command}: ${error.message}`)); });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      started.delete(child.pid);
      if (code === 0) return resolve(tail.join("\n"));
      const why = timedOut ? `timed out after ${Math.round(timeoutMs / 1000)} s` : `exited with ${code ?? signal}`;
      reject(new Error(`${label ?? command} (${command} ${args.join(" ")}) ${why}; last output:\n${tail.join("\n")}`));
    });
  });
}

/** Starts a long-running process as the leader of a new process group, logging to logPath. */
export function startGroup(command, args, { cwd, env, logPath, label }) {
  const log = createWriteStream(logPath, { flags: "a" });
  const child = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  started.add(child.pid);
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  const exited = new Promise((resolve) => child.on("exit", (code, signal) => resolve({ code, signal })));
  child.on("error", (error) => log.write(`[${label}] failed to start: ${error.message}\n`));
  return {
    pid: child.pid,
    label,
    exited,
    /** SIGTERM to the whole group, SIGKILL after graceMs if the leader has not exited. */
    async stop(graceMs = 5_000) {
      await killGroup(child.pid, exited, graceMs);
      log.end();
    },
  };
}

function signalGroup(pgid, signal) {
  try { process.kill(-pgid, signal); return true; } catch { return false; }
}

async function killGroup(pgid, exited, graceMs) {
  if (!signalGroup(pgid, "SIGTERM")) { started.delete(pgid); return; }
  const timedOut = await Promise.race([exited.then(() => false), delay(graceMs).then(() => true)]);
  // Children may outlive the leader; the group is killed either way.
  signalGroup(pgid, "SIGKILL");
  if (timedOut) await Promise.race([exited, delay(2_000)]);
  started.delete(pgid);
}

function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** Processes alive now, with their process group and command line (Linux /proc). */
function listProcesses() {
  const result = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // Fields after the parenthesised command name: state ppid pgrp ...
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ").trim();
      result.push({ pid: Number(entry), pgid: Number(fields[2]), state: fields[0], cmdline });
    } catch { /* exited while listing */ }
  }
  return result;
}

/**
 * Kills every group this run started, then any process still naming runDir on its command line.
 * Returns what had to be killed by the sweep (it should be nothing): the caller reports it.
 */
export async function killEverything(runDir) {
  for (const pgid of [...started]) {
    signalGroup(pgid, "SIGKILL");
    started.delete(pgid);
  }
  const leftovers = () => listProcesses().filter((p) => p.pid !== process.pid && p.state !== "Z" && runDir && p.cmdline.includes(runDir));
  const found = leftovers();
  // SIGTERM first: Chromium then takes its helpers down with it instead of orphaning them.
  for (const p of found) {
    try { process.kill(p.pid, "SIGTERM"); } catch { /* gone */ }
  }
  for (let i = 0; i < 30 && leftovers().length; i++) await delay(100);
  for (const p of leftovers()) {
    try { process.kill(p.pid, "SIGKILL"); } catch { /* gone */ }
  }
  for (let i = 0; i < 20 && leftovers().length; i++) await delay(100);
  return found;
}

/** Pids of live processes whose command line contains text (to assert nothing is left behind). */
export function processesMentioning(text) {
  return listProcesses().filter((p) => p.pid !== process.pid && p.state !== "Z" && p.cmdline.includes(text));
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Resolves when url answers HTTP (any status below 500), rejects after timeoutMs or when the process dies. */
export async function waitForHttp(url, { timeoutMs, process: watched, logPath }) {
  const deadline = Date.now() + timeoutMs;
  let died = false;
  watched?.exited.then(() => { died = true; });
  while (Date.now() < deadline) {
    if (died) throw new Error(`${watched.label} exited before ${url} answered; see ${logPath}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000), redirect: "manual" });
      if (response.status < 500) return;
    } catch { /* not listening yet */ }
    await delay(200);
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s; see ${logPath}`);
}
