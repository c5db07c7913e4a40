/**
 * Quick fixes for the flow checks (undeclared-recipient, personal-data-logged), built from the core's recipient fix
 * builders: list the service's recipient on the category (reusing, extending or adding it; `logs` for a log), or
 * suppress the call with a reason. Kept apart from code-actions.ts, which only routes these actions here.
 */
import * as path from "path";
import { CodeActionKind, type CodeAction, type Diagnostic } from "vscode-languageserver/node";
import type { Taxonomy } from "../core/classify/taxonomy";
import { LOG_SERVICE, serviceInfo } from "../core/notice/flow-checks";
import { flowSuppressionEdit, planRecipientFix } from "../core/notice/recipient-fixes";
import type { OffsetEdit } from "../core/types";
import type { DiagnosticData } from "./diagnostics";

export type FlowActionData =
  | { fix: "recipient"; noticeFile: string; category: string; service: string; serviceKind: string }
  | { fix: "suppressFlow"; file: string; category: string; line: number };

type TextOf = (file: string) => { text: string } | undefined;

/** The flow fixes for one diagnostic: the notice fix (preferred) when there is a notice, and the suppression. */
export function flowQuickFixes(file: string, diagnostic: Diagnostic, textOf: TextOf, taxonomy: Taxonomy): CodeAction[] {
  const data = diagnostic.data as DiagnosticData;
  const flow = data.flow;
  if (!flow || (data.checkId !== "undeclared-recipient" && data.checkId !== "personal-data-logged")) return [];
  const out: CodeAction[] = [];
  const deferred = (title: string, isPreferred: boolean, d: FlowActionData): CodeAction => ({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred, data: d });
  const notice = data.noticeFile ? textOf(data.noticeFile) : undefined;
  if (data.noticeFile && notice) {
    const service = serviceInfo(flow);
    // The plan is made here only to name the action; its edit is made again when the action is picked (resolve).
    const plan = planRecipientFix(notice.text, flow.category, service, taxonomy);
    if (plan) {
      const name = path.basename(data.noticeFile);
      const title =
        flow.service === LOG_SERVICE
          ? plan.action === "add"
            ? `Declare logs as a recipient of ${flow.category} in ${name} (recipient ${plan.recipient}, services: [log])`
            : `Declare logs as a recipient of ${flow.category}: list ${plan.recipient} on it in ${name}`
          : plan.action === "add"
            ? `Add recipient ${plan.recipient} (services: [${flow.service}]) to ${name} and list it on ${flow.category}`
            : plan.action === "extend"
              ? `Add ${flow.service} to the services of recipient ${plan.recipient} and list it on ${flow.category}`
              : `List recipient ${plan.recipient} (${flow.service}) on ${flow.category} in ${name}`;
      out.push(deferred(title, true, { fix: "recipient", noticeFile: data.noticeFile, category: flow.category, service: flow.service, serviceKind: flow.serviceKind }));
    }
  }
  out.push(deferred(`Suppress: add a privacy-lint-disable comment for ${flow.category} above ${flow.sink}`, false, { fix: "suppressFlow", file, category: flow.category, line: flow.line }));
  return out;
}

/** The edits a flow action stands for, now; undefined when there is nothing (left) to change. */
export function flowActionEdits(data: FlowActionData, textOf: TextOf, taxonomy: Taxonomy): { file: string; text: string; edits: OffsetEdit[] } | undefined {
  if (data.fix === "recipient") {
    const notice = textOf(data.noticeFile);
    if (!notice) return undefined;
    const plan = planRecipientFix(notice.text, data.category, serviceInfo({ service: data.service, serviceKind: data.serviceKind }), taxonomy);
    return plan ? { file: data.noticeFile, text: notice.text, edits: plan.edits } : undefined;
  }
  const source = textOf(data.file);
  if (!source) return undefined;
  const at = { line: data.line, character: 0 };
  const edits = flowSuppressionEdit(source.text, { category: data.category, callRange: { start: at, end: at } });
  return edits.length ? { file: data.file, text: source.text, edits } : undefined;
}
