/**
 * `--changed-since <ref>`: which lines changed between a git ref and the working tree, from
 * `git diff --unified=0`. Only the ref's commit object is needed, so a shallow clone works once the ref is fetched
 * (`git fetch --depth=1 origin main`). Untracked files count as changed throughout.
 */
import { spawnSync } from "child_process";
import * as path from "path";

/** Absolute file path -> changed 1-based line ranges (inclusive) in the working-tree version. */
export type ChangedLines = Map<string, [number, number][]>;

export class GitError extends Error {}

function git(cwd: string, args: string[]): string {
  const r = spawnSync("git", args, { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });
  if (r.error) throw new GitError(`cannot run git: ${r.error.message}`);
  if (r.status !== 0) throw new GitError((r.stderr || r.stdout || `git ${args[0]} failed`).trim());
  return r.stdout;
}

/** Parses `git diff --unified=0` output: the `+++` file and the new-side range of each hunk. */
export function parseUnifiedDiff(diff: string, toplevel: string): ChangedLines {
  const changed: ChangedLines = new Map();
  let current: [number, number][] | undefined;
  for (const line of diff.split("\n")) {
    if (line.startsWith("+++ ")) {
      const target = line.slice(4).replace(/\t.*$/, "");
      current = undefined;
      if (target === "/dev/null") continue; // deleted file: nothing left to report on
      const rel = unquote(target).replace(/^b\//, "");
      const file = path.resolve(toplevel, rel);
      current = changed.get(file) ?? [];
      changed.set(file, current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      // A pure deletion (count 0) touches the line it happened after: a removed notice line changes that entry.
      if (count === 0) current.push([Math.max(1, start), Math.max(1, start)]);
      else current.push([start, start + count - 1]);
    }
  }
  return changed;
}

/** Git quotes unusual paths C-style ("a\tb"); decode the common escapes. */
function unquote(p: string): string {
  if (!p.startsWith('"')) return p;
  const body = p.slice(1, -1);
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== "\\") {
      bytes.push(...Buffer.from(c, "utf8"));
      continue;
    }
    const next = body[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(({ n: 10, t: 9, r: 13, '"': 34, "\\": 92 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Lines changed in the working tree of the repository containing `dir` since `ref`. Throws GitError with advice. */
export function changedLinesSince(dir: string, ref: string): ChangedLines {
  let toplevel: string;
  try {
    toplevel = git(dir, ["rev-parse", "--show-toplevel"]).trim();
  } catch (err) {
    throw new GitError(`--changed-since needs a git repository: ${(err as Error).message}`);
  }
  try {
    git(dir, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new GitError(
      `--changed-since: git ref "${ref}" is not in this clone. In a shallow CI checkout, fetch it first, e.g. \`git fetch --depth=1 origin ${ref.replace(/^origin\//, "")}\``,
    );
  }
  const diff = git(toplevel, ["-c", "core.quotepath=off", "diff", "--unified=0", "--no-color", "--no-ext-diff", "--no-renames", ref, "--"]);
  const changed = parseUnifiedDiff(diff, toplevel);
  const untracked = git(toplevel, ["-c", "core.quotepath=off", "ls-files", "--others", "--exclude-standard", "-z"]);
  for (const rel of untracked.split("\0").filter(Boolean)) changed.set(path.resolve(toplevel, rel), [[1, Number.MAX_SAFE_INTEGER]]);
  return changed;
}

/** True when the 1-based inclusive line span [start, end] overlaps a changed range of `file`. */
export function touchesChangedLines(changed: ChangedLines, file: string, start: number, end: number): boolean {
  const ranges = changed.get(path.resolve(file));
  return Boolean(ranges?.some(([a, b]) => start <= b && end >= a));
}
