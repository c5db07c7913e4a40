/**
 * Quick fixes, built from the core's minimal-edit builders. Each action is offered only where it applies:
 * declare a category (preferred), one action per concrete retention choice, mark a field as not personal data
 * (suppression comment or notice exemption), create the notice when there is none (preferred), and fix-all-in-file.
 *
 * When the client supports `codeAction/resolve`, the expensive edits (declare, create, fix-all) are computed only
 * for the action the user picks: the list carries `data`, the resolve request fills in `edit`.
 *
 * Actions follow what the client announced: edits to existing files come as `changes` unless it supports
 * `documentChanges`; `isPreferred` only where supported; the reveal command only where `window/showDocument` is.
 * A client that cannot create files through an edit (Neovim 0.7: resource operations but no `documentChanges`)
 * gets "create the notice" as a command the server runs itself (CREATE_NOTICE_COMMAND).
 */
import * as fs from "fs";
import * as path from "path";
import {
  CodeActionKind,
  type CodeAction,
  type CodeActionParams,
  type Command,
  type Diagnostic,
  type Range,
  type TextDocumentEdit,
  type WorkspaceEdit,
} from "vscode-languageserver/node";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { coveringDeclaration } from "../core/notice/model";
import { LineIndex } from "../core/notice/loader";
import {
  createNoticeText,
  declareCategoriesEdits,
  declareCategoryEdits,
  exemptionEdits,
  fieldRefs,
  retentionChoices,
  suppressionCommentEdit,
  type FieldRef,
} from "../core/notice/fixes";
import { applyExemptions, checkFindings } from "../core/notice/checks";
import type { Finding, OffsetEdit } from "../core/types";
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from "./diagnostics";
import { APPLY_FIX_COMMAND, CREATE_NOTICE_COMMAND, FIX_ALL_KIND, REVEAL_COMMAND, type CreateNoticeArgs } from "./protocol";
import { flowActionEdits, flowQuickFixes, type FlowActionData } from "./flow-actions";
import { isInside, pathToUri, uriToPath, type WorkspaceState } from "./workspace";

/** Which edit a (possibly unresolved) action stands for. */
export type ActionData =
  | { fix: "declare"; noticeFile: string; category: string; file: string }
  | { fix: "create"; noticeFile: string; file: string }
  | { fix: "suppress"; file: string; category: string; line: number; owner: string; field: string }
  | { fix: "exempt"; noticeFile: string; owner: string; field: string }
  | { fix: "fixAll"; noticeFile: string; file: string }
  | { fix: "retention"; noticeFile: string; category: string; rule: string }
  | FlowActionData;

export interface ClientEditSupport {
  documentChanges: boolean;
  createFile: boolean;
  /** codeAction/resolve can fill in `edit`. */
  resolveEdit: boolean;
  /** textDocument.codeAction.isPreferredSupport. */
  isPreferred: boolean;
  /** window.showDocument.support: the reveal command has something to do. */
  showDocument: boolean;
  /** textDocument.codeAction.codeActionLiteralSupport: CodeAction literals; without it, only Commands. */
  literals: boolean;
  /** workspace.applyEdit: the server can ask for an edit (APPLY_FIX_COMMAND). */
  applyEdit: boolean;
}

/** Current text (open document or disk) and version (null when not open) of a file. */
export type TextSource = (file: string) => { text: string; version: number | null; uri: string } | undefined;

/** The most fields named in the comment above a new declaration. */
const MAX_FIELDS_IN_COMMENT = 8;

export class CodeActionProvider {
  constructor(
    private readonly state: WorkspaceState,
    private readonly textOf: TextSource,
    private readonly support: () => ClientEditSupport,
  ) {}

  provide(params: CodeActionParams, document: TextDocument | undefined): CodeAction[] | Command[] {
    const file = uriToPath(params.textDocument.uri);
    if (!file) return [];
    const only = params.context.only;
    const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
    const actions: CodeAction[] = [];
    const ours = params.context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.data);

    if (wants(CodeActionKind.QuickFix)) {
      const seen = new Set<string>();
      for (const diagnostic of ours) {
        for (const action of this.quickFixes(file, diagnostic)) {
          // Two diagnostics on one field (e.g. retention and condition) must not list the same fix twice.
          const key = `${action.title}\u0000${JSON.stringify(action.data ?? "")}`;
          if (seen.has(key)) continue;
          seen.add(key);
          actions.push(action);
        }
      }
    }
    if (wants(FIX_ALL_KIND) && document) {
      const fixAll = this.fixAllAction(file);
      if (fixAll) actions.push(fixAll);
    }
    const support = this.support();
    if (!support.literals) return actions.flatMap((a) => this.asCommand(a, support));
    return actions.map((a) => {
      const out = support.resolveEdit || !a.data ? a : this.resolve(a);
      if (!support.isPreferred) delete out.isPreferred;
      return out;
    });
  }

  /** An action as a Command, for clients that take only Commands: the server computes and applies the edit. */
  private asCommand(action: CodeAction, support: ClientEditSupport): Command[] {
    if (action.command && !action.edit && !action.data) return [action.command];
    if (!action.data || !support.applyEdit) return [];
    return [{ title: action.title, command: APPLY_FIX_COMMAND, arguments: [action.data] }];
  }

  private quickFixes(file: string, diagnostic: Diagnostic): CodeAction[] {
    const data = diagnostic.data as DiagnosticData;
    const out: CodeAction[] = [];
    const noticeFile = data.noticeFile;
    const field = data.field;
    const notice = this.state.effectiveNotice(noticeFile);

    if (data.checkId === "undeclared-category" && field) {
      if (noticeFile && notice && !coveringDeclaration(notice, field.category)) {
        out.push(this.deferred(`Declare ${field.category} in ${path.basename(noticeFile)}`, diagnostic, true, { fix: "declare", noticeFile, category: field.category, file }));
      } else if (!noticeFile) {
        const target = this.state.newNoticePathFor(file);
        const title = `Create ${path.basename(target)} from the fields found in the workspace`;
        if (this.support().createFile) out.push(this.deferred(title, diagnostic, true, { fix: "create", noticeFile: target, file }));
        else {
          // No `data`: nothing to resolve (Neovim resolves any action without an edit); the command does it all.
          const args: CreateNoticeArgs = { noticeFile: target, file };
          out.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, command: { title, command: CREATE_NOTICE_COMMAND, arguments: [args] } });
        }
      }
    }
    const category = data.category ?? field?.category;
    if (data.checkId === "missing-retention" && noticeFile && category) {
      const notice = this.textOf(noticeFile);
      if (notice) {
        for (const choice of retentionChoices(notice.text, category, this.state.taxonomy)) {
          out.push({
            title: `Retention of ${category}: ${choice.title}`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: this.workspaceEdit([{ file: noticeFile, edits: choice.edits }]),
            data: { fix: "retention", noticeFile, category, rule: choice.rule } satisfies ActionData,
          });
        }
      }
    }
    if (field && (data.checkId === "undeclared-category" || data.checkId === "missing-retention" || data.checkId === "missing-special-condition")) {
      out.push(
        this.deferred(`Not personal data: add a privacy-lint-disable comment for ${field.owner}.${field.name}`, diagnostic, false, {
          fix: "suppress",
          file,
          category: field.category,
          line: field.line,
          owner: field.owner,
          field: field.name,
        }),
      );
      if (noticeFile && notice) {
        out.push(this.deferred(`Not personal data: add an exemption for ${field.owner}.${field.name} to ${path.basename(noticeFile)}`, diagnostic, false, { fix: "exempt", noticeFile, owner: field.owner, field: field.name }));
      }
    }
    out.push(...flowQuickFixes(file, diagnostic, this.textOf, this.state.taxonomyFor(file)));
    return out;
  }

  private fixAllAction(file: string): CodeAction | undefined {
    const noticeFile = this.state.noticeFor(file);
    const notice = this.state.effectiveNotice(noticeFile);
    const record = this.state.files.get(file);
    if (!noticeFile || !notice || !record) return undefined;
    const undeclared = checkFindings(record.findings, notice, this.state.taxonomy, { "undeclared-category": "error" }).filter((d) => d.checkId === "undeclared-category");
    if (undeclared.length === 0) return undefined;
    return { title: `Declare every category this file collects in ${path.basename(noticeFile)}`, kind: FIX_ALL_KIND, data: { fix: "fixAll", noticeFile, file } satisfies ActionData };
  }

  private deferred(title: string, diagnostic: Diagnostic, isPreferred: boolean, data: ActionData): CodeAction {
    return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, data };
  }

  /** Fills in the edit (and, for notice insertions, the command that reveals them) of an action from `provide`. */
  resolve(action: CodeAction): CodeAction {
    const data = action.data as ActionData | undefined;
    if (!data || action.edit) return action;
    if (data.fix === "create" && !this.support().createFile) return action; // such clients get CREATE_NOTICE_COMMAND
    const built = this.build(data);
    if (!built) return action; // the situation changed since the list was made (e.g. already declared): nothing to do
    const resolved: CodeAction = { ...action, edit: built.edit };
    // Without window/showDocument the command could only do nothing (and cost the client a request).
    if (built.reveal && this.support().showDocument) resolved.command = { title: "Show the inserted lines", command: REVEAL_COMMAND, arguments: [built.reveal.uri, built.reveal.range] } satisfies Command;
    return resolved;
  }

  /** The edit an action stands for, computed now; undefined when there is nothing (left) to change. */
  build(data: ActionData): { edit: WorkspaceEdit; reveal?: { uri: string; range: Range } } | undefined {
    switch (data.fix) {
      case "recipient":
      case "suppressFlow": {
        const built = flowActionEdits(data, this.textOf, this.state.taxonomyFor(data.fix === "recipient" ? data.noticeFile : data.file));
        if (!built) return undefined;
        return data.fix === "recipient" ? this.noticeEdit(built.file, built.text, built.edits) : { edit: this.workspaceEdit([{ file: built.file, edits: built.edits }]) };
      }
      case "declare": {
        const notice = this.textOf(data.noticeFile);
        if (!notice) return undefined;
        const fields = this.fieldsNeeding(data.noticeFile, new Set([data.category])).get(data.category) ?? [];
        return this.noticeEdit(data.noticeFile, notice.text, declareCategoryEdits(notice.text, data.category, fields, this.state.taxonomy));
      }
      case "fixAll": {
        const notice = this.textOf(data.noticeFile);
        const record = this.state.files.get(data.file);
        const effective = this.state.effectiveNotice(data.noticeFile);
        if (!notice || !record || !effective) return undefined;
        const categories = new Set(applyExemptions(record.findings, effective).kept.filter((f) => !coveringDeclaration(effective, f.category)).map((f) => f.category));
        const needed = this.fieldsNeeding(data.noticeFile, categories);
        return this.noticeEdit(data.noticeFile, notice.text, declareCategoriesEdits(notice.text, needed, this.state.taxonomy));
      }
      case "exempt": {
        const notice = this.textOf(data.noticeFile);
        if (!notice) return undefined;
        return this.noticeEdit(data.noticeFile, notice.text, exemptionEdits(notice.text, { owner: data.owner, field: data.field, reason: "TODO why this is not personal data" }));
      }
      case "retention": {
        const notice = this.textOf(data.noticeFile);
        const choice = notice && retentionChoices(notice.text, data.category, this.state.taxonomy).find((c) => c.rule === data.rule);
        return choice ? this.noticeEdit(data.noticeFile, notice.text, choice.edits) : undefined;
      }
      case "suppress": {
        const source = this.textOf(data.file);
        if (!source) return undefined;
        const finding = { category: data.category, range: { start: { line: data.line, character: 0 }, end: { line: data.line, character: 0 } } } as Finding;
        const edits = suppressionCommentEdit(source.text, finding);
        return edits.length ? { edit: this.workspaceEdit([{ file: data.file, edits }]) } : undefined;
      }
      case "create": {
        const text = this.newNoticeText(data.noticeFile);
        if (text === undefined) return undefined;
        const uri = pathToUri(data.noticeFile);
        const edit: WorkspaceEdit = {
          documentChanges: [
            { kind: "create", uri, options: { ignoreIfExists: true } },
            { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] },
          ],
        };
        const lines = new LineIndex(text);
        return { edit, reveal: { uri, range: lines.range(0, text.length) } };
      }
    }
  }

  /**
   * The text of a new notice at `noticeFile`, pre-filled with every field it would cover (files under its folder that
   * no other notice covers); undefined when that notice already exists (on disk or as an open document).
   */
  newNoticeText(noticeFile: string): string | undefined {
    if (fs.existsSync(noticeFile) || this.state.notices.has(noticeFile)) return undefined;
    const root = path.dirname(noticeFile);
    const findings = [...this.state.files.values()].filter((r) => isInside(root, r.file) && !this.state.noticeFor(r.file)).flatMap((r) => r.findings);
    return createNoticeText(findings, this.state.taxonomy, { noticeFile });
  }

  /** Undeclared findings of these categories under the notice, as the fields named above the new declarations. */
  private fieldsNeeding(noticeFile: string, categories: Set<string>): Map<string, FieldRef[]> {
    const notice = this.state.effectiveNotice(noticeFile);
    const byCategory = new Map<string, Finding[]>();
    for (const record of this.state.filesUnder(noticeFile)) {
      for (const f of applyExemptions(record.findings, notice).kept) {
        if (categories.has(f.category)) byCategory.set(f.category, [...(byCategory.get(f.category) ?? []), f]);
      }
    }
    const out = new Map<string, FieldRef[]>();
    for (const category of categories) {
      const sorted = (byCategory.get(category) ?? []).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.range.start.line - b.range.start.line));
      out.set(category, fieldRefs(sorted.slice(0, MAX_FIELDS_IN_COMMENT), noticeFile));
    }
    return out;
  }

  /** A notice edit plus the range of the inserted lines in the edited notice, for revealing them. */
  private noticeEdit(noticeFile: string, text: string, edits: OffsetEdit[]): { edit: WorkspaceEdit; reveal?: { uri: string; range: Range } } | undefined {
    if (edits.length === 0) return undefined;
    const edit = this.workspaceEdit([{ file: noticeFile, edits }]);
    const uri = this.textOf(noticeFile)?.uri ?? pathToUri(noticeFile);
    // Positions after the edit: shift each edit's start by what the earlier edits added.
    const sorted = [...edits].sort((a, b) => a.start - b.start);
    let shift = 0;
    let first = Infinity;
    let last = 0;
    for (const e of sorted) {
      const start = e.start + shift;
      first = Math.min(first, start);
      last = Math.max(last, start + e.newText.length);
      shift += e.newText.length - (e.end - e.start);
    }
    let after = "";
    let cursor = 0;
    for (const e of sorted) {
      after += text.slice(cursor, e.start) + e.newText;
      cursor = e.end;
    }
    after += text.slice(cursor);
    // Reveal whole lines, without the trailing line break.
    const trimmedEnd = after.slice(first, last).replace(/\r?\n$/, "").length + first;
    const range = new LineIndex(after).range(first, trimmedEnd);
    return { edit, reveal: { uri, range } };
  }

  /** Offset edits → a WorkspaceEdit, versioned against the open document when the file is open. */
  private workspaceEdit(changes: { file: string; edits: OffsetEdit[] }[]): WorkspaceEdit {
    const documentChanges: TextDocumentEdit[] = [];
    const plain: Record<string, { range: Range; newText: string }[]> = {};
    for (const { file, edits } of changes) {
      const source = this.textOf(file);
      if (!source) continue;
      const lines = new LineIndex(source.text);
      const textEdits = edits.map((e) => ({ range: lines.range(e.start, e.end), newText: e.newText }));
      const uri = source.uri;
      documentChanges.push({ textDocument: { uri, version: source.version }, edits: textEdits });
      plain[uri] = textEdits;
    }
    return this.support().documentChanges ? { documentChanges } : { changes: plain };
  }
}
