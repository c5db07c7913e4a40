/**
 * Which files a scan covers. Globbing, not the TypeScript program: it needs no node_modules, no resolvable tsconfig
 * `extends`, and it sees JavaScript and Prisma files a tsconfig would not list. Scope is decided on paths relative to
 * the scan root, so a project living under a folder called `fixtures` is still scanned when it is the root.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { glob } from "tinyglobby";
import { globProblem, safeGlobMatcher } from "./globs";
import { DEFAULT_MAX_FILE_SIZE, type ScanNote } from "../types";

export const SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"] as const;
export const PRISMA_EXTENSION = ".prisma";

export function isScannableFile(file: string): boolean {
  const lower = file.toLowerCase();
  if (lower.endsWith(".d.ts") || lower.endsWith(".d.mts") || lower.endsWith(".d.cts")) return false;
  return lower.endsWith(PRISMA_EXTENSION) || SOURCE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export const DEFAULT_INCLUDE = [
  "**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs,prisma}",
  // Remix's and React Router's server-only and client-only modules live in folders named `.server` and `.client`,
  // which a glob's wildcards skip as hidden; other dot folders are tools' caches and settings.
  "**/.server/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}",
  "**/.client/**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}",
];

/** Dependencies, build output, tests, mocks, fixtures and stories: not where an application declares its data. */
export const DEFAULT_EXCLUDE = [
  "**/node_modules/**",
  "**/.git/**",
  "**/dist/**",
  "**/build/**",
  "**/out/**",
  "**/coverage/**",
  "**/.next/**",
  "**/.nuxt/**",
  "**/.output/**",
  "**/.svelte-kit/**",
  "**/.turbo/**",
  "**/.vercel/**",
  "**/.cache/**",
  "**/vendor/**",
  "**/*.d.ts",
  "**/*.d.mts",
  "**/*.d.cts",
  "**/*.min.js",
  "**/*.bundle.js",
  "**/*.test.*",
  "**/*.spec.*",
  "**/*.e2e.*",
  "**/*.mock.*",
  "**/*.mocks.*",
  "**/*.fixture.*",
  "**/*.fixtures.*",
  "**/*.stories.*",
  "**/*.story.*",
  "**/__tests__/**",
  "**/__mocks__/**",
  "**/__fixtures__/**",
  "**/test/**",
  "**/tests/**",
  "**/spec/**",
  "**/e2e/**",
  "**/cypress/**",
  "**/mocks/**",
  "**/mock/**",
  "**/fixtures/**",
  "**/test-fixtures/**",
  "**/stories/**",
  "**/.storybook/**",
];

export interface ScopeOptions {
  /** Globs relative to the root; default: every scannable source file. */
  include?: string[];
  /** Globs relative to the root, added to the defaults. */
  exclude?: string[];
  /** Set false to drop DEFAULT_EXCLUDE (then only `exclude` applies). */
  defaultExcludes?: boolean;
}

/** Decides whether a path is in scope, the same way discovery does (the editor asks this per opened file). */
export class Scope {
  private readonly includeMatch: (p: string) => boolean;
  private readonly excludeMatch: (p: string) => boolean;
  readonly exclude: string[];
  readonly include: string[];

  readonly root: string;

  constructor(root: string, options: ScopeOptions = {}) {
    this.root = path.resolve(root);
    // Globs come from the scanned repository or its editor settings: unsafe ones (see globs.ts) are dropped here, and
    // reported where they are read (loadConfig).
    const safe = (globs: string[]) => globs.filter((g) => globProblem(g) === undefined);
    this.include = safe(options.include?.length ? options.include : DEFAULT_INCLUDE);
    this.exclude = safe([...(options.defaultExcludes === false ? [] : DEFAULT_EXCLUDE), ...(options.exclude ?? []), ...buildOutputExcludes(this.root)]);
    this.includeMatch = safeGlobMatcher(this.include, { dot: false });
    this.excludeMatch = safeGlobMatcher(this.exclude, { dot: true });
  }

  /** Path relative to the root with `/` separators, or undefined when outside the root. */
  relative(file: string): string | undefined {
    const rel = path.relative(this.root, path.resolve(file));
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
    return rel.split(path.sep).join("/");
  }

  contains(file: string): boolean {
    const rel = this.relative(file);
    return rel !== undefined && this.containsRelative(rel);
  }

  /** Same as {@link contains}, for a normalised path relative to the root with `/` separators. */
  containsRelative(rel: string): boolean {
    return this.includeMatch(rel) && !this.excludeMatch(rel);
  }
}

/** The tsconfig's outDir is build output even when it is not called dist/build/out. Failing to read it is fine. */
function buildOutputExcludes(root: string): string[] {
  const tsconfig = path.join(root, "tsconfig.json");
  try {
    const config = parseJsonc(fs.readFileSync(tsconfig, "utf8")) as { compilerOptions?: { outDir?: unknown } } | undefined;
    const outDir = config?.compilerOptions?.outDir;
    if (typeof outDir !== "string") return [];
    const rel = path.relative(root, path.resolve(root, outDir)).split(path.sep).join("/");
    if (!rel || rel.startsWith("..")) return [];
    return [`${rel}/**`];
  } catch {
    return [];
  }
}

/**
 * JSON with comments and trailing commas, as tsconfig files are written. Undefined when it still is not JSON.
 * (Deliberately not the TypeScript API: file discovery runs on the main thread, which must not load the compiler.)
 */
export function parseJsonc(text: string): unknown {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
      out += text.slice(start, i + 1);
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else {
      out += c;
    }
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
  } catch {
    return undefined;
  }
}

/**
 * The exclude patterns that name folders, for pruning the walk; the plain ones (any depth, one folder name) as one
 * brace pattern: the walk tests every path against each pattern, and one pattern instead of 28 halves its time.
 */
function folderPatterns(exclude: string[]): string[] {
  const folders = exclude.filter((p) => p.endsWith("/**"));
  const plain = folders.filter((p) => PLAIN_FOLDER.test(p)).map((p) => p.slice(3, -3));
  if (plain.length < 2) return folders;
  return [`**/{${plain.join(",")}}/**`, ...folders.filter((p) => !PLAIN_FOLDER.test(p))];
}

const PLAIN_FOLDER = /^\*\*\/[\w.-]+\/\*\*$/;

/** Every in-scope file under the root, absolute paths, sorted. Symlinks are not followed (no loops, no escaping). */
export async function discoverFiles(root: string, options: ScopeOptions = {}): Promise<string[]> {
  const scope = new Scope(root, options);
  if (scope.include.length === 0) return []; // every include glob was unsafe; an empty list would mean "everything"
  const files = await glob(scope.include, {
    extglob: false,
    cwd: scope.root,
    // Only the folder patterns go to the walk (they keep it out of node_modules and the like); every pattern is
    // applied once, below, by the same matcher that decides single files for the editor.
    ignore: folderPatterns(scope.exclude),
    // Relative paths, as the matchers want them (path.relative on every file cost more than the walk's matching).
    absolute: false,
    dot: false,
    followSymbolicLinks: false,
    onlyFiles: true,
    expandDirectories: false,
  });
  const prefix = scope.root.endsWith(path.sep) ? scope.root : scope.root + path.sep;
  return files
    .filter((rel) => scope.containsRelative(rel))
    .map((rel) => prefix + (path.sep === "/" ? rel : rel.split("/").join(path.sep)))
    .sort();
}

/** Why a file's text is not scanned (too large, binary), or undefined. */
export function skipNote(file: string, text: string, maxFileSize = DEFAULT_MAX_FILE_SIZE): ScanNote | undefined {
  if (text.length > maxFileSize) return { file, severity: "info", code: "file-too-large", message: `skipped: ${text.length} characters is over the size limit of ${maxFileSize}` };
  if (looksBinary(text)) return { file, severity: "info", code: "binary-file", message: "skipped: the file looks binary, not source text" };
  return undefined;
}

/** NUL characters or a high share of control characters mean this is not text we should parse. */
function looksBinary(text: string): boolean {
  const sample = text.length > 8192 ? text.slice(0, 8192) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
    else if (c === 0xfffd) control++;
  }
  return sample.length > 0 && control / sample.length > 0.1;
}

export type ReadResult = { text: string; stamp?: FileStamp } | { note: ScanNote; stamp?: FileStamp };

/**
 * What identifies a file's content for the scan cache: its stat, taken before it was read, and a hash of the bytes
 * that were scanned (or, for a file over the size limit, which is never read and is skipped whatever it holds, its
 * size). The stat lets a later run skip reading an unchanged file: ctime changes on every write and on every
 * mtime change, so a same-size edit that keeps (or restores) the mtime still shows. `racy` marks a stamp taken within
 * RACY_MS of the file's last change: a further edit in the same timestamp tick could leave the stat unchanged (as
 * git's "racily clean" entries), so such a file is verified by its content next time.
 */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
  racy: boolean;
}

/** Coarse file-system timestamps (FAT: 2 s; many network file systems: 1 s) and some clock skew. */
export const RACY_MS = 3000;

function stampOf(stat: fs.Stats, hash: string): FileStamp {
  const racy = Date.now() - Math.max(stat.mtimeMs, stat.ctimeMs) < RACY_MS;
  return { size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino, hash, racy };
}

/** Same content (and for the cache, the same scan result) when the hashes are equal. */
export function contentHash(bytes: Buffer): string {
  return crypto.createHash("sha1").update(bytes).digest("base64");
}

const overLimitHash = (size: number) => `size:${size}`;

/** The stamp of a file as it is now, reading it only when needed (undefined when it cannot be read). */
export function currentStamp(file: string, maxBytes = DEFAULT_MAX_FILE_SIZE): FileStamp | undefined {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return undefined;
    if (stat.size > maxBytes) return stampOf(stat, overLimitHash(stat.size));
    return stampOf(stat, contentHash(fs.readFileSync(file)));
  } catch {
    return undefined;
  }
}

/** Whether a stamp still holds by the file's stat alone (no read): same size, times and inode, and not racy. */
export function statMatches(stamp: FileStamp, stat: fs.Stats): boolean {
  return !stamp.racy && stamp.size === stat.size && stamp.mtimeMs === stat.mtimeMs && stamp.ctimeMs === stat.ctimeMs && stamp.ino === stat.ino;
}

/**
 * Read a file for scanning: size-checked before reading (a 50 MB generated bundle is never loaded), decoded as UTF-8
 * with a BOM removed. A file that vanished or cannot be read becomes a note, not an exception. With `stamp`, the
 * result carries the file's stamp for the cache (not for a file that cannot be read: it is scanned again next time).
 */
export function readSourceFile(file: string, maxBytes = DEFAULT_MAX_FILE_SIZE, stamp = false): ReadResult {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { note: { file, severity: "info", code: "not-a-file", message: "skipped: not a regular file" } };
    if (stat.size > maxBytes) {
      const note: ScanNote = { file, severity: "info", code: "file-too-large", message: `skipped: ${stat.size} bytes is over the size limit of ${maxBytes} bytes` };
      return stamp ? { note, stamp: stampOf(stat, overLimitHash(stat.size)) } : { note };
    }
    let text: string;
    let fileStamp: FileStamp | undefined;
    if (stamp) {
      const bytes = fs.readFileSync(file);
      fileStamp = stampOf(stat, contentHash(bytes));
      text = bytes.toString("utf8");
    } else {
      text = fs.readFileSync(file, "utf8");
    }
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return fileStamp ? { text, stamp: fileStamp } : { text };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? "EIO";
    return { note: { file, severity: "warning", code: "unreadable", message: `skipped: cannot read the file (${code})` } };
  }
}
