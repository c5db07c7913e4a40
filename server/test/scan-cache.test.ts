/**
 * The scan cache: a warm run prints exactly what a cold one does; whatever a result depends on invalidates it; a
 * damaged, foreign or concurrent cache never makes a run wrong or fail.
 */
import * as assert from "assert";
import { spawn } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { CodecTables, decode, DecodeError, encode, UnencodableError } from "../src/core/cache/codec";
import { cacheFileFor, ScanCache } from "../src/core/cache/scan-cache";
import { currentStamp, discoverFiles, RACY_MS } from "../src/core/scan/files";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";
import { BIN, REPO_ROOT, removeDir, runCli, scratchCopy } from "./cli-helpers";

const DEMO = path.join(REPO_ROOT, "test-fixtures", "demo-shop");

function cacheOf(root: string): string {
  return path.join(root, "node_modules", ".cache", "privacy-lint", "scan-cache.bin");
}

function open(root: string, file = cacheOf(root), extra: { ruleFiles?: string[]; maxFileSize?: number; tool?: string } = {}): ScanCache {
  return ScanCache.open(file, root, { ruleFiles: extra.ruleFiles ?? [], maxFileSize: extra.maxFileSize, tool: extra.tool });
}

function files(root: string): Promise<string[]> {
  return discoverFiles(root, {});
}

/** Files the cache at its default place would make the next run scan. */
async function misses(root: string, file?: string): Promise<number> {
  return open(root, file).lookup(await files(root)).misses.length;
}

function inventory(root: string, ...args: string[]) {
  const r = runCli(["inventory", root, "--format", "json", ...args], { defaultCache: true });
  assert.strictEqual(r.code, 0, r.stderr);
  return r.stdout;
}

function check(root: string, ...args: string[]) {
  const r = runCli(["check", root, "--format", "json", "--fail-on", "none", ...args], { defaultCache: true });
  assert.strictEqual(r.code, 0, r.stderr);
  return r.stdout;
}

describe("scan cache", function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => (dir = scratchCopy(DEMO)));
  afterEach(() => removeDir(dir));

  it("a warm run prints byte-identical output, and scans nothing", async () => {
    const cold = check(dir, "--no-cache");
    assert.ok(!fs.existsSync(path.join(dir, "node_modules")), "--no-cache writes nothing");
    assert.strictEqual(check(dir), cold);
    assert.ok(fs.existsSync(cacheOf(dir)));
    assert.strictEqual(await misses(dir), 0);
    assert.strictEqual(check(dir), cold);
    assert.strictEqual(inventory(dir), inventory(dir, "--no-cache"));
  });

  it("a changed file is scanned again, even with the same size and mtime", async () => {
    const file = path.join(dir, "src", "customer.entity.ts");
    const then = new Date(1_600_000_000_000); // whole seconds: restored exactly below
    fs.utimesSync(file, then, then);
    // Past the racy window (a stamp taken right after a change is verified by content anyway): the stat must tell.
    await new Promise((r) => setTimeout(r, RACY_MS + 200));
    check(dir);
    assert.strictEqual(open(dir).rejected, undefined);
    const before = fs.statSync(file);
    const text = fs.readFileSync(file, "utf8");
    assert.ok(text.includes("phone?: string"));
    fs.writeFileSync(file, text.replace("phone?: string", "pxxxx?: string"));
    fs.utimesSync(file, then, then);
    assert.strictEqual(fs.statSync(file).size, before.size);
    assert.strictEqual(fs.statSync(file).mtimeMs, before.mtimeMs);
    assert.strictEqual(await misses(dir), 1);
    const warm = inventory(dir);
    assert.ok(!warm.includes('"field":"phone"'), warm);
    assert.strictEqual(warm, inventory(dir, "--no-cache"));
  });

  it("a file touched but not changed is a hit (by content), and deleted files leave the cache", async () => {
    inventory(dir);
    const file = path.join(dir, "src", "checkout.schema.ts");
    fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
    assert.strictEqual(await misses(dir), 0);
    fs.rmSync(path.join(dir, "prisma"), { recursive: true });
    const warm = inventory(dir);
    assert.strictEqual(warm, inventory(dir, "--no-cache"));
    assert.strictEqual(open(dir).size, 3);
  });

  it("changed rules, a changed maxFileSize or another tool version invalidate the whole cache", async () => {
    fs.writeFileSync(path.join(dir, ".privacy-lint.yaml"), "ruleFiles: [rules.yaml]\n");
    const rules = path.join(dir, "rules.yaml");
    fs.writeFileSync(rules, "version: 1\nrules: []\n");
    const first = inventory(dir);
    assert.strictEqual(open(dir, undefined, { ruleFiles: [rules] }).rejected, undefined);
    assert.strictEqual(await misses(dir), 4, "a cache of other rule files is not used");
    assert.match(open(dir, undefined, { ruleFiles: [rules], maxFileSize: 10 }).rejected ?? "", /configuration/);
    assert.match(open(dir, undefined, { ruleFiles: [rules], tool: "privacy-lint 99.0.0" }).rejected ?? "", /tool version/);
    // A rule that makes `giftMessage` personal: the warm run must see it.
    fs.writeFileSync(
      rules,
      "version: 1\ncategories:\n  - { key: user.loyalty.gift_note, parent: user, description: Gift note }\nrules:\n  - id: gift-note\n    category: user.loyalty.gift_note\n    phrases: [gift message]\n    kinds: [string]\n    owner: { unknown: accept }\n    confidence: 0.9\n",
    );
    const changed = inventory(dir);
    assert.ok(!first.includes("giftMessage") && changed.includes("giftMessage"), "the new rule changes the result");
    assert.strictEqual(changed, inventory(dir, "--no-cache"));
  });

  for (const [name, damage] of [
    ["binary garbage", (f: string) => fs.writeFileSync(f, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)))],
    ["JSON of another shape", (f: string) => fs.writeFileSync(f, JSON.stringify({ version: 1, files: { "src/a.ts": { findings: "x" } } }))],
    ["a truncated file", (f: string) => fs.writeFileSync(f, fs.readFileSync(f).subarray(0, Math.floor(fs.statSync(f).size / 2)))],
    ["a flipped byte", (f: string) => {
      const b = fs.readFileSync(f);
      b[b.length - 9] ^= 0xff;
      fs.writeFileSync(f, b);
    }],
    ["an empty file", (f: string) => fs.writeFileSync(f, "")],
    ["a folder", (f: string) => {
      fs.rmSync(f);
      fs.mkdirSync(f);
    }],
  ] as const) {
    it(`a cache file that is ${name} is ignored and rewritten`, async () => {
      const cold = check(dir, "--no-cache");
      check(dir);
      damage(cacheOf(dir));
      if (!fs.statSync(cacheOf(dir)).isDirectory()) assert.notStrictEqual(open(dir).rejected, undefined);
      assert.strictEqual(check(dir), cold);
      if (fs.statSync(cacheOf(dir)).isDirectory()) return; // cannot be replaced: the run still succeeded
      assert.strictEqual(open(dir).rejected, undefined, "rewritten");
      assert.strictEqual(await misses(dir), 0);
    });
  }

  it("--cache-location takes a folder or a file, and nothing is written at the default place", async () => {
    const where = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-cache-"));
    try {
      const cold = inventory(dir, "--no-cache");
      assert.strictEqual(inventory(dir, "--cache-location", where + path.sep), cold);
      assert.ok(fs.existsSync(path.join(where, "scan-cache.bin")));
      const file = path.join(where, "mine.cache");
      assert.strictEqual(inventory(dir, "--cache-location", file), cold);
      assert.ok(fs.existsSync(file));
      assert.strictEqual(await misses(dir, file), 0);
      assert.ok(!fs.existsSync(path.join(dir, "node_modules")));
      assert.strictEqual(cacheFileFor(dir, where), path.join(where, "scan-cache.bin"), "an existing folder");
    } finally {
      removeDir(where);
    }
  });

  it("a moved project's cache gives the results of its new place", async () => {
    inventory(dir);
    const moved = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-moved-"));
    try {
      fs.cpSync(dir, moved, { recursive: true });
      const cache = open(moved);
      const found = await files(moved);
      const lookup = cache.lookup(found);
      assert.strictEqual(lookup.misses.length, 0, "entries hold by content");
      for (const r of lookup.results) for (const f of r!.findings) assert.ok(f.file.startsWith(moved + path.sep), f.file);
      assert.strictEqual(check(moved), check(moved, "--no-cache"));
    } finally {
      removeDir(moved);
    }
  });

  it("with many files cached, one changed file: the same output as without the cache", async () => {
    for (let i = 0; i < 520; i++) fs.writeFileSync(path.join(dir, "src", `m${i}.ts`), `export interface M${i} {\n  email: string;\n  id${i}: number;\n}\n`);
    inventory(dir);
    fs.appendFileSync(path.join(dir, "src", "m7.ts"), "export interface Added {\n  phoneNumber: string;\n}\n");
    const warm = inventory(dir);
    assert.ok(warm.includes('"owner":"Added"'), "the changed file's new finding");
    assert.strictEqual(warm, inventory(dir, "--no-cache"));
    assert.strictEqual(await misses(dir), 0);
    // Edit after edit, the cache is saved without renumbering its string table (until it has grown by a quarter, or
    // files were deleted): each run still reads back what the last one wrote.
    for (let round = 0; round < 4; round++) {
      fs.writeFileSync(path.join(dir, "src", `m${round}.ts`), `export interface Round${round} {\n  homeAddress${round}: string;\n  email: string;\n}\n`);
      if (round === 2) fs.rmSync(path.join(dir, "src", "m300.ts"));
      const edited = inventory(dir);
      assert.ok(edited.includes(`"owner":"Round${round}"`));
      assert.strictEqual(edited, inventory(dir, "--no-cache"), `round ${round}`);
      assert.strictEqual(open(dir).rejected, undefined);
      assert.strictEqual(await misses(dir), 0);
      assert.strictEqual(inventory(dir), edited);
    }
  });

  it("the project pass is taken from the cache only for the very files it was worked out for", async () => {
    const address = path.join(dir, "src", "postal.ts");
    fs.writeFileSync(address, "export interface PostalAddress {\n  street: string;\n  city: string;\n  postcode: string;\n}\n");
    fs.writeFileSync(path.join(dir, "src", "shipment.ts"), 'import { PostalAddress } from "./postal";\nexport interface Shipment {\n  destination: PostalAddress;\n}\n');
    const first = inventory(dir);
    assert.ok(first.includes('"field":"destination"'), "a field typed by another file's name, found by the project pass");
    assert.strictEqual(first, inventory(dir, "--no-cache"));
    const found = await files(dir);
    const cache = open(dir);
    const { valid, misses: none } = await cache.check(found);
    assert.strictEqual(none.length, 0);
    const recorded = cache.decodeResolved(found, valid);
    assert.ok(recorded, "a warm run takes the project pass from the cache");
    assert.ok(recorded.some((r) => r.findings.some((f) => f.field === "destination")));
    assert.ok(recorded.every((r) => !("summary" in r) && !("pending" in r)), "without the pass's inputs");
    // Another list of files (a part of the project, another order) is another project pass.
    assert.strictEqual(cache.decodeResolved(found.slice(1), valid.slice(1)), undefined);
    assert.strictEqual(cache.decodeResolved([...found].reverse(), valid), undefined);
    const part = runCli(["inventory", path.join(dir, "src"), "--format", "json"], { defaultCache: true });
    assert.strictEqual(part.stdout, runCli(["inventory", path.join(dir, "src"), "--format", "json", "--no-cache"]).stdout);
    // Only the other file changes (what its name holds): the shipment's field reads differently, though its own file is
    // unchanged (a cache hit).
    fs.writeFileSync(address, 'export type PostalAddress = "home" | "work";\n');
    const stale = open(dir);
    const after = await stale.check(found);
    assert.deepStrictEqual(after.misses, [address]);
    assert.strictEqual(stale.decodeResolved(found, after.valid), undefined, "a changed file: no recorded pass holds");
    const changed = inventory(dir);
    assert.ok(!changed.includes('"field":"destination"'), changed);
    assert.strictEqual(changed, inventory(dir, "--no-cache"));
    assert.strictEqual(inventory(dir), changed, "and the pass recorded for the new contents");
    const again = open(dir);
    assert.ok(again.decodeResolved(found, (await again.check(found)).valid));
    // Back to the first contents: the first output again.
    fs.writeFileSync(address, "export interface PostalAddress {\n  street: string;\n  city: string;\n  postcode: string;\n}\n");
    assert.strictEqual(inventory(dir), first);
  });

  it("one file changed: the recorded pass is taken for the files it cannot concern, the others are resolved again", async () => {
    const write = (name: string, text: string) => fs.writeFileSync(path.join(dir, "src", name), text);
    write("residence.ts", "export interface Residence {\n  street: string;\n  city: string;\n  zip: string;\n}\n");
    // (No import: the one declaration of the name in the project.)
    write("person.ts", "export interface Person {\n  home: Residence;\n}\n");
    write("other.ts", "export const version = 1;\n");
    const first = inventory(dir);
    assert.ok(first.includes('"field":"home"'), first);
    write("other.ts", 'export const version = 1;\nexport type Residence = "a" | "b";\n');
    // What the next run finds: the pass recorded before, for the same files with only other.ts changed.
    const found = await files(dir);
    const cache = open(dir);
    const { valid, misses: changed } = await cache.check(found);
    assert.deepStrictEqual(changed, [path.join(dir, "src", "other.ts")]);
    cache.decodeValid(found, valid);
    cache.store([{ ...scanSource(changed[0], fs.readFileSync(changed[0], "utf8"), loadRuleSet(), { deferReferences: true }), stamp: currentStamp(changed[0]) }]);
    const previous = cache.previousPass(found);
    assert.ok(previous, "the recorded pass, with what each file read");
    assert.deepStrictEqual([...previous.changed], changed);
    assert.ok(previous.recorded.every((r, i) => (found[i] === changed[0] ? r === undefined : r !== undefined)));
    // Declared twice now: person.ts's field no longer resolves, though person.ts itself did not change.
    const after = inventory(dir);
    assert.ok(!after.includes('"field":"home"'), after);
    assert.strictEqual(after, inventory(dir, "--no-cache"));
    assert.strictEqual(check(dir), check(dir, "--no-cache"));
    write("other.ts", "export const version = 2;\n");
    assert.strictEqual(inventory(dir), first);
  });

  it("a damaged record of the project pass is not used: the pass runs again", async () => {
    const cold = check(dir, "--no-cache");
    check(dir);
    const found = await files(dir);
    const cache = open(dir);
    const { valid } = await cache.check(found);
    // Not through the file (its checksum guards it): the record's words as a damaged load would give them.
    const entries = (cache as unknown as { entries: Map<string, { resolved?: { words: Uint32Array } }> }).entries;
    for (const e of entries.values()) if (e.resolved) e.resolved.words = Uint32Array.of(0xffffffff);
    assert.strictEqual(cache.decodeResolved(found, valid), undefined);
    assert.strictEqual(check(dir), cold);
  });

  it("the strings of replaced results stay in the table only until they have grown it by a quarter", async () => {
    const file = path.join(dir, "src", "customer.entity.ts");
    const original = fs.readFileSync(file, "utf8");
    inventory(dir);
    const tableSize = () => (open(dir) as unknown as { tables: { strings: string[] } }).tables.strings.length;
    const compacted = tableSize();
    const sizes: number[] = [];
    const kinds = ["Email", "Phone", "FirstName", "LastName", "City", "PostalCode", "Iban", "PassportNumber"];
    for (let round = 0; round < 8; round++) {
      // Each round's strings replace the last round's: those are left unused.
      const fields = kinds.map((k) => `  round${round}${k}: string;\n`).join("");
      fs.writeFileSync(file, `${original}\nexport interface Round${round}Holder {\n${fields}}\n`);
      const out = inventory(dir);
      assert.ok(out.includes(`"owner":"Round${round}Holder"`));
      sizes.push(tableSize());
    }
    assert.ok(sizes.some((n, i) => i > 0 && n < sizes[i - 1]), `compacted at some point: ${sizes.join(" ")}`);
    assert.ok(Math.max(...sizes) <= compacted * 1.25 + 64 + 60, `bounded: ${compacted} -> ${sizes.join(" ")}`);
    assert.strictEqual(inventory(dir), inventory(dir, "--no-cache"));
  });

  it("concurrent runs leave a valid cache and print the right output", async () => {
    // Enough files for the threaded path too (stamps come from worker threads then).
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(dir, "src", `user${i}.ts`), `export interface User${i} {\n  email: string;\n  lastLogin${i}: Date;\n}\n`);
    const cold = inventory(dir, "--no-cache");
    const run = (args: string[]) =>
      new Promise<string>((resolve, reject) => {
        const child = spawn(process.execPath, [BIN, "inventory", dir, "--format", "json", ...args], { stdio: ["ignore", "pipe", "pipe"] });
        let out = "";
        child.stdout.on("data", (b: Buffer) => (out += b.toString("utf8")));
        child.on("error", reject);
        child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
      });
    for (let round = 0; round < 2; round++) {
      const outputs = await Promise.all([run([]), run(["--max-workers", "2"]), run([]), run(["--max-workers", "1"])]);
      for (const o of outputs) assert.strictEqual(o, cold);
      assert.strictEqual(open(dir).rejected, undefined);
      assert.strictEqual(await misses(dir), 0);
    }
    assert.deepStrictEqual(fs.readdirSync(path.dirname(cacheOf(dir))), ["scan-cache.bin"], "no temporary file left");
  });
});

describe("scan cache codec", () => {
  const roundTrip = (value: unknown, tables = new CodecTables()) => {
    const { words, numbers } = encode(value, tables);
    return decode(Uint32Array.from(words), 0, words.length, Float64Array.from(numbers), 0, numbers.length, tables);
  };

  it("round-trips plain data: key order, Maps, undefined, -0, NaN, large and fractional numbers, shared objects", () => {
    const shared = { line: 1, character: 2 };
    const value = {
      z: 1,
      a: [shared, shared, { b: undefined, c: null, d: true, e: false }],
      m: new Map<string, unknown>([["k", { kind: "ref", name: "X", array: false }]]),
      n: [-0, NaN, 0.85, 2 ** 40, -3, Infinity],
      s: ["", "é ✓ \u{1F600}", "x".repeat(1000)],
    };
    const back = roundTrip(value) as typeof value;
    assert.deepStrictEqual(back, value);
    assert.deepStrictEqual(Object.keys(back), ["z", "a", "m", "n", "s"]);
    assert.ok(Object.is(back.n[0], -0));
    assert.strictEqual(back.a[0], back.a[1], "shared stays shared");
    assert.ok("b" in (back.a[2] as object));
  });

  it("refuses what it cannot rebuild, and damaged words throw instead of looping", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const bad of [cyclic, new Set([1]), { f: () => 1 }, new Date(0), { s: "a\0b" }, 10n]) assert.throws(() => encode(bad, new CodecTables()), UnencodableError);
    const tables = new CodecTables();
    const { words, numbers } = encode({ a: [1, 2, 3], b: "x" }, tables);
    const w = Uint32Array.from(words);
    const n = Float64Array.from(numbers);
    assert.throws(() => decode(w, 0, w.length - 1, n, 0, n.length, tables), DecodeError);
    for (let i = 0; i < w.length; i++) {
      const copy = w.slice();
      copy[i] = 0xffffffff;
      assert.throws(() => decode(copy, 0, copy.length, n, 0, n.length, tables), DecodeError);
    }
  });
});
