/**
 * The data map of one section as a three-column graph, shared by the Mermaid and SVG renderers: where data is
 * collected (files) → the categories → the recipients and the services they stand for. Edges are deduplicated
 * (one per source/category and per category/service) so ~20 categories stay readable; the detail is in titles.
 */
import type { CategoryMap, DataMapSection } from "../data-map";

/** Above this many files, collection points are grouped by folder instead (a column of 40 files helps nobody). */
export const MAX_SOURCE_NODES = 14;

export interface SourceNode {
  id: string;
  /** File (or folder with a trailing `/`). */
  label: string;
  /** Owners of the fields collected there, e.g. `Customer, OrderDto`. */
  owners: string[];
  fields: number;
}

export interface CategoryNode {
  id: string;
  /** The declaration's key (or the category's own, when undeclared). */
  key: string;
  name: string;
  /** The categories found in code that the declaration covers, other than the key itself. */
  members: string[];
  status: CategoryMap["status"];
  declaredAs?: string;
  special?: "art9" | "art10";
  /** Empty when the declaration states none. */
  retention: string;
}

export interface ServiceNode {
  id: string;
  service: string;
  name: string;
  kind: string;
}

/** A declared recipient (with the services reached in code it stands for), or the group of services none stands for. */
export interface RecipientGroup {
  id: string;
  /** Undefined for the "not in the notice" group. */
  recipient?: string;
  label: string;
  /** The services the notice says it stands for (shown when none is reached in code). */
  declaredServices: string[];
  services: ServiceNode[];
}

export type EdgeKind = "collects" | "declared" | "undeclared" | "declared-only";

export interface GraphEdge {
  from: string;
  /** A node id, or a group id (declared-only edges end at the recipient). */
  to: string;
  kind: EdgeKind;
  /** Short: the sink when there is one, else `N calls`; empty for collects and declared-only edges. */
  label: string;
  /** Every location behind the edge, one per line. */
  title: string;
}

export interface DataMapGraph {
  sources: SourceNode[];
  categories: CategoryNode[];
  groups: RecipientGroup[];
  edges: GraphEdge[];
}

const NONE_GROUP = "g_none";

function recipientLabel(r: { name: string; kind?: string; country?: string }): string {
  const extra = [r.kind?.replace(/_/g, " "), r.country].filter(Boolean).join(", ");
  return extra ? `${r.name} (${extra})` : r.name;
}

function folderOf(file: string): string {
  const i = file.lastIndexOf("/");
  return i < 0 ? "./" : file.slice(0, i + 1);
}

type Merged = CategoryMap & { members: string[] };

/**
 * One node per declaration: categories the same entry covers (user.contact.address.city, .street...) share its
 * purposes, retention and recipients, so one box says it all and a notice's 20 entries stay 20 boxes. Undeclared
 * categories keep a box each. Declarations nothing in code touches have no edge to draw; the tables list them.
 */
export function mergeByDeclaration(list: readonly CategoryMap[]): Merged[] {
  const byKey = new Map<string, CategoryMap[]>();
  for (const c of list) {
    if (c.status === "unused") continue;
    const key = c.declaredAs ?? c.category;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(c);
  }
  return [...byKey]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([key, members]) => {
      const own = members.find((m) => m.category === key);
      const others = members.filter((m) => m !== own).map((m) => m.category);
      const first = own ?? members[0];
      const special = members.map((m) => m.special).find(Boolean);
      const suffixes = others.map((o) => (o.startsWith(`${key}.`) ? o.slice(key.length + 1) : o));
      const name = own ? (suffixes.length ? `${own.name} · also ${suffixes.join(", ")}` : own.name) : `covers ${suffixes.join(", ")}`;
      return {
        ...first,
        category: key,
        name,
        status: own ? own.status : first.status === "undeclared" ? "undeclared" : "declared",
        ...(special ? { special } : {}),
        fields: members.flatMap((m) => m.fields),
        flows: members.flatMap((m) => m.flows),
        members: others,
      };
    });
}

export function buildGraph(section: DataMapSection): DataMapGraph {
  const cats = mergeByDeclaration(section.categories);
  const files = new Set(cats.flatMap((c) => c.fields.map((f) => f.file)));
  const byFolder = files.size > MAX_SOURCE_NODES;
  const sourceKey = (file: string) => (byFolder ? folderOf(file) : file);

  const categories: CategoryNode[] = cats.map((c, i) => ({
    id: `c${i}`,
    key: c.category,
    name: c.name,
    members: c.members,
    status: c.status,
    ...(c.declaredAs ? { declaredAs: c.declaredAs } : {}),
    ...(c.special ? { special: c.special } : {}),
    retention: c.retention,
  }));

  const sources = new Map<string, SourceNode & { owners: string[]; cats: Set<number> }>();
  const collects = new Map<string, { from: string; to: string; lines: string[] }>();
  cats.forEach((c, ci) => {
    for (const f of c.fields) {
      const key = sourceKey(f.file);
      let s = sources.get(key);
      if (!s) sources.set(key, (s = { id: "", label: key, owners: [], fields: 0, cats: new Set() }));
      if (!s.owners.includes(f.owner)) s.owners.push(f.owner);
      s.fields++;
      s.cats.add(ci);
      const edgeKey = `${key}\u0000${ci}`;
      const e = collects.get(edgeKey) ?? collects.set(edgeKey, { from: key, to: categories[ci].id, lines: [] }).get(edgeKey)!;
      e.lines.push(`${f.owner}.${f.field} (${f.file}:${f.line})`);
    }
  });

  // Where each service sits: under the first declared recipient (by name) that stands for it, else "not in the notice".
  const recipients = new Map<string, { name: string; kind?: string; country?: string; services: string[] }>();
  for (const c of cats) for (const r of c.recipients) if (!recipients.has(r.name)) recipients.set(r.name, r);
  const owning = (service: string) => [...recipients.values()].filter((r) => r.services.includes(service)).map((r) => r.name).sort()[0];
  const groups = new Map<string, RecipientGroup & { cats: number[] }>();
  const groupOf = (recipient: string | undefined): RecipientGroup & { cats: number[] } => {
    // Keyed apart from any recipient name (a recipient may be called "none"); ids are assigned once ordered.
    const id = recipient === undefined ? "\u0000none" : recipient;
    let g = groups.get(id);
    if (!g) {
      const r = recipient === undefined ? undefined : recipients.get(recipient);
      g = {
        id,
        ...(recipient !== undefined ? { recipient } : {}),
        label: r ? recipientLabel(r) : recipient ?? "Not in the notice",
        declaredServices: r?.services ?? [],
        services: [],
        cats: [],
      };
      groups.set(id, g);
    }
    return g;
  };
  const serviceNodes = new Map<string, ServiceNode>();
  const flowsEdges = new Map<string, { from: string; to: string; declared: boolean; sinks: Set<string>; lines: string[]; ci: number }>();
  cats.forEach((c, ci) => {
    for (const f of c.flows) {
      let node = serviceNodes.get(f.service);
      if (!node) {
        node = { id: "", service: f.service, name: f.serviceName, kind: f.serviceKind };
        serviceNodes.set(f.service, node);
        groupOf(owning(f.service)).services.push(node);
      }
      const key = `${ci}\u0000${f.service}`;
      const e = flowsEdges.get(key) ?? flowsEdges.set(key, { from: categories[ci].id, to: f.service, declared: f.declared, sinks: new Set(), lines: [], ci }).get(key)!;
      e.sinks.add(f.sink);
      e.lines.push(`${f.sink} (${f.file}:${f.line})${f.declared ? ` via ${f.recipient}` : " — not declared"}`);
    }
  });
  // Declared recipients that no flow of the category reaches still show what the notice promises (a dotted edge).
  const declaredOnly: { ci: number; group: string; recipient: string }[] = [];
  cats.forEach((c, ci) => {
    for (const r of c.recipients) {
      const g = groupOf(r.name);
      const reached = c.flows.some((f) => g.services.some((s) => s.service === f.service));
      if (!reached) declaredOnly.push({ ci, group: g.id, recipient: r.name });
    }
  });

  // Order the outer columns by the mean position of their categories (barycentre): fewer crossings, cheaply.
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.MAX_SAFE_INTEGER);
  const sourceList = [...sources.values()].sort((a, b) => mean([...a.cats]) - mean([...b.cats]) || (a.label < b.label ? -1 : 1));
  sourceList.forEach((s, i) => (s.id = `s${i}`));
  const sourceId = new Map(sourceList.map((s) => [s.label, s.id]));
  for (const e of flowsEdges.values()) for (const g of groups.values()) if (g.services.some((s) => s.service === e.to)) g.cats.push(e.ci);
  for (const d of declaredOnly) groups.get(d.group)!.cats.push(d.ci);
  const groupList = [...groups.values()].sort((a, b) => mean(a.cats) - mean(b.cats) || (a.label < b.label ? -1 : 1));
  let v = 0;
  groupList.forEach((g, i) => {
    g.id = g.recipient === undefined ? NONE_GROUP : `r${i}`;
    for (const s of g.services) s.id = `v${v++}`;
  });

  const edges: GraphEdge[] = [];
  for (const e of collects.values()) edges.push({ from: sourceId.get(e.from)!, to: e.to, kind: "collects", label: "", title: e.lines.join("\n") });
  for (const e of flowsEdges.values()) {
    const sinks = [...e.sinks];
    edges.push({
      from: e.from,
      to: serviceNodes.get(e.to)!.id,
      kind: e.declared ? "declared" : "undeclared",
      label: sinks.length === 1 ? sinks[0] : `${e.lines.length} calls`,
      title: e.lines.join("\n"),
    });
  }
  for (const d of declaredOnly) {
    edges.push({ from: categories[d.ci].id, to: groups.get(d.group)!.id, kind: "declared-only", label: "", title: `declared recipient ${d.recipient}; no call to it found in code` });
  }
  return {
    sources: sourceList.map(({ id, label, owners, fields }) => ({ id, label, owners, fields })),
    categories,
    groups: groupList.map(({ id, recipient, label, declaredServices, services }) => ({ id, ...(recipient !== undefined ? { recipient } : {}), label, declaredServices, services })),
    edges,
  };
}
