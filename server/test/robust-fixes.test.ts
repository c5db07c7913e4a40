/**
 * Property-based tests of EVERY notice edit builder over generated notices: comments everywhere (with tabs and
 * unicode), block and flow styles, empty collections, anchors and aliases, odd quoting, CRLF, a BOM, 2- or 4-space
 * indentation. For each generated notice and fix:
 *  - the edited text re-parses (no syntax/schema errors the original did not have);
 *  - the edit only adds text (or replaces an empty `{}`/`[]`/whitespace), so every other byte is unchanged;
 *  - everything the original notice declared is still declared, with the same values;
 *  - applying the fix again changes nothing;
 *  - the new entry says what the fix promised.
 */
import * as assert from "assert";
import fc from "fast-check";
import { parse as parseYaml } from "yaml";
import { loadNotice } from "../src/core/notice/loader";
import {
  applyEdits,
  createNoticeText,
  declareCategoriesEdits,
  declareCategoryEdits,
  exemptionEdits,
  retentionChoices,
  suppressionCommentEdit,
  type FieldRef,
} from "../src/core/notice/fixes";
import { coveringDeclaration, findCategory, type CategoryDeclaration, type Notice } from "../src/core/notice/model";
import { parseSuppressions } from "../src/core/scan/suppressions";
import { Taxonomy } from "../src/core/classify/taxonomy";
import type { Finding, OffsetEdit } from "../src/core/types";

const taxonomy = Taxonomy.builtin();
const NUM_RUNS = Number(process.env.ROBUST_RUNS ?? 150);
// A fixed seed keeps `npm test` reproducible (the thresholds on how many runs exercise a builder then hold every time);
// ROBUST_SEED=<n> explores other inputs, and `npm run test:fuzz` explores at random.
fc.configureGlobal({ seed: Number(process.env.ROBUST_SEED ?? 20261123) });

// Keys with no ancestor/descendant relation among the declared pool, plus children to test "an ancestor covers it".
const DECLARABLE = [
  "user.name",
  "user.contact.phone_number",
  "user.contact.address.city",
  "user.account.username",
  "user.device.ip_address",
  "user.financial.bank_account",
  "user.demographic.gender",
  "user.health_and_medical",
  "user.location.imprecise",
  "user.behavior.browsing_history",
];
const TARGETS = [...DECLARABLE, "user.contact.email", "user.name.first", "user.contact.address.postal_code", "user.demographic.race_ethnicity", "user.biometric"];

// ---------------------------------------------------------------------------------------------------------
// Generated notices

/** Comment text with the characters that break naive editors: tabs, quotes, colons, braces, unicode, emoji. */
const commentText = fc.constantFrom("", "note", "tab\there\t", "ünïcødé ✓", "日本語のコメント", "emoji 🚀 here", "quote ' \" : { } [ ] & * ! |", "TODO later", "# double hash");

interface Style {
  eol: "\n" | "\r\n";
  bom: boolean;
  step: 2 | 4;
  trailingNewline: boolean;
}

type Scalar = { text: string; value: string };
/** The same string written plain, single-quoted or double-quoted (with an escape). */
const quoted = (value: string) =>
  fc.constantFrom<Scalar>(
    { text: value, value },
    { text: `'${value.replace(/'/g, "''")}'`, value },
    { text: JSON.stringify(value), value },
  );

interface EntrySpec {
  key: string;
  keyQuote: "plain" | "single" | "double";
  commentGap: string;
  form: "block" | "flow" | "null" | "emptyflow";
  basis: Scalar;
  purposes: string[];
  purposesBlock: boolean;
  retention: "none" | "anchor" | "alias" | "inline";
  comment: string | null;
  trailingComment: string | null;
  blankBefore: boolean;
}

interface NoticeSpec {
  style: Style;
  header: string[];
  orgFlow: boolean;
  controller: Scalar;
  recipients: boolean;
  categoriesForm: "block" | "flow" | "null" | "emptyflow" | "missing";
  entries: EntrySpec[];
  exemptionsForm: "missing" | "blockflow" | "blockmap" | "flow" | "emptyflow";
  footer: string | null;
}

const entrySpec = (key: string) =>
  fc.record<EntrySpec>({
    key: fc.constant(key),
    keyQuote: fc.constantFrom("plain", "plain", "single", "double"),
    commentGap: fc.constantFrom(" ", "   ", "\t", " \t "),
    form: fc.constantFrom("block", "block", "flow", "null", "emptyflow"),
    basis: quoted("contract"),
    purposes: fc.subarray(["service", "billing"], { minLength: 1 }),
    purposesBlock: fc.boolean(),
    retention: fc.constantFrom("none", "anchor", "alias", "inline"),
    comment: fc.option(commentText, { nil: null }),
    trailingComment: fc.option(commentText, { nil: null }),
    blankBefore: fc.boolean(),
  });

const noticeSpec: fc.Arbitrary<NoticeSpec> = fc
  .record({
    style: fc.record<Style>({
      eol: fc.constantFrom("\n", "\r\n"),
      bom: fc.boolean(),
      step: fc.constantFrom(2, 4),
      trailingNewline: fc.boolean(),
    }),
    header: fc.array(commentText, { maxLength: 2 }),
    orgFlow: fc.boolean(),
    controller: quoted("Ëxample Ltd"),
    recipients: fc.boolean(),
    categoriesForm: fc.constantFrom("block", "block", "block", "flow", "null", "emptyflow", "missing"),
    keys: fc.shuffledSubarray(DECLARABLE, { maxLength: 5 }),
    exemptionsForm: fc.constantFrom("missing", "blockflow", "blockmap", "flow", "emptyflow"),
    footer: fc.option(commentText, { nil: null }),
  })
  .chain(({ keys, ...rest }) =>
    fc.tuple(...keys.map(entrySpec)).map((entries) => {
      const spec: NoticeSpec = { ...rest, entries: rest.categoriesForm === "block" || rest.categoriesForm === "flow" ? entries : [] };
      return spec;
    }),
  );

/** Renders a spec to notice text. Anchors are defined before they are used (the first retention that wants one). */
function render(spec: NoticeSpec): string {
  const { eol, step } = spec.style;
  const pad = (n: number) => " ".repeat(n * step);
  const out: string[] = [];
  const comment = (text: string) => `#${text ? " " + text : ""}`;
  for (const h of spec.header) out.push(comment(h));
  out.push("version: 1");
  if (spec.orgFlow) out.push(`organisation: { controller: ${spec.controller.text}, contact: "privacy@example.com" }  ${comment("who")}`);
  else out.push("organisation:", `${pad(1)}controller: ${spec.controller.text}`, `${pad(1)}contact: privacy@example.com`);
  if (spec.recipients) out.push("recipients:", `${pad(1)}cloud: &host { kind: processor, description: "Hosting, EU" }`, `${pad(1)}mailer: *host`);

  let anchored = false;
  const retentionText = (e: EntrySpec): string | undefined => {
    if (e.retention === "none") return undefined;
    if (e.retention === "inline" || (e.retention === "alias" && !anchored)) return "{ period: P12M, after: account_closure }";
    if (e.retention === "anchor" && !anchored) {
      anchored = true;
      return "&std { period: P24M, then: delete }";
    }
    return "*std";
  };
  const entryBody = (e: EntrySpec): { flow: string; block: string[] } => {
    const retention = retentionText(e);
    const purposes = `[${e.purposes.join(", ")}]`;
    const flowParts = [`purposes: ${purposes}`, `basis: ${e.basis.text}`, ...(retention ? [`retention: ${retention}`] : [])];
    const block = e.purposesBlock
      ? ["purposes:", ...e.purposes.map((p) => `${pad(1)}- ${p}`)]
      : [`purposes: ${purposes}`];
    block.push(`basis: ${e.basis.text}${e.trailingComment !== null ? e.commentGap + comment(e.trailingComment) : ""}`);
    if (retention) block.push(`retention: ${retention}`);
    return { flow: `{ ${flowParts.join(", ")} }`, block };
  };

  switch (spec.categoriesForm) {
    case "missing":
      break;
    case "null":
      out.push(`categories:${spec.footer !== null ? "  " + comment(spec.footer) : ""}`);
      break;
    case "emptyflow":
      out.push(`categories: {}${spec.footer !== null ? "  " + comment(spec.footer) : ""}`);
      break;
    case "flow":
      out.push(`categories: { ${spec.entries.map((e) => `${e.key}: ${entryBody(e).flow}`).join(", ")} }`);
      break;
    case "block":
      out.push("categories:");
      for (const e of spec.entries) {
        const key = e.keyQuote === "single" ? `'${e.key}'` : e.keyQuote === "double" ? `"${e.key}"` : e.key;
        if (e.blankBefore) out.push("");
        if (e.comment !== null) out.push(pad(1) + comment(e.comment));
        if (e.form === "null") out.push(`${pad(1)}${key}:`);
        else if (e.form === "emptyflow") out.push(`${pad(1)}${key}: {}`);
        else if (e.form === "flow") out.push(`${pad(1)}${key}: ${entryBody(e).flow}`);
        else {
          out.push(`${pad(1)}${key}:`);
          for (const l of entryBody(e).block) out.push(pad(2) + l);
        }
      }
      break;
  }
  const exemption = { field: "Product.name", reason: "a product; not a person" };
  switch (spec.exemptionsForm) {
    case "missing":
      break;
    case "blockflow":
      out.push("exemptions:", `${pad(1)}- { field: ${exemption.field}, reason: ${exemption.reason} }`);
      break;
    case "blockmap":
      out.push("exemptions:", `${pad(1)}- field: ${exemption.field}`, `${pad(1)}  reason: ${exemption.reason}`);
      break;
    case "flow":
      out.push(`exemptions: [{ field: ${exemption.field}, reason: ${exemption.reason} }]`);
      break;
    case "emptyflow":
      out.push("exemptions: []");
      break;
  }
  if (spec.footer !== null) out.push(comment(spec.footer));
  const text = out.join(eol) + (spec.style.trailingNewline ? eol : "");
  return (spec.style.bom ? "\uFEFF" : "") + text;
}

// ---------------------------------------------------------------------------------------------------------
// Shared assertions

function load(text: string) {
  return loadNotice(text, "/ws/privacy-notice.yaml", taxonomy);
}

/** Syntax and schema problems (placeholders and missing retention are expected after a fix, these are not). */
function structuralProblems(text: string): string[] {
  return load(text)
    .problems.filter((p) => p.checkId === "notice-syntax" || p.checkId === "notice-schema" || p.checkId === "unknown-category")
    .map((p) => p.message);
}

/** Structural problems of `out` that `original` did not have (a notice without `categories:` has one already). */
function newProblems(original: string, out: string): string[] {
  const before = new Set(structuralProblems(original));
  return structuralProblems(out).filter((m) => !before.has(m));
}

/**
 * The output only ADDS to the original: the original is a subsequence of it (after an empty `{}`/`[]` value, which a
 * fix may turn into a block, is dropped). With the comments and the meaning checked separately, no byte was lost.
 */
function assertLinesKept(original: string, out: string): void {
  const isSubsequence = (a: string, b: string) => {
    let j = 0;
    for (let i = 0; i < b.length && j < a.length; i++) if (b[i] === a[j]) j++;
    return j === a.length;
  };
  const withoutEmpties = original.replace(/:[ \t]*(\{[ \t]*\}|\[[ \t]*\])/g, ":");
  assert.ok(isSubsequence(original, out) || isSubsequence(withoutEmpties, out), `text was removed, not only added:\n--- before\n${original}\n--- after\n${out}`);
}

/** Edits may only insert text, or replace whitespace or an empty `{}`/`[]` (an empty value becoming a block). */
function assertOnlyAdds(text: string, edits: OffsetEdit[]): void {
  for (const e of edits) {
    const removed = text.slice(e.start, e.end);
    assert.match(removed, /^(\s*|:?\s*(\{\s*\}|\[\s*\])\s*)$/, `an edit removed ${JSON.stringify(removed)}`);
  }
}

/** New text uses the file's line endings: no bare \n in a CRLF file, no \r in an LF file. */
function assertLineEndings(original: string, edits: OffsetEdit[]): void {
  const crlf = original.includes("\r\n");
  for (const e of edits) {
    if (crlf) assert.ok(!/(^|[^\r])\n/.test(e.newText), `bare LF inserted into a CRLF file: ${JSON.stringify(e.newText)}`);
    else assert.ok(!e.newText.includes("\r"), `CR inserted into an LF file: ${JSON.stringify(e.newText)}`);
  }
}

/** Every comment of the original is still in the output, verbatim and in order. */
function assertCommentsKept(original: string, out: string): void {
  let cursor = 0;
  for (const m of original.matchAll(/#[^\r\n]*/g)) {
    const at = out.indexOf(m[0], cursor);
    assert.ok(at >= 0, `comment lost: ${m[0]}`);
    cursor = at + m[0].length;
  }
}

/** What a notice means, minus positions, for "everything else still says the same". */
function meaning(notice: Notice, except?: string) {
  const strip = (o: unknown): unknown =>
    JSON.parse(JSON.stringify(o, (k, v) => (k === "range" || k === "entryRange" || k.endsWith("Range") ? undefined : v instanceof Map ? [...v] : v)));
  return {
    organisation: strip(notice.organisation),
    recipients: strip(notice.recipients),
    purposes: strip(notice.purposes),
    categories: strip(notice.categories.filter((c) => c.key !== except)),
    exemptions: strip(notice.exemptions),
  };
}

/** The common checks of every fix; returns the edited text. */
function checkFix(text: string, edits: OffsetEdit[]): string {
  assertOnlyAdds(text, edits);
  assertLineEndings(text, edits);
  const out = applyEdits(text, edits);
  assert.deepStrictEqual(newProblems(text, out), [], `the edited notice re-validates:\n${out}`);
  assertCommentsKept(text, out);
  assertLinesKept(text, out);
  if (text.startsWith("\uFEFF")) assert.ok(out.startsWith("\uFEFF"), "BOM kept");
  return out;
}

const fieldRef = fc.record<FieldRef>({
  file: fc.constantFrom("src/models/user.ts", "src/ünï/cødé.ts", "apps/web/src/a b.tsx"),
  line: fc.integer({ min: 1, max: 5000 }),
  field: fc.constantFrom("email", "phone", "name", "ëmail"),
  owner: fc.constantFrom("User", "", "Customer.address"),
});

// ---------------------------------------------------------------------------------------------------------

describe("robust: notice edit builders, property-based", function () {
  this.timeout(60_000);

  it("the generator makes valid notices (precondition of every property below)", () => {
    fc.assert(
      fc.property(noticeSpec, (spec) => {
        const text = render(spec);
        const expected = spec.categoriesForm === "missing" ? ['the notice is missing "categories"'] : [];
        assert.deepStrictEqual(structuralProblems(text), expected, text);
        assert.ok(load(text).notice);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("declareCategoryEdits: minimal, re-validates, idempotent, declares the category with placeholders", () => {
    let exercised = 0;
    fc.assert(
      fc.property(noticeSpec, fc.constantFrom(...TARGETS), fc.array(fieldRef, { maxLength: 7 }), (spec, category, fields) => {
        const text = render(spec);
        const before = load(text).notice!;
        const covered = coveringDeclaration(before, category, taxonomy);
        const edits = declareCategoryEdits(text, category, fields, taxonomy);
        if (covered) {
          assert.deepStrictEqual(edits, [], "already declared (or an ancestor is): nothing to do");
          return;
        }
        assert.ok(edits.length > 0, "an undeclared category gets an edit");
        exercised++;
        const out = checkFix(text, edits);
        const after = load(out).notice!;
        assert.deepStrictEqual(meaning(after, category), meaning(before, category), "everything else means the same");
        const decl = findCategory(after, category);
        assert.ok(decl, `declared:\n${out}`);
        assert.deepStrictEqual(decl.purposes.map((p) => p.name), ["TODO why it is collected"]);
        assert.deepStrictEqual(decl.bases, ["TODO"]);
        assert.strictEqual(decl.retention, undefined, "no retention, so missing-retention keeps asking");
        if (taxonomy.special(category)) assert.strictEqual(decl.condition, "TODO");
        // Block entries name the fields that need the category in a comment above them.
        if (fields.length > 0 && spec.categoriesForm !== "flow") {
          const f = fields[0];
          assert.ok(out.includes(`${f.owner ? f.owner + "." : ""}${f.field} (${f.file}:${f.line})`), "the comment names the fields");
        }
        assert.deepStrictEqual(declareCategoryEdits(out, category, fields, taxonomy), [], "applying twice == once");
      }),
      { numRuns: NUM_RUNS },
    );
    assert.ok(exercised > NUM_RUNS / 3, `only ${exercised} runs made an edit`);
  });

  it("declareCategoriesEdits: several at once equals the sequence, each declared or covered, idempotent", () => {
    fc.assert(
      fc.property(noticeSpec, fc.subarray(TARGETS, { maxLength: 5 }), (spec, categories) => {
        const text = render(spec);
        const needed = new Map(categories.map((c) => [c, [] as FieldRef[]]));
        const edits = declareCategoriesEdits(text, needed, taxonomy);
        assert.ok(edits.length <= 1, "one minimal edit");
        // One diff-shaped edit (common prefix and suffix kept), so check what survives rather than what it removes.
        const out = applyEdits(text, edits);
        assert.deepStrictEqual(newProblems(text, out), [], out);
        assertCommentsKept(text, out);
        assertLinesKept(text, out);
        assertLineEndings(text, [{ start: 0, end: 0, newText: out }]);
        const after = load(out).notice!;
        for (const c of categories) assert.ok(coveringDeclaration(after, c, taxonomy), `${c} covered`);
        assert.deepStrictEqual(meaning(after, undefined).purposes, meaning(load(text).notice!).purposes);
        assert.deepStrictEqual(declareCategoriesEdits(out, needed, taxonomy), [], "applying twice == once");
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("retentionChoices: each choice adds exactly the promised rule to the right entry, idempotent", () => {
    let exercised = 0;
    // Targets drawn from the notice's own keys (and their children), so most runs have an entry to add to.
    const specAndTarget = noticeSpec.chain((spec) =>
      fc.tuple(fc.constant(spec), spec.entries.length ? fc.constantFrom(...spec.entries.map((e) => e.key), ...TARGETS) : fc.constantFrom(...TARGETS)),
    );
    fc.assert(
      fc.property(specAndTarget, ([spec, category]) => {
        const text = render(spec);
        const before = load(text).notice!;
        const decl = coveringDeclaration(before, category, taxonomy);
        const choices = retentionChoices(text, category, taxonomy);
        if (!decl || decl.retention) {
          assert.deepStrictEqual(choices, [], "nothing to add to");
          return;
        }
        assert.ok(choices.length >= 3, "several concrete choices");
        exercised++;
        for (const choice of choices) {
          const out = checkFix(text, choice.edits);
          const after = load(out).notice!;
          assert.deepStrictEqual(meaning(after, decl.key), meaning(before, decl.key), "other entries unchanged");
          const updated: CategoryDeclaration = findCategory(after, decl.key)!;
          const promised = parseYaml(choice.rule) as Record<string, string>;
          assert.strictEqual(updated.retention?.kind, "rules", `${choice.title}:\n${out}`);
          const rule = updated.retention.kind === "rules" ? updated.retention.rules[0] : undefined;
          assert.deepStrictEqual(
            { period: rule?.period, after: rule?.after, then: rule?.then, asRequiredBy: rule?.asRequiredBy },
            { period: promised.period, after: promised.after, then: promised.then, asRequiredBy: promised.as_required_by },
          );
          // The entry's other values are untouched.
          const { retention: _r, ...restAfter } = JSON.parse(JSON.stringify(meaning(after).categories)).find((c: { key: string }) => c.key === decl.key);
          const { retention: _b, ...restBefore } = JSON.parse(JSON.stringify(meaning(before).categories)).find((c: { key: string }) => c.key === decl.key);
          assert.deepStrictEqual(restAfter, restBefore);
          assert.deepStrictEqual(retentionChoices(out, category, taxonomy), [], "applying twice == once");
        }
      }),
      { numRuns: NUM_RUNS },
    );
    assert.ok(exercised > NUM_RUNS / 25, `only ${exercised} runs offered retention choices`);
  });

  const awkwardText = fc.constantFrom(
    "not personal data",
    "a product's name",
    'says "hi"',
    "colon: inside",
    "comma, inside",
    "# not a comment",
    "{braces} [brackets]",
    "yes",
    "123",
    "null",
    "- dash",
    "trailing space ",
    "tab\tinside",
    "ünïcødé 日本 🚀",
    "&anchor *alias !tag",
    "'",
  );

  it("exemptionEdits: adds an exemption that reads back exactly (awkward reasons quoted), idempotent", () => {
    fc.assert(
      fc.property(
        noticeSpec,
        fc.constantFrom("Product", "", "Ünïcode"),
        fc.constantFrom("name", "title", "ëmail"),
        awkwardText,
        (spec, owner, field, reason) => {
          const text = render(spec);
          const before = load(text).notice!;
          const edits = exemptionEdits(text, { owner: owner || undefined, field, reason });
          const fieldRef = owner ? `${owner}.${field}` : field;
          if (before.exemptions.some((e) => e.field === fieldRef)) {
            assert.deepStrictEqual(edits, []);
            return;
          }
          const out = checkFix(text, edits);
          const after = load(out).notice!;
          assert.deepStrictEqual(after.exemptions.slice(0, before.exemptions.length).map((e) => [e.field, e.reason]), before.exemptions.map((e) => [e.field, e.reason]));
          const added = after.exemptions[after.exemptions.length - 1];
          assert.deepStrictEqual([added.field, added.reason], [fieldRef, reason], out);
          assert.deepStrictEqual({ ...meaning(after), exemptions: [] }, { ...meaning(before), exemptions: [] });
          assert.deepStrictEqual(exemptionEdits(out, { owner: owner || undefined, field, reason }), [], "applying twice == once");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("suppressionCommentEdit: one comment above the field with its indentation and line endings, idempotent", () => {
    const sourceLine = fc.constantFrom("", "// comment", "\t\tname: string;", "  email: string; // ünï", "/* block */", "const s = '// not a comment';", "  `template ${x}`");
    fc.assert(
      fc.property(
        fc.array(sourceLine, { minLength: 1, maxLength: 12 }),
        fc.constantFrom("\n", "\r\n"),
        fc.constantFrom("", "  ", "\t", "    "),
        fc.constantFrom(...TARGETS),
        awkwardText,
        fc.nat(),
        (lines, eol, indent, category, reason, pick) => {
          const at = pick % (lines.length + 1);
          const all = [...lines.slice(0, at), `${indent}email: string;`, ...lines.slice(at)];
          const text = all.join(eol) + eol;
          const finding = { file: "a.ts", range: { start: { line: at, character: indent.length }, end: { line: at, character: indent.length + 5 } }, field: "email", owner: "User", category } as Finding;
          const edits = suppressionCommentEdit(text, finding, reason);
          assert.strictEqual(edits.length, 1);
          assertOnlyAdds(text, edits);
          assertLineEndings(text, edits);
          const out = applyEdits(text, edits);
          const outLines = out.split(eol);
          assert.strictEqual(outLines[at], `${indent}// privacy-lint-disable-next-line ${category} -- ${reason.replace(/[\r\n]+/g, " ")}`);
          assert.strictEqual(outLines[at + 1], `${indent}email: string;`);
          assert.ok(parseSuppressions(out).some((s) => s.targetLine === at + 1 && s.categories.includes(category)), "the scanner's parser reads it");
          const moved = { ...finding, range: { start: { line: at + 1, character: indent.length }, end: { line: at + 1, character: indent.length + 5 } } };
          assert.deepStrictEqual(suppressionCommentEdit(out, moved, reason), [], "applying twice == once");
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it("createNoticeText: any set of findings gives a notice that loads cleanly and declares each category once", () => {
    const finding = fc.record({
      category: fc.constantFrom(...TARGETS),
      file: fc.constantFrom("/ws/src/a.ts", "/ws/src/ünï/b.ts", "/ws/lib/c d.js"),
      line: fc.nat({ max: 3000 }),
      field: fc.constantFrom("email", "name", "ëmail"),
      owner: fc.constantFrom("User", "Customer"),
    });
    fc.assert(
      fc.property(fc.array(finding, { maxLength: 20 }), fc.constantFrom<"\n" | "\r\n">("\n", "\r\n"), awkwardText, (fs, eol, controller) => {
        const findings = fs.map((f) => ({ ...f, range: { start: { line: f.line, character: 0 }, end: { line: f.line, character: 1 } } }) as unknown as Finding);
        const text = createNoticeText(findings, taxonomy, { noticeFile: "/ws/privacy-notice.yaml", eol, controller });
        assert.deepStrictEqual(structuralProblems(text), [], text);
        if (eol === "\r\n") assert.ok(!/(^|[^\r])\n/.test(text));
        const notice = load(text).notice!;
        assert.strictEqual(notice.organisation?.controller, controller);
        const categories = [...new Set(findings.map((f) => f.category))].sort();
        assert.deepStrictEqual(notice.categories.map((c) => c.key), categories);
        // Re-declaring any of them on the created notice is a no-op.
        for (const c of categories) assert.deepStrictEqual(declareCategoryEdits(text, c, [], taxonomy), []);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("every builder refuses to edit a notice with YAML syntax errors (no edit can make it worse)", () => {
    fc.assert(
      fc.property(noticeSpec, fc.constantFrom("categories: [\n", "  bad: : :\n", "\t- tab indent\n", "key: 'unterminated\n"), (spec, breakage) => {
        const text = render(spec);
        const broken = text + (text.endsWith("\n") ? "" : spec.style.eol) + breakage;
        fc.pre(load(broken).notice === undefined);
        assert.deepStrictEqual(declareCategoryEdits(broken, "user.contact.email", [], taxonomy), []);
        assert.deepStrictEqual(retentionChoices(broken, "user.name", taxonomy), []);
        assert.deepStrictEqual(exemptionEdits(broken, { field: "x", reason: "y" }), []);
      }),
      { numRuns: 60 },
    );
  });
});
