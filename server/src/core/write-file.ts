/**
 * Atomic writes of notice files, shared by the CLI's `fix` and the language server's create-notice command.
 * A temp file in the same folder is written and synced, then made visible in one step, so a reader (an editor, a
 * watcher, CI) never sees half a notice.
 */
import * as fs from "fs";
import * as path from "path";

export class ConcurrentEditError extends Error {}

/**
 * Replaces `file` with `text` atomically. `expected` is what the file held when it was read (undefined: it must
 * not exist yet); a different content on disk now means someone else edited it, and nothing is written.
 * Creating never overwrites: a file that appears between the check and the write is left as it is.
 */
export function writeFileAtomic(file: string, text: string, expected: string | undefined): void {
  let current: string | undefined;
  try {
    current = fs.readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
  }
  if (current !== expected) {
    throw new ConcurrentEditError(
      expected === undefined
        ? `${file} already exists; privacy-lint does not overwrite it.`
        : `${file} changed on disk while privacy-lint was working; nothing was written. Run the command again.`,
    );
  }
  const dir = path.dirname(file);
  fs.mkdirSync(dir, { recursive: true });
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(file).mode & 0o777;
  } catch {
    mode = undefined;
  }
  const fd = fs.openSync(temp, "wx", mode ?? 0o644);
  try {
    fs.writeFileSync(fd, text, "utf8");
    fs.fsyncSync(fd); // the data is on disk before the file becomes visible
  } catch (err) {
    fs.closeSync(fd);
    fs.rmSync(temp, { force: true });
    throw err;
  }
  fs.closeSync(fd);
  try {
    if (expected === undefined) publishNew(temp, file);
    else fs.renameSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/**
 * Makes `temp` visible as the new `file` without ever replacing one: a hard link fails with EEXIST when the name is
 * taken (rename would silently replace it). Where links are not supported, a rename after a last check.
 */
function publishNew(temp: string, file: string): void {
  try {
    fs.linkSync(temp, file);
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw new ConcurrentEditError(`${file} already exists; privacy-lint does not overwrite it.`);
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw err;
  }
  if (fs.existsSync(file)) throw new ConcurrentEditError(`${file} already exists; privacy-lint does not overwrite it.`);
  fs.renameSync(temp, file);
}
