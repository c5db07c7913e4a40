import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Taxonomy } from "../src/core/classify/taxonomy";
import type { Finding } from "../src/core/types";
import {
  defaultDevSetRoot,
  EVAL_CATEGORY_KEYS,
  LabelError,
  loadLabelledFiles,
  parseLabels,
  scoreFindings,
  type Label,
} from "./eval/labels";
import { main, mainWithRealSet, runEval, type ScanFile } from "./eval/run-eval";

/** A finding as the scanner would report it: `line` is 1-based here for readability, the range is 0-based. */
function finding(file: string, line: number, field: string, category: string): Finding {
  return {
    file,
    range: { start: { line: line - 1, character: 2 }, end: { line: line - 1, character: 2 + field.length } },
    field,
    owner: "Owner",
    category,
    confidence: 0.9,
    evidence: "test",
    ruleId: "test",
  };
}

describe("eval harness: parseLabels", () => {
  it("reads positives and negatives with 1-based lines and the field on the line", () => {
    const text = [
      "export class User {",
      "  email: string; // @pii user.contact.email",
      "  emailVerified: boolean; // @pii none",
      "  id: number;",
      "}",
    ].join("\n");
    assert.deepStrictEqual(parseLabels("user.ts", text), [
      { file: "user.ts", line: 2, field: "email", category: "user.contact.email" },
      { file: "user.ts", line: 3, field: "emailVerified", category: null },
    ]);
  });

  it("finds the field name in the declaration styles of the dev set", () => {
    const cases: [string, string][] = [
      ['  @Column({ type: "inet", nullable: true }) lastLoginIp: string; // @pii user.device.ip_address', "lastLoginIp"],
      ["  @Field(() => String) @IsEmail() readonly contactEmail!: string; // @pii user.contact.email", "contactEmail"],
      ["  get fullName(): string { // @pii user.name", "fullName"],
      ["  set fullName(value: string) { // @pii user.name", "fullName"],
      ["  public static readonly phone?: string; // @pii user.contact.phone_number", "phone"],
      ["  declare city: CreationOptional<string>; // @pii user.contact.address.city", "city"],
      ["  'first_name': z.string().min(1), // @pii user.name.first", "first_name"],
      ['  "postal-code": Joi.string(), // @pii user.contact.address.postal_code', "postal-code"],
      ["    this.email = email; // @pii user.contact.email", "email"],
      ["  this.#ssn = ssn; // @pii user.government_id.national_identification_number", "#ssn"],
      ['  email: varchar("email", { length: 255 }).notNull(), // @pii user.contact.email', "email"],
      ["  dob = new Date(0); // @pii user.demographic.date_of_birth", "dob"],
      ["  gender, // @pii user.demographic.gender", "gender"],
      ["  ip: { type: String, required: true }, // @pii user.device.ip_address", "ip"],
    ];
    for (const [line, field] of cases) {
      assert.strictEqual(parseLabels("x.ts", line)[0]?.field, field, line);
    }
  });

  it("reads Prisma fields by their first word", () => {
    const text = ["model User {", "  email   String  @unique // @pii user.contact.email", "  ip String @db.Inet // @pii user.device.ip_address", "}"].join("\n");
    assert.deepStrictEqual(
      parseLabels("schema.prisma", text).map((label) => [label.line, label.field, label.category]),
      [[2, "email", "user.contact.email"], [3, "ip", "user.device.ip_address"]],
    );
  });

  it("ignores a free-text note after the category", () => {
    const [label] = parseLabels("a.ts", "  city: string; // @pii none  the warehouse's city, not a person's");
    assert.strictEqual(label.category, null);
    assert.strictEqual(label.field, "city");
  });

  it("rejects unknown keys, missing categories and labels without a field, with file:line", () => {
    assert.throws(
      () => parseLabels("bad.ts", "a: string;\n  email: string; // @pii user.contact.emial"),
      (error: unknown) =>
        error instanceof LabelError && error.line === 2 && /bad\.ts:2: unknown category key 'user\.contact\.emial'/.test(error.message),
    );
    assert.throws(() => parseLabels("bad.ts", "  email: string; // @pii"), /bad\.ts:1: .*without a category/);
    assert.throws(() => parseLabels("bad.ts", "  // @pii user.contact.email"), /bad\.ts:1: cannot find the field name/);
    assert.throws(() => parseLabels("bad.ts", "  return compute(); // @pii none"), /bad\.ts:1: cannot find the field name/);
  });
});

describe("eval harness: scoreFindings", () => {
  const file = "/repo/test-fixtures/eval/customer.ts";
  const labels: Label[] = [
    { file, line: 2, field: "email", category: "user.contact.email" },
    { file, line: 3, field: "phone", category: "user.contact.phone_number" },
    { file, line: 4, field: "city", category: "user.contact.address.city" },
    { file, line: 5, field: "emailVerified", category: null },
  ];

  it("counts an exact match as a true positive and a missed label as a false negative", () => {
    const report = scoreFindings(labels, [finding(file, 2, "email", "user.contact.email")]);
    assert.deepStrictEqual(
      { tp: report.overall.tp, fp: report.overall.fp, fn: report.overall.fn },
      { tp: 1, fp: 0, fn: 2 },
    );
    assert.strictEqual(report.overall.precision, 1);
    assert.strictEqual(report.overall.recall, 1 / 3);
    assert.deepStrictEqual(
      report.mistakes.map((mistake) => [mistake.line, mistake.kind, mistake.expected, mistake.got]),
      [
        [3, "false-negative", "user.contact.phone_number", null],
        [4, "false-negative", "user.contact.address.city", null],
      ],
    );
  });

  it("counts a wrong category once as FP of the reported category and once as FN of the labelled one", () => {
    const report = scoreFindings(labels, [
      finding(file, 2, "email", "user.contact.email"),
      finding(file, 3, "phone", "user.contact.phone_number"),
      finding(file, 4, "city", "user.location.imprecise"),
    ]);
    assert.deepStrictEqual(report.perCategory["user.location.imprecise"], { tp: 0, fp: 1, fn: 0, precision: 0, recall: 1 });
    assert.deepStrictEqual(report.perCategory["user.contact.address.city"], { tp: 0, fp: 0, fn: 1, precision: 1, recall: 0 });
    assert.deepStrictEqual([report.overall.tp, report.overall.fp, report.overall.fn], [2, 1, 1]);
    assert.deepStrictEqual(report.mistakes, [
      { file, line: 4, field: "city", expected: "user.contact.address.city", got: "user.location.imprecise", kind: "wrong-category" },
    ]);
  });

  it("counts findings on negative and unlabelled lines, and duplicates, as false positives", () => {
    const report = scoreFindings(labels, [
      finding(file, 5, "emailVerified", "user.contact.email"),
      finding(file, 9, "supportEmail", "user.contact.email"),
      finding(file, 2, "email", "user.contact.email"),
      finding(file, 2, "email", "user.contact.email"),
      finding("/repo/other.ts", 2, "email", "user.contact.email"),
    ]);
    assert.deepStrictEqual(report.perCategory["user.contact.email"], { tp: 1, fp: 4, fn: 0, precision: 0.2, recall: 1 });
    assert.deepStrictEqual(
      report.mistakes.filter((mistake) => mistake.kind === "false-positive").map((mistake) => [mistake.file, mistake.line, mistake.field]),
      [["/repo/other.ts", 2, "email"], [file, 2, "email"], [file, 5, "emailVerified"], [file, 9, "supportEmail"]],
    );
  });

  it("does not credit a finding for another field on a labelled line", () => {
    const report = scoreFindings(labels, [finding(file, 3, "phoneCountryCode", "user.contact.phone_number")]);
    assert.strictEqual(report.perCategory["user.contact.phone_number"].tp, 0);
    assert.strictEqual(report.perCategory["user.contact.phone_number"].fp, 1);
    assert.strictEqual(report.perCategory["user.contact.phone_number"].fn, 1);
  });

  it("matches a quoted field name reported with its quotes", () => {
    const quoted: Label[] = [{ file, line: 7, field: "first_name", category: "user.name.first" }];
    const report = scoreFindings(quoted, [finding(file, 7, "'first_name'", "user.name.first")]);
    assert.deepStrictEqual([report.overall.tp, report.overall.fp, report.overall.fn], [1, 0, 0]);
  });

  it("reports perfect scores for no labels and no findings", () => {
    const report = scoreFindings([], []);
    assert.deepStrictEqual(report.overall, { tp: 0, fp: 0, fn: 0, precision: 1, recall: 1 });
    assert.deepStrictEqual(report.mistakes, []);
  });
});

describe("eval harness: the dev set", () => {
  let files: ReturnType<typeof loadLabelledFiles> = [];
  let labels: Label[] = [];
  let negatives: Label[] = [];
  before(() => {
    // Loading parses every label: a malformed one fails here with its file:line.
    files = loadLabelledFiles(defaultDevSetRoot());
    labels = files.flatMap((file) => file.labels);
    negatives = labels.filter((label) => label.category === null);
  });

  it("has at least 300 labelled fields, a third of them hard negatives", () => {
    assert.ok(labels.length >= 300, `only ${labels.length} labels`);
    assert.ok(negatives.length * 3 >= labels.length, `only ${negatives.length} of ${labels.length} are negatives`);
  });

  it("labels only with category keys of the rules' vocabulary", () => {
    // parseLabels already rejects unknown keys; this guards against the check being loosened.
    const unknown = labels.filter((label) => label.category !== null && !EVAL_CATEGORY_KEYS.has(label.category));
    assert.deepStrictEqual(unknown, []);
  });

  it("uses only keys the project's taxonomy knows", () => {
    const taxonomy = Taxonomy.builtin();
    assert.deepStrictEqual([...EVAL_CATEGORY_KEYS].filter((key) => !taxonomy.has(key)), []);
  });

  it("covers every category of the vocabulary and spreads over many files", () => {
    const used = new Set(labels.map((label) => label.category));
    const uncovered = [...EVAL_CATEGORY_KEYS].filter((category) => !used.has(category));
    assert.deepStrictEqual(uncovered, []);
    assert.ok(files.length >= 30, `only ${files.length} files`);
  });
});

describe("eval harness: run-eval", () => {
  /** Reports exactly what the labels say: the end-to-end path (files, 0-based ranges, fields) must score 100%. */
  const oracle = (labelsByFile: Map<string, Label[]>): ScanFile => (file) => ({
    file,
    findings: (labelsByFile.get(file) ?? [])
      .filter((label) => label.category !== null)
      .map((label) => finding(file, label.line, label.field, label.category!)),
    suppressed: [],
    notes: [],
  });

  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), "privacy-lint-eval-"));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  it("scores an oracle scanner at 100% on the whole dev set", () => {
    const files = loadLabelledFiles(defaultDevSetRoot());
    const byFile = new Map(files.map((file) => [file.file, file.labels]));
    const report = runEval({ root: defaultDevSetRoot() }, oracle(byFile), () => {});
    assert.deepStrictEqual([report.overall.precision, report.overall.recall, report.overall.fp], [1, 1, 0]);
    assert.strictEqual(report.overall.tp, files.flatMap((file) => file.labels).filter((label) => label.category).length);
  });

  it("prints the table, label counts and each mistake as file:line field expected X got Y", () => {
    fs.mkdirSync(path.join(tmp, "models"));
    fs.writeFileSync(
      path.join(tmp, "models", "user.ts"),
      ["interface User {", "  email: string; // @pii user.contact.email", "  emailCount: number; // @pii none", "}"].join("\n"),
    );
    fs.writeFileSync(path.join(tmp, "README.md"), "email: string; // @pii user.contact.email\n"); // not scanned
    const lines: string[] = [];
    const scan: ScanFile = (file) => ({
      file,
      findings: [finding(file, 2, "email", "user.name"), finding(file, 3, "emailCount", "user.contact.email")],
      suppressed: [],
      notes: [],
    });
    const report = runEval({ root: tmp }, scan, (line) => lines.push(line));
    const output = lines.join("\n");
    const shown = path.relative(process.cwd(), path.join(tmp, "models", "user.ts")).replace(/\\/g, "/");
    assert.match(output, /^overall\s+0\.0%\s+0\.0%\s+0\s+2\s+1$/m);
    assert.match(output, /labels: 2 \(1 positive, 1 hard negative, 50\.0% negative\) in 1 files/);
    assert.ok(output.includes(`${shown}:2 email expected user.contact.email got user.name`), output);
    assert.ok(output.includes(`${shown}:3 emailCount expected none got user.contact.email`), output);
    assert.strictEqual(report.mistakes.length, 2);
  });

  it("exits 1 under --min only when precision or recall is below it, 2 on bad arguments", () => {
    fs.writeFileSync(path.join(tmp, "a.ts"), "type A = {\n  phone: string; // @pii user.contact.phone_number\n};\n");
    const labels = parseLabels(path.join(tmp, "a.ts"), fs.readFileSync(path.join(tmp, "a.ts"), "utf8"));
    const perfect = oracle(new Map([[path.join(tmp, "a.ts"), labels]]));
    const silent: ScanFile = (file) => ({ file, findings: [], suppressed: [], notes: [] });
    const quiet = () => {};
    assert.strictEqual(main(["--root", tmp, "--min", "0.95"], perfect, quiet, quiet), 0);
    assert.strictEqual(main(["--root", tmp, "--min", "0.95"], silent, quiet, quiet), 1);
    assert.strictEqual(main(["--root", tmp], silent, quiet, quiet), 0);
    const errors: string[] = [];
    assert.strictEqual(main(["--min", "95"], silent, quiet, (line) => errors.push(line)), 2);
    assert.strictEqual(main(["--verbose"], silent, quiet, (line) => errors.push(line)), 2);
    assert.deepStrictEqual(errors, [
      "run-eval: --min must be a ratio in [0, 1], got 95",
      "run-eval: unknown argument --verbose (expected --min <ratio>, --root <dir>, --real <dir>, --no-real, --incoming <dir>, --no-incoming, --flows <dir>, --no-flows, --partial, --min-precision <ratio> or --min-recall <ratio>)",
    ]);
  });

  it("reports the incoming apps after the gated set, and never fails the run for them", async () => {
    const app = (root: string, name: string, code: string, field: string) => {
      fs.mkdirSync(path.join(root, name, "src"), { recursive: true });
      fs.writeFileSync(path.join(root, name, "src", "a.ts"), code);
      fs.writeFileSync(path.join(root, name, "labels.tsv"), `file\tline\tfield\towner\tlabel\tnote\nsrc/a.ts\t1\t${field}\tX\tuser.contact.email\t\n`);
    };
    const real = path.join(tmp, "real");
    const incoming = path.join(tmp, "incoming");
    app(real, "shop", "export interface User { email: string }\n", "email");
    app(incoming, "newest", "export interface Thing { data: string }\n", "data");
    fs.mkdirSync(path.join(tmp, "fixtures"));
    fs.writeFileSync(path.join(tmp, "fixtures", "b.ts"), "type B = {\n  phone: string; // @pii user.contact.phone_number\n};\n");
    const lines: string[] = [];
    const errors: string[] = [];
    const gate = ["--min-precision", "0.9", "--min-recall", "0.9", "--no-flows", "--root", path.join(tmp, "fixtures")];
    const code = await mainWithRealSet(["--real", real, "--incoming", incoming, ...gate], (line) => lines.push(line), (line) => errors.push(line));
    const output = lines.join("\n");
    assert.strictEqual(code, 0, errors.join("\n"));
    assert.match(output, /== incoming real-code apps \(test-fixtures\/real-incoming\): reported, not gated\n[\s\S]*?^overall\s+100\.0%\s+0\.0%\s+0\s+0\s+1$/m);
    assert.ok(output.includes("newest/src/a.ts:1 data expected user.contact.email got none"), output);
    // The same app in the gated set fails the run.
    assert.strictEqual(await mainWithRealSet(["--real", incoming, "--no-incoming", ...gate], () => {}, () => {}), 1);
  });

  it("reports a malformed label with its location instead of scoring", () => {
    fs.writeFileSync(path.join(tmp, "bad.ts"), "class A {\n  x: string; // @pii user.emial\n}\n");
    const errors: string[] = [];
    const silent: ScanFile = (file) => ({ file, findings: [], suppressed: [], notes: [] });
    assert.strictEqual(main(["--root", tmp], silent, () => {}, (line) => errors.push(line)), 2);
    assert.deepStrictEqual(errors, [`run-eval: ${path.join(tmp, "bad.ts")}:2: unknown category key 'user.emial' in @pii label`]);
  });
});
