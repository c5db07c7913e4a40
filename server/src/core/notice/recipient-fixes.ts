/**
 * Quick-fix edit builders for flows (personal data sent to a service or a log): name the recipient that stands for the
 * service in the notice and list it on the category, or suppress the call with a reason. Pure, minimal and idempotent
 * like the builders of fixes.ts, whose YAML helpers they use: each step inserts only its own text, found from the
 * document's node ranges, so comments and layout elsewhere stay byte for byte; a change already there is not made again.
 */
import { isMap, isSeq, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from "yaml";
import type { Taxonomy } from "../classify/taxonomy";
import type { Finding, Flow, OffsetEdit } from "../types";
import {
  addRootKey,
  addToEntry,
  appendToFlow,
  applyEdits,
  atEnd,
  blockInsertOffset,
  column,
  declareCategoryEdits,
  diffAsEdits,
  fillEmptyValue,
  findPair,
  isEmptyValue,
  itemLineStart,
  keyOf,
  keyStart,
  lineIndentAt,
  open,
  render,
  suppressionCommentEdit,
  yamlScalar,
  type Ctx,
  type FieldRef,
} from "./fixes";
import { nodeSpan } from "./yaml-schema";
import type { ServiceInfo } from "./flow-checks";

/** The name a fix gives the recipient of a service: `logs` for logs, else the service's catalogue id (`segment`). */
export function recipientNameFor(serviceId: string): string {
  return serviceId === "log" ? "logs" : serviceId;
}

/**
 * The body of a new recipient. `kind: processor` because a SaaS that receives data from code (analytics, payments,
 * email, AI APIs, a log platform) normally acts on the controller's instructions; one that uses the data for its own
 * purposes is a third_party, which only a person can tell: the description says to check it.
 */
function recipientBody(service: ServiceInfo): [string, string][] {
  const description = service.id === "log" ? "Application logs and the platforms they are shipped to" : `${service.name} (${service.kind})`;
  return [
    ["kind", "processor"],
    ["description", yamlScalar(description)],
    ["services", `[${service.id}]`],
  ];
}

function coveringPair(categories: YAMLMap, category: string, taxonomy: Taxonomy): Pair | undefined {
  let best: Pair | undefined;
  let bestDepth = -1;
  for (const p of categories.items) {
    const key = keyOf(p);
    if (!taxonomy.covers(key, category)) continue;
    const depth = key === category ? Number.MAX_SAFE_INTEGER : key.split(".").length;
    if (depth > bestDepth) {
      best = p;
      bestDepth = depth;
    }
  }
  return best;
}

function stringItems(node: unknown): string[] {
  return isSeq(node) ? node.items.map((i) => String((i as { value?: unknown })?.value ?? "")) : [];
}

function servicesOf(recipients: YAMLMap | undefined, name: string): string[] {
  const entry = recipients ? findPair(recipients, name)?.value : undefined;
  return isMap(entry) ? stringItems(findPair(entry, "services")?.value) : [];
}

/** Appends `item` to the list under `key` of a mapping entry (creating `key: [item]` when absent). [] when already there or not a list. */
function addToListEdits(ctx: Ctx, entry: Pair, key: string, item: string): OffsetEdit[] | undefined {
  const value = entry.value;
  const listPair = isMap(value) ? findPair(value, key) : undefined;
  if (!listPair) return addToEntry(ctx, entry, key, `[${yamlScalar(item)}]`);
  const list = listPair.value;
  if (stringItems(list).includes(item)) return [];
  if (isEmptyValue(list)) return fillEmptyValue(ctx, listPair, [`- ${yamlScalar(item)}`]);
  if (!isSeq(list)) return undefined; // a scalar where a list belongs: the loader reports it; do not guess
  if (list.flow) {
    if (list.items.length > 0) return [appendToFlow(ctx, list, yamlScalar(item))];
    const [s, e] = nodeSpan(ctx.text, list as YamlNode);
    return [{ start: s, end: e, newText: `[${yamlScalar(item)}]` }];
  }
  const dashCol = column(ctx.text, itemLineStart(ctx.text, list.items[0] as YamlNode));
  return [atEnd(ctx, blockInsertOffset(ctx, list as YAMLSeq, undefined), render([`- ${yamlScalar(item)}`], dashCol, ctx.eol))];
}

/** Adds a new recipient under `recipients:` in the style of its siblings (one-line `{ ... }` bodies or block ones). */
function addRecipientEdits(ctx: Ctx, root: YAMLMap, name: string, body: [string, string][]): OffsetEdit[] | undefined {
  const flowBody = `{ ${body.map(([k, v]) => `${k}: ${v}`).join(", ")} }`;
  const blockLines = (step: number) => [`${name}:`, ...body.map(([k, v]) => `${" ".repeat(step)}${k}: ${v}`)];
  const pair = findPair(root, "recipients");
  if (!pair) return [addRootKey(ctx, root, "recipients", blockLines(ctx.step))];
  const value = pair.value;
  if (isEmptyValue(value) || ((isMap(value) || isSeq(value)) && value.flow && value.items.length === 0)) return fillEmptyValue(ctx, pair, blockLines(ctx.step));
  if (!isMap(value)) return undefined;
  if (value.flow) return [appendToFlow(ctx, value, `${name}: ${flowBody}`)];
  const col = lineIndentAt(ctx.text, keyStart(value.items[0]));
  const oneLine = value.items.every((p) => isMap(p.value) && p.value.flow);
  const step =
    value.items
      .map((p) => (isMap(p.value) && !p.value.flow && p.value.items.length ? lineIndentAt(ctx.text, keyStart(p.value.items[0])) - lineIndentAt(ctx.text, keyStart(p)) : 0))
      .find((d) => d > 0) ?? ctx.step;
  const lines = oneLine ? [`${name}: ${flowBody}`] : blockLines(step);
  return [atEnd(ctx, blockInsertOffset(ctx, value, undefined), render(lines, col, ctx.eol))];
}

export interface RecipientFixPlan {
  /** The recipient listed on the category: an existing one that stands for the service, or the one added. */
  recipient: string;
  /** What the fix does, for its title: `add` a new recipient, `extend` an existing one's services, `reuse` one as is. */
  action: "add" | "extend" | "reuse";
  edits: OffsetEdit[];
}

/**
 * Makes `category` (its covering declaration) list a recipient that stands for `service`: reuses a recipient whose
 * `services:` include it, else gives the recipient named after the service (`segment`, `logs`) that service, else adds
 * that recipient (`kind: processor`, `services: [<id>]`). An undeclared category is declared first, with TODO
 * placeholders as the undeclared-category fix does. Undefined when there is nothing to do (already declared so) or the
 * notice cannot be edited safely (YAML errors, a value of the wrong type).
 */
export function planRecipientFix(noticeText: string, category: string, service: ServiceInfo, taxonomy: Taxonomy, fields: FieldRef[] = []): RecipientFixPlan | undefined {
  let text = noticeText;
  let ctx = open(text);
  if (!ctx || !isMap(ctx.doc.contents)) return undefined;
  const categoriesOf = (c: Ctx) => {
    const v = isMap(c.doc.contents) ? findPair(c.doc.contents, "categories")?.value : undefined;
    return isMap(v) ? v : undefined;
  };
  const recipientsOf = (c: Ctx) => {
    const v = isMap(c.doc.contents) ? findPair(c.doc.contents, "recipients")?.value : undefined;
    return isMap(v) ? v : undefined;
  };
  let categories = categoriesOf(ctx);
  let decl = categories ? coveringPair(categories, category, taxonomy) : undefined;
  if (decl) {
    const listed = isMap(decl.value) ? stringItems(findPair(decl.value, "recipients")?.value) : [];
    if (listed.some((r) => servicesOf(recipientsOf(ctx!), r).includes(service.id))) return undefined;
  }

  // 1. The recipient.
  const recipients = recipientsOf(ctx);
  const existing = recipients?.items.find((p) => servicesOf(recipients, keyOf(p)).includes(service.id));
  let name = existing ? keyOf(existing) : recipientNameFor(service.id);
  let action: RecipientFixPlan["action"] = "reuse";
  if (!existing) {
    const named = recipients ? findPair(recipients, name) : undefined;
    let edits: OffsetEdit[] | undefined;
    if (named && isMap(named.value)) {
      action = "extend";
      edits = addToListEdits(ctx, named, "services", service.id);
    } else if (named) {
      // A recipient of that name with no body to extend: add a new one beside it rather than rewrite it.
      name = `${name}-${service.kind}`;
      if (findPair(recipients!, name)) return undefined;
      action = "add";
      edits = addRecipientEdits(ctx, ctx.doc.contents as YAMLMap, name, recipientBody(service));
    } else {
      action = "add";
      edits = addRecipientEdits(ctx, ctx.doc.contents as YAMLMap, name, recipientBody(service));
    }
    if (!edits) return undefined;
    text = applyEdits(text, edits);
    ctx = open(text);
    if (!ctx) return undefined;
  }

  // 2. The category, declared with placeholders when it is not.
  categories = categoriesOf(ctx);
  decl = categories ? coveringPair(categories, category, taxonomy) : undefined;
  if (!decl) {
    text = applyEdits(text, declareCategoryEdits(text, category, fields, taxonomy));
    ctx = open(text);
    categories = ctx ? categoriesOf(ctx) : undefined;
    decl = categories ? coveringPair(categories, category, taxonomy) : undefined;
    if (!ctx || !decl) return undefined;
  }

  // 3. The recipient listed on it.
  const listEdits = addToListEdits(ctx, decl, "recipients", name);
  if (!listEdits) return undefined;
  text = applyEdits(text, listEdits);
  const edits = diffAsEdits(noticeText, text);
  return edits.length ? { recipient: name, action, edits } : undefined;
}

/** The edits of planRecipientFix ([] when there is nothing to do). */
export function declareRecipientEdits(noticeText: string, category: string, service: ServiceInfo, taxonomy: Taxonomy, fields: FieldRef[] = []): OffsetEdit[] {
  return planRecipientFix(noticeText, category, service, taxonomy, fields)?.edits ?? [];
}

/**
 * Several recipient fixes at once (`privacy-lint fix`), applied one after the other in a stable order (so a recipient
 * added for one category is reused by the next), returned as one minimal edit on the original text.
 */
export function declareRecipientsEdits(
  noticeText: string,
  needs: { category: string; service: ServiceInfo; fields?: FieldRef[] }[],
  taxonomy: Taxonomy,
): { edits: OffsetEdit[]; done: { category: string; service: string; recipient: string }[] } {
  let text = noticeText;
  const done: { category: string; service: string; recipient: string }[] = [];
  const sorted = [...needs].sort((a, b) => (a.category < b.category ? -1 : a.category > b.category ? 1 : a.service.id < b.service.id ? -1 : a.service.id > b.service.id ? 1 : 0));
  for (const need of sorted) {
    const plan = planRecipientFix(text, need.category, need.service, taxonomy, need.fields);
    if (!plan) continue;
    text = applyEdits(text, plan.edits);
    done.push({ category: need.category, service: need.service.id, recipient: plan.recipient });
  }
  return { edits: diffAsEdits(noticeText, text), done };
}

/** `// privacy-lint-disable-next-line <category> -- TODO reason` above the line the call starts on, with its indentation. */
export function flowSuppressionEdit(sourceText: string, flow: Pick<Flow, "category" | "callRange">, reason = "TODO reason"): OffsetEdit[] {
  const line = flow.callRange.start.line;
  const at = { start: { line, character: 0 }, end: { line, character: 0 } };
  return suppressionCommentEdit(sourceText, { category: flow.category, range: at } as Finding, reason);
}
