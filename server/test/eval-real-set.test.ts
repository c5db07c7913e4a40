/**
 * The real-code dev set's harness: labels.tsv loading (with located errors) and scoring by category class, the way
 * the independent hold-outs are scored.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { LabelError } from "./eval/labels";
import { categoryClass, defaultIncomingSetRoot, defaultRealSetRoot, loadRealSet, scoreRealApp, type RealApp } from "./eval/real-set";

function app(rows: [string, number, string, string][]): RealApp {
  return { name: "demo", dir: "/demo", rows: rows.map(([file, line, field, label]) => ({ app: "demo", file, line, field, owner: "", label, note: "" })) };
}

describe("eval harness: the real-code set", () => {
  it("compares categories by class: the longest class key that is the key or its ancestor", () => {
    assert.strictEqual(categoryClass("user.contact.address.postal_code"), "user.contact.address");
    assert.strictEqual(categoryClass("user.device.ip_address"), "user.device.ip_address");
    assert.strictEqual(categoryClass("user.device.cookie_id"), "user.device");
    assert.strictEqual(categoryClass("user.contact.fax_number"), "user.contact.phone_number");
    assert.strictEqual(categoryClass("user.location.precise"), "user.location");
    assert.strictEqual(categoryClass("user.unknown_thing"), undefined);
  });

  it("scores as the hold-outs do: unscored rows and unlabelled lines count for nothing, a wrong class against both", () => {
    const rows = app([
      ["a.ts", 1, "email", "user.contact.email"],
      ["a.ts", 2, "zip", "user.contact.address.postal_code"],
      ["a.ts", 3, "name", "none"],
      ["a.ts", 4, "userId", "ambiguous"],
      ["a.ts", 5, "city", "user.contact.address"],
      ["a.ts", 6, "phone", "user.contact.phone_number"],
    ]);
    const report = scoreRealApp(rows, [
      { file: "a.ts", line: 1, field: "email", category: "user.contact.email" }, // TP
      { file: "a.ts", line: 2, field: "zip", category: "user.contact.address.postal_code" }, // TP (same class)
      { file: "a.ts", line: 3, field: "name", category: "user.name" }, // FP on a none row
      { file: "a.ts", line: 4, field: "userId", category: "user.name" }, // ambiguous: not scored
      { file: "a.ts", line: 5, field: "city", category: "user.location.imprecise" }, // wrong class: FP and FN
      { file: "a.ts", line: 9, field: "other", category: "user.name" }, // unlabelled line: not scored
    ]);
    assert.deepStrictEqual(
      { tp: report.overall.tp, fp: report.overall.fp, fn: report.overall.fn },
      { tp: 2, fp: 2, fn: 2 },
      "phone was missed: the second FN",
    );
    assert.deepStrictEqual(
      report.mistakes.map((m) => `${m.line} ${m.kind} ${m.expected ?? "none"} ${m.got ?? "none"}`),
      ["3 false-positive none user.name", "5 wrong-category user.contact.address user.location", "6 false-negative user.contact.phone_number none"],
    );
  });

  it("refuses a malformed labels.tsv with the file and line of the bad row", () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-real-"));
    try {
      fs.mkdirSync(path.join(root, "demo", "src"), { recursive: true });
      fs.writeFileSync(path.join(root, "demo", "src", "a.ts"), "export interface A {\n  email: string;\n}\n");
      const write = (rows: string) => fs.writeFileSync(path.join(root, "demo", "labels.tsv"), `file\tline\tfield\towner\tlabel\tnote\n${rows}`);
      const errorOf = (): string => {
        try {
          loadRealSet(root);
        } catch (e) {
          assert.ok(e instanceof LabelError);
          return (e as Error).message;
        }
        return "no error";
      };
      write("src/a.ts\t2\temail\tA\tuser.contact.emial\t\n");
      assert.match(errorOf(), /labels\.tsv:2: unknown label 'user\.contact\.emial'/);
      write("src/a.ts\t2\temail\tA\tuser.contact.email\t\nsrc/a.ts\t1\temail\tA\tnone\t\n");
      assert.match(errorOf(), /labels\.tsv:3: src\/a\.ts:1 does not mention the field 'email'/);
      write("src/a.ts\t2\temail\tA\t\t\n");
      assert.match(errorOf(), /labels\.tsv:2: row src\/a\.ts:2 email has no label/);
      assert.strictEqual(loadRealSet(root, { skipUnlabelled: true })[0].rows.length, 0);
      write("src/b.ts\t2\temail\tA\tnone\t\n");
      assert.match(errorOf(), /labels\.tsv:2: file not found: src\/b\.ts/);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("the incoming apps load as the set does: a LICENSE and at least 40 rows each", () => {
    const root = defaultIncomingSetRoot();
    for (const a of root ? loadRealSet(root) : []) {
      assert.ok(fs.existsSync(path.join(a.dir, "LICENSE")), `${a.name} has no LICENSE`);
      assert.ok(a.rows.length >= 40, `${a.name}: ${a.rows.length} rows`);
    }
  });

  it("the committed set loads: every app has its LICENSE and at least 40 rows", () => {
    const apps = loadRealSet(defaultRealSetRoot());
    assert.ok(apps.length >= 8, `${apps.length} apps`);
    assert.ok(apps.reduce((n, a) => n + a.rows.length, 0) >= 1500);
    for (const a of apps) {
      assert.ok(fs.existsSync(path.join(a.dir, "LICENSE")), `${a.name} has no LICENSE`);
      assert.ok(a.rows.length >= 40, `${a.name}: ${a.rows.length} rows`);
    }
  });
});
