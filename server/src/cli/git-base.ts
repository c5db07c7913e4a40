/**
 * `privacy-lint diff`: the project as it was at a base ref, read from git objects only. The tree under the project's
 * prefix is listed with `git ls-tree` and its blobs are written to a temp folder through one `git cat-file --batch`,
 * so the working tree, the index and HEAD are never touched, and a shallow clone works once the base commit is
 * fetched. Renames between the base and the working tree come from `git diff -M --name-status`.
 * Every git call is execFile/spawn with an argument array (no shell) and `--` before paths.
 */
import { execFile, spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { GitError } from "./git";

// Opportunistic index refreshes (git diff may write the index's stat cache) are turned off: read only.
const GIT_ENV = { ...process.env, GIT_OPTIONAL_LOCKS: "0", GIT_TERMINAL_PROMPT: "0" };

function git(cwd: string, args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("git", args, { cwd, env: GIT_ENV, encoding: "utf8", maxBuffer: 512 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) {
        const code = (err as NodeJS.ErrnoException).code;
        if (code === "ENOENT") reject(new GitError("cannot run git: it is not installed or not on PATH"));
        else reject(new GitError((stderr || stdout || err.message).trim()));
      } else resolve(stdout);
    });
  });
}

export interface RepoLocation {
  /** The repository's top-level folder (absolute). */
  toplevel: string;
  /** The project folder's path inside the repository, `/`-separated, ending in `/` (empty at the top level). */
  prefix: string;
}

/** Where `dir` sits in its repository. GitError when it is not in one. */
export async function locate(dir: string): Promise<RepoLocation> {
  let out: string;
  try {
    out = await git(dir, ["rev-parse", "--show-toplevel", "--show-prefix"]);
  } catch (err) {
    throw new GitError(`diff needs a git repository: ${(err as Error).message}`);
  }
  const [toplevel, prefix = ""] = out.split("\n");
  return { toplevel, prefix };
}

/** How to get a missing ref into a shallow clone: `origin/main` -> `git fetch --depth=1 origin main`. */
export function fetchAdvice(ref: string): string {
  const m = /^(?:refs\/remotes\/)?([^/]+)\/(.+)$/.exec(ref);
  return m && m[1] === "origin" ? `git fetch --depth=1 origin ${m[2]}` : `git fetch --depth=1 origin ${ref}`;
}

/** The commit id of `ref`, or GitError saying how to fetch it. */
export async function resolveCommit(cwd: string, ref: string): Promise<string> {
  if (ref.startsWith("-") || ref.includes("\0")) throw new GitError(`"${ref}" is not a git ref`);
  try {
    return (await git(cwd, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`])).trim();
  } catch {
    throw new GitError(`base ref ${ref} is not in this clone: fetch it first (${fetchAdvice(ref)})`);
  }
}

export interface TreeEntry {
  mode: string;
  oid: string;
  size: number;
  /** Relative to the prefix, `/`-separated. */
  path: string;
}

/** Parses `git ls-tree -r -z -l` output: `<mode> <type> <oid> <size>\t<path>\0`. Keeps regular files only. */
export function parseLsTree(out: string, prefix: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const record of out.split("\0")) {
    const tab = record.indexOf("\t");
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const full = record.slice(tab + 1);
    // Submodules (commit) and symlinks (120000) are not part of the project's own code; a link could point anywhere.
    if (type !== "blob" || mode === "120000" || !full.startsWith(prefix)) continue;
    entries.push({ mode, oid, size: Number(size), path: full.slice(prefix.length) });
  }
  return entries;
}

/** A tree path that can be written under a folder: no `..`, `.git` or absolute parts (a crafted tree could have them). */
function safePath(p: string): boolean {
  const parts = p.split("/");
  return p.length > 0 && !p.startsWith("/") && parts.every((s) => s !== "" && s !== "." && s !== ".." && s.toLowerCase() !== ".git" && !s.includes("\\"));
}

/** Skipped at the base: vendored dependencies (never scanned) and files too big to scan. */
function worthWriting(e: TreeEntry, maxSize: number): boolean {
  return e.size <= maxSize && !e.path.split("/").includes("node_modules");
}

/** Writes the blobs of `entries` under `dest` with one `git cat-file --batch`, streaming. */
function writeBlobs(cwd: string, entries: TreeEntry[], dest: string): Promise<void> {
  const byOid = new Map<string, string[]>();
  for (const e of entries) (byOid.get(e.oid) ?? byOid.set(e.oid, []).get(e.oid)!).push(e.path);
  if (byOid.size === 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const child = spawn("git", ["cat-file", "--batch"], { cwd, env: GIT_ENV, stdio: ["pipe", "pipe", "pipe"] });
    let pending: Buffer = Buffer.alloc(0);
    let header: { oid: string; size: number } | undefined;
    let stderr = "";
    let failed: Error | undefined;
    const fail = (err: Error) => {
      if (!failed) failed = err;
      child.kill();
    };
    child.stdout.on("data", (chunk: Buffer) => {
      pending = pending.length ? Buffer.concat([pending, chunk]) : chunk;
      try {
        for (;;) {
          if (!header) {
            const nl = pending.indexOf(10);
            if (nl < 0) return;
            const [oid, type, size] = pending.subarray(0, nl).toString("utf8").split(" ");
            pending = pending.subarray(nl + 1);
            if (type !== "blob") throw new GitError(`git cat-file: ${oid} is ${type ?? "missing"}, not a blob; is the base commit fully fetched?`);
            header = { oid, size: Number(size) };
          }
          if (pending.length < header.size + 1) return; // the content and its trailing newline
          const content = pending.subarray(0, header.size);
          for (const p of byOid.get(header.oid) ?? []) {
            const file = path.join(dest, ...p.split("/"));
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, content);
          }
          pending = pending.subarray(header.size + 1);
          header = undefined;
        }
      } catch (err) {
        fail(err as Error);
      }
    });
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString("utf8")));
    child.on("error", (err) => fail(new GitError(`cannot run git: ${err.message}`)));
    child.on("close", (code) => {
      if (failed) reject(failed);
      else if (code !== 0) reject(new GitError(`git cat-file failed: ${stderr.trim() || `exit ${code}`}`));
      else if (header || pending.length) reject(new GitError("git cat-file: output ended in the middle of a file"));
      else resolve();
    });
    child.stdin.on("error", () => undefined); // the process ended early: reported by "close"
    child.stdin.end([...byOid.keys()].join("\n") + "\n");
  });
}

/**
 * Writes the project folder as it was at `commit` into a new temp folder and runs `fn` on the project's root there;
 * the temp folder is removed afterwards, whatever happens.
 */
export async function withBaseTree<T>(loc: RepoLocation, commit: string, options: { maxFileSize: number }, fn: (root: string) => Promise<T>): Promise<T> {
  const args = ["ls-tree", "-r", "-z", "-l", "--full-tree", commit];
  if (loc.prefix) args.push("--", loc.prefix);
  const entries = parseLsTree(await git(loc.toplevel, args), loc.prefix).filter((e) => safePath(e.path) && worthWriting(e, options.maxFileSize));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-base-"));
  try {
    // The project folder keeps its own name: a root named like the project reads the same in reports.
    const root = path.join(temp, path.basename(path.resolve(loc.toplevel, loc.prefix)) || "base");
    fs.mkdirSync(root, { recursive: true });
    await writeBlobs(loc.toplevel, entries, root);
    return await fn(root);
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Files renamed between `commit` and the working tree, inside the prefix: old path -> new path, both relative to the
 * project folder. Git pairs a deleted and an added file when their contents are at least 50% alike; only tracked
 * files take part (a new untracked file is never a rename target).
 */
export async function renamesSince(loc: RepoLocation, commit: string): Promise<Map<string, string>> {
  const args = ["-c", "core.quotepath=off", "diff", "--name-status", "-z", "-M", "--no-color", "--no-ext-diff", commit, "--"];
  if (loc.prefix) args.push(loc.prefix);
  return parseRenames(await git(loc.toplevel, args), loc.prefix);
}

/** Parses `git diff --name-status -z -M`: `R<score>\0old\0new\0` records among `M\0path\0` ones. */
export function parseRenames(out: string, prefix: string): Map<string, string> {
  const renames = new Map<string, string>();
  const fields = out.split("\0");
  for (let i = 0; i < fields.length; ) {
    const status = fields[i];
    if (!status) {
      i++;
      continue;
    }
    if (status.startsWith("R") || status.startsWith("C")) {
      const [from, to] = [fields[i + 1], fields[i + 2]];
      if (status.startsWith("R") && from?.startsWith(prefix) && to?.startsWith(prefix)) renames.set(from.slice(prefix.length), to.slice(prefix.length));
      i += 3;
    } else i += 2;
  }
  return renames;
}
