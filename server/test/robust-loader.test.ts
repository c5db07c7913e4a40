/**
 * The notice loader against hostile input: every case must end in a clear, located problem within a bounded time,
 * never an exception, a hang or an out-of-memory crash (the language server loads the notice on every keystroke).
 */
import * as assert from "assert";
import * as crypto from "crypto";
import fc from "fast-check";
import { loadNotice, MAX_NOTICE_SIZE } from "../src/core/notice/loader";
import { Taxonomy } from "../src/core/classify/taxonomy";
import type { NoticeLoadResult } from "../src/core/notice/model";

const taxonomy = Taxonomy.builtin();
const HEAD = "version: 1\norganisation: {controller: Example Ltd, contact: privacy@example.com}\n";

/** Loads with a wall-clock bound; returns the result and how long it took. */
function loadBounded(text: string, maxMs: number): { result: NoticeLoadResult; ms: number } {
  const t0 = process.hrtime.bigint();
  const result = loadNotice(text, "/ws/privacy-notice.yaml", taxonomy);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  assert.ok(ms < maxMs, `took ${ms.toFixed(0)} ms, over the ${maxMs} ms bound`);
  return { result, ms };
}

/** Every problem has a range inside the text and a non-empty message. */
function assertLocated(text: string, result: NoticeLoadResult): void {
  const lineCount = text.split(/\r\n|\r|\n/).length;
  for (const p of result.problems) {
    assert.ok(p.message.length > 0);
    assert.ok(p.range.start.line >= 0 && p.range.start.line < lineCount, `line ${p.range.start.line} of ${lineCount}`);
    assert.ok(p.range.end.line >= p.range.start.line);
  }
}

function messages(result: NoticeLoadResult): string[] {
  return result.problems.map((p) => p.message);
}

describe("robust: notice loader against hostile input", function () {
  this.timeout(30_000);

  it("deep nesting (flow sequences, flow maps, block maps): a located error, not a stack overflow", () => {
    const flowSeq = HEAD + "categories: " + "[".repeat(5000) + "]".repeat(5000) + "\n";
    const flowMap = HEAD + "categories: " + "{a: ".repeat(3000) + "1" + "}".repeat(3000) + "\n";
    for (const text of [flowSeq, flowMap]) {
      const { result } = loadBounded(text, 3000);
      assert.strictEqual(result.notice, undefined);
      assertLocated(text, result);
      assert.ok(messages(result).some((m) => /nested too deeply/.test(m)), messages(result).join("\n"));
      assert.strictEqual(result.problems[0].range.start.line, 2, "on the line of the nesting");
    }
    // Nesting the parser can still read is validated as usual (schema error at the nested value).
    const moderate = HEAD + "categories:\n  user.name: {purposes: " + "[".repeat(800) + "]".repeat(800) + "}\n";
    const { result } = loadBounded(moderate, 3000);
    assert.ok(result.notice);
    assert.ok(messages(result).some((m) => /purposes\[0\] must be text/.test(m)));
  });

  it("an alias bomb (a billion laughs) is refused at the alias, quickly and in little memory", () => {
    let bomb = "lol0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (let i = 1; i < 12; i++) bomb += `lol${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(", ")}]\n`;
    const text = HEAD + bomb + "categories: {}\n";
    const heapBefore = process.memoryUsage().heapUsed;
    const { result } = loadBounded(text, 3000);
    assert.ok((process.memoryUsage().heapUsed - heapBefore) / 1e6 < 200, "heap stays bounded");
    assert.strictEqual(result.notice, undefined);
    const bombProblem = result.problems.find((p) => /alias bomb/.test(p.message));
    assert.ok(bombProblem, messages(result).join("\n"));
    assert.ok(bombProblem.range.start.line >= 3, "points at an alias in the bomb");
  });

  it("many ordinary aliases (20,000 references to one anchor) still load, in bounded time", () => {
    let text = HEAD + "purposes:\n  base: &p {description: Service, basis: contract}\n";
    let i = 0;
    while (text.length < MAX_NOTICE_SIZE - 40) text += `  p${i++}: *p\n`;
    const { result } = loadBounded(text, 8000);
    assert.ok(result.notice);
    assert.strictEqual(result.notice.purposes.get(`p${i - 1}`)?.description, "Service");
  });

  it("a 50 MB notice is refused with one message at the top, without parsing it", () => {
    const entry = "  user.contact.email:\n    purposes: [a]\n    basis: contract\n    # a comment to pad the entry out\n";
    const text = HEAD + "categories:\n" + entry.repeat(Math.ceil(50e6 / entry.length));
    assert.ok(text.length >= 50e6);
    const { result } = loadBounded(text, 1000);
    assert.strictEqual(result.notice, undefined);
    assert.strictEqual(result.problems.length, 1);
    assert.match(result.problems[0].message, /over the limit of 262144/);
    assert.deepStrictEqual(result.problems[0].range.start, { line: 0, character: 0 });
  });

  it("a notice just under the size limit with thousands of keys loads in bounded time", () => {
    let text = HEAD + "purposes:\n";
    let i = 0;
    while (text.length < MAX_NOTICE_SIZE - 80) text += `  p${i++}: {description: "some text here", basis: consent}\n`;
    const { result } = loadBounded(text, 8000);
    assert.ok(result.notice);
    assert.strictEqual(result.notice.purposes.size, i);
  });

  it("binary garbage: problems with locations, no exception", () => {
    const samples = [
      crypto.randomBytes(100_000).toString("latin1"),
      crypto.randomBytes(100_000).toString("utf8"),
      "\u0000".repeat(1000),
      "\uFEFF\uFEFF\uFFFE%YAML 9.9\n---\n...\n---\n",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString("latin1"),
    ];
    for (const text of samples) {
      const { result } = loadBounded(text, 5000);
      assert.ok(result.problems.length > 0, "garbage is reported");
      assert.strictEqual(result.notice, undefined);
      assertLocated(text, result);
    }
  });

  it("duplicate keys at every level: each repeat located, first entry wins, no quadratic blow-up", () => {
    const text = HEAD.replace("contact:", "contact: a, contact:") + "categories:\n  user.name: {basis: contract, basis: consent}\n  user.name: {basis: consent}\n";
    const { result } = loadBounded(text, 2000);
    assert.ok(result.notice);
    const dups = result.problems.filter((p) => /Duplicate key/.test(p.message));
    assert.deepStrictEqual(
      dups.map((p) => [p.range.start.line, p.message.match(/"([^"]+)"/)![1]]),
      [[1, "contact"], [3, "basis"], [4, "user.name"]],
    );
    assert.deepStrictEqual(result.notice.categories.find((c) => c.key === "user.name")?.bases, ["contract"]);

    // 5,000 repeats of one key: linear, not one document walk per duplicate.
    const many = HEAD + "categories:\n" + "  user.name: {basis: contract}\n".repeat(5000);
    const big = loadBounded(many, 5000).result;
    assert.strictEqual(big.problems.filter((p) => /Duplicate key/.test(p.message)).length, 4999);
    // Keys of different types are different keys (1 and "1"), as YAML says.
    const typed = loadBounded(HEAD + "purposes:\n  1: {description: a}\n  '1': {description: b}\ncategories: {}\n", 1000).result;
    assert.ok(!messages(typed).some((m) => /Duplicate/.test(m)));
  });

  it("unknown versions: one clear error at the version value, nothing else read", () => {
    for (const [version, shown] of [["2", "2"], ["'1'", '"1"'], ["1.5", "1.5"], ["{a: 1}", "null"], ["[1]", "null"], ["", "null"]] as const) {
      const text = `version: ${version}\norganisation: {controller: X, contact: Y}\ncategories:\n  user.nonsense: {}\n`;
      const { result } = loadBounded(text, 1000);
      assert.strictEqual(result.notice, undefined, version);
      assert.strictEqual(result.problems.length, 1, messages(result).join("\n"));
      assert.strictEqual(result.problems[0].message, `Unsupported notice version ${shown}: this privacy-lint reads version 1`);
      assert.strictEqual(result.problems[0].range.start.line, 0);
    }
  });

  it("odd but valid encodings load: BOM, CRLF, lone CR, tabs in comments, unicode keys and values", () => {
    const text = "\uFEFFversion: 1\r\norganisation:\t# tab\t\r\n  controller: \"Ünïcødé GmbH 🚀\"\r\n  contact: 'x@ü.de'\r\ncategories:\r\n  user.name: {purposes: [注册], basis: contract, retention: {period: P1Y}}\r\n";
    const { result } = loadBounded(text, 1000);
    assert.ok(result.notice);
    assert.deepStrictEqual(messages(result).filter((m) => /syntax|schema/i.test(m)), []);
    assert.strictEqual(result.notice.organisation?.controller, "Ünïcødé GmbH 🚀");
  });

  it("property: any text (random unicode, YAML-ish fragments) loads without throwing, with located problems", () => {
    const fragment = fc.constantFrom(
      "version: 1\n", "categories:\n", "  user.name:\n", "    basis: contract\n", "- ", "[", "]", "{", "}", "&a ", "*a", "*b ", "!!binary ",
      "!tag ", "? ", ": ", "'", "\"", "#", "\t", "\r\n", "\r", "\n", "---\n", "...\n", "%YAML 1.2\n", "|\n", ">-\n", "<<: *a\n", "\uFEFF", "\u0000", "😀",
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 400 }), fc.array(fragment, { maxLength: 80 }).map((a) => a.join(""))), (text) => {
        const result = loadNotice(text, "/ws/privacy-notice.yaml", taxonomy);
        assertLocated(text, result);
      }),
      { numRuns: 400 },
    );
  });
});
