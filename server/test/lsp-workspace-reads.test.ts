/**
 * The language server's workspace state re-classifies, after a file's edit, only the other files whose fields typed
 * by a name read what the edit changed (its summary, or a name it declares): the rest keep their findings untouched.
 */
import * as assert from "assert";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadRuleSet } from "../src/core/classify/rules";
import { Taxonomy } from "../src/core/classify/taxonomy";
import { scanSource } from "../src/core/scan/scanner";
import { DEFAULT_SETTINGS } from "../src/lsp/settings";
import { pathToUri, WorkspaceState } from "../src/lsp/workspace";

describe("language server: re-classifying the files an edit reaches", () => {
  const rules = loadRuleSet();
  let root: string;
  let state: WorkspaceState;
  const file = (name: string) => path.join(root, "src", name);
  const scan = (name: string, text: string) => scanSource(file(name), text, rules, { deferReferences: true });
  const categories = (name: string) => state.files.get(file(name))!.findings.map((f) => `${f.owner}.${f.field} ${f.category}`);

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "pl-reads-"));
    fs.mkdirSync(path.join(root, "src"));
    state = new WorkspaceState(Taxonomy.builtin(), { ...DEFAULT_SETTINGS, severities: {}, include: [], exclude: [] });
    state.addFolder(pathToUri(root));
    state.setScanResults([
      scan("types.ts", 'export type Tutor = "alice" | "bob";\nexport type Shade = "red" | "blue";\n'),
      // Typed by an imported name, by a name declared once in the project (no import), and by an unrelated name.
      scan("enrolment.ts", 'import { Tutor } from "./types";\nexport interface Enrolment {\n  homeAddress: Tutor;\n}\n'),
      scan("visit.ts", "export interface Visit {\n  homeAddress: Tutor;\n}\n"),
      scan("palette.ts", 'import { Colour } from "./colours";\nexport interface Palette {\n  homeAddress: Colour;\n}\n'),
      scan("colours.ts", 'export type Colour = "red" | "blue";\n'),
    ]);
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("an edited declaration reaches the files that import it and those that found it by its name alone", () => {
    assert.deepStrictEqual(categories("enrolment.ts"), [], "a literal union is not an address");
    assert.deepStrictEqual(categories("visit.ts"), []);
    const { affected } = state.setScanResults([scan("types.ts", "export interface Tutor {\n  street: string;\n  city: string;\n  postcode: string;\n}\n")]);
    assert.deepStrictEqual(affected.map((r) => path.basename(r.file)).sort(), ["enrolment.ts", "visit.ts"]);
    assert.deepStrictEqual(categories("enrolment.ts"), ["Enrolment.homeAddress user.contact.address"]);
    assert.deepStrictEqual(categories("visit.ts"), ["Visit.homeAddress user.contact.address"]);
  });

  it("a file that read nothing the edit changed is not classified again", () => {
    const palette = state.files.get(file("palette.ts"))!;
    const readsBefore = palette.pendingReads;
    assert.ok(readsBefore?.files.has(file("colours.ts")), "its reads are recorded");
    state.setScanResults([scan("types.ts", "export interface Tutor {\n  street: string;\n  city: string;\n  postcode: string;\n}\n")]);
    assert.strictEqual(state.files.get(file("palette.ts"))!.pendingReads, readsBefore, "palette.ts was left alone");
    // …until what it reads changes.
    const { affected } = state.setScanResults([scan("colours.ts", "export interface Colour {\n  street: string;\n  city: string;\n  postcode: string;\n}\n")]);
    assert.deepStrictEqual(affected.map((r) => path.basename(r.file)), ["palette.ts"]);
    assert.notStrictEqual(state.files.get(file("palette.ts"))!.pendingReads, readsBefore);
  });

  it("a name declared for the first time reaches the files that looked it up in vain", () => {
    const { affected } = state.setScanResults([scan("extra.ts", "export interface Mentor {\n  street: string;\n  city: string;\n  postcode: string;\n}\n"), scan("stay.ts", "export interface Guest {\n  homeAddress: Mentor;\n}\n")]);
    assert.deepStrictEqual(affected, []);
    assert.deepStrictEqual(categories("stay.ts"), ["Guest.homeAddress user.contact.address"]);
    state.setScanResults([scan("extra.ts", "export const nothing = 1;\n")]);
    assert.deepStrictEqual(categories("stay.ts"), [], "gone with its declaration");
    const { affected: back } = state.setScanResults([scan("extra2.ts", "export interface Mentor {\n  street: string;\n  city: string;\n  postcode: string;\n}\n")]);
    assert.deepStrictEqual(back.map((r) => path.basename(r.file)), ["stay.ts"], "a new file declaring the name it looked up");
  });
});
