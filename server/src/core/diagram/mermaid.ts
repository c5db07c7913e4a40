/**
 * The data map as a Mermaid flowchart (GitHub and GitLab render ```mermaid blocks): files on the left, categories in
 * the middle, recipients and their services on the right. Declared flows are green, undeclared ones red and dashed.
 * Every label is written in a quoted string with Mermaid entity codes, so names from code cannot break the syntax.
 */
import type { DataMapSection } from "../data-map";
import { buildGraph, type DataMapGraph, type EdgeKind } from "./graph";

/**
 * A label as Mermaid reads it inside `"..."`: characters with a meaning in the syntax or in HTML become decimal
 * entity codes (`#35;`), which Mermaid turns into HTML entities, shown as text. Control characters become spaces.
 */
export function mermaidText(s: string): string {
  let out = "";
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || code === 0x7f) out += " ";
    // Inside quotes only `"` ends the string; the rest have meaning to Mermaid's entity decoding, markdown strings,
    // edge labels or the HTML Mermaid emits.
    else if (`"#%&<>|[]{}\`\\`.includes(ch)) out += `#${code};`;
    else out += ch;
  }
  return out;
}

/** Line breaks in a node label (the only markup written, and only by this module). */
const BR = "<br/>";

const LINK_STYLE: Record<EdgeKind, string> = {
  collects: "stroke:#8c959f,stroke-width:1px",
  declared: "stroke:#1a7f37,stroke-width:2px",
  undeclared: "stroke:#cf222e,stroke-width:2.5px,stroke-dasharray:6 4",
  "declared-only": "stroke:#8c959f,stroke-width:1px,stroke-dasharray:2 4",
};

const ARROW: Record<EdgeKind, string> = { collects: "-->", declared: "==>", undeclared: "-.->", "declared-only": "-.-" };

function retentionLine(c: DataMapGraph["categories"][number]): string {
  if (c.status === "undeclared") return "NOT DECLARED";
  const covered = c.status === "covered" ? `via ${c.declaredAs}; ` : "";
  return `${covered}${c.retention ? `kept ${c.retention}` : "no retention rule"}`;
}

export function graphToMermaid(graph: DataMapGraph): string {
  const out: string[] = ["flowchart LR"];
  const t = mermaidText;
  if (graph.categories.length === 0) {
    out.push('  empty["No personal data found"]');
    return out.join("\n");
  }
  if (graph.sources.length) {
    out.push('  subgraph collected["Collected in code"]', "    direction TB");
    for (const s of graph.sources) {
      const owners = s.owners.length > 3 ? `${s.owners.slice(0, 3).join(", ")} +${s.owners.length - 3}` : s.owners.join(", ");
      out.push(`    ${s.id}["${t(s.label)}${BR}${t(`${owners} · ${s.fields} field${s.fields === 1 ? "" : "s"}`)}"]`);
    }
    out.push("  end");
  }
  out.push('  subgraph data["Personal data"]', "    direction TB");
  for (const c of graph.categories) {
    const special = c.special ? ` · ${c.special === "art9" ? "Art. 9" : "Art. 10"}` : "";
    out.push(`    ${c.id}["${t(c.key)}${BR}${t(`${c.name}${special}`)}${BR}${t(retentionLine(c))}"]:::${c.status === "undeclared" ? "undeclared" : "category"}`);
  }
  out.push("  end");
  if (graph.groups.length) {
    out.push('  subgraph recipients["Recipients"]', "    direction TB");
    for (const g of graph.groups) {
      const cls = g.recipient === undefined ? "undeclared" : "recipient";
      if (g.services.length === 0) {
        const stands = g.declaredServices.length ? `${BR}${t(`stands for ${g.declaredServices.join(", ")}`)}` : "";
        out.push(`    ${g.id}["${t(g.label)}${stands}"]:::${cls}`);
        continue;
      }
      out.push(`    subgraph ${g.id}["${t(g.label)}"]`);
      for (const s of g.services) out.push(`      ${s.id}["${t(s.name)}${BR}${t(s.kind)}"]:::${cls === "undeclared" ? "undeclaredService" : "service"}`);
      out.push("    end");
      if (cls === "undeclared") out.push(`    style ${g.id} fill:#fff5f5,stroke:#cf222e,stroke-width:2px,color:#82071e`);
    }
    out.push("  end");
  }
  const byKind = new Map<EdgeKind, number[]>();
  graph.edges.forEach((e, i) => {
    out.push(`  ${e.from} ${ARROW[e.kind]}${e.label ? `|"${t(e.label)}"|` : ""} ${e.to}`);
    (byKind.get(e.kind) ?? byKind.set(e.kind, []).get(e.kind)!).push(i);
  });
  for (const [kind, indexes] of byKind) out.push(`  linkStyle ${indexes.join(",")} ${LINK_STYLE[kind]}`);
  out.push(
    "  classDef category fill:#f6f8fa,stroke:#57606a,color:#1f2328",
    "  classDef undeclared fill:#ffebe9,stroke:#cf222e,stroke-width:2px,color:#82071e",
    "  classDef recipient fill:#dafbe1,stroke:#1a7f37,color:#1f2328",
    "  classDef service fill:#ffffff,stroke:#1a7f37,color:#1f2328",
    "  classDef undeclaredService fill:#ffffff,stroke:#cf222e,stroke-width:2px,color:#82071e",
  );
  return out.join("\n");
}

export function sectionToMermaid(section: DataMapSection): string {
  return graphToMermaid(buildGraph(section));
}
