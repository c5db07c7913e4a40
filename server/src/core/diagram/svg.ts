/**
 * The data map as an inline SVG, laid out by hand (no script, no fonts or files fetched): three columns of boxes —
 * files, categories, recipients with the services they stand for — joined by curves. Undeclared flows are red and
 * dashed, declared ones green; a legend says so. All text is escaped, so the SVG is well-formed XML whatever the code
 * calls its fields.
 */
import type { DataMapSection } from "../data-map";
import { buildGraph, type DataMapGraph, type EdgeKind } from "./graph";

/** Text for XML content and attribute values; characters XML cannot carry at all become spaces. */
export function xmlText(s: string): string {
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|\p{Cs}/gu, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const MARGIN = 20;
const HEADER = 34;
const GAP = 150;
const COL = { source: 230, category: 250, recipient: 270 };
const LINE = 16;
const PAD = 8;
/** Average advance of a 12px system sans-serif character; labels are cut to fit, the full text is in a tooltip. */
const CHAR = 6.7;

const COLOURS: Record<EdgeKind, { stroke: string; width: number; dash?: string }> = {
  collects: { stroke: "#8c959f", width: 1.2 },
  declared: { stroke: "#1a7f37", width: 2 },
  undeclared: { stroke: "#cf222e", width: 2.5, dash: "7 4" },
  "declared-only": { stroke: "#8c959f", width: 1.2, dash: "2 4" },
};

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Cuts a label to `width` px; paths keep their end (the file name matters more than the folders). */
function fit(s: string, width: number, keepEnd = false): string {
  const max = Math.max(4, Math.floor((width - 2 * PAD) / CHAR));
  if (s.length <= max) return s;
  return keepEnd ? `…${s.slice(s.length - max + 1)}` : `${s.slice(0, max - 1)}…`;
}

function text(x: number, y: number, s: string, cls: string): string {
  return `<text x="${x}" y="${y}" class="${cls}">${xmlText(s)}</text>`;
}

export function graphToSvg(graph: DataMapGraph, options: { title?: string } = {}): string {
  const xs = MARGIN;
  const xc = xs + COL.source + GAP;
  const xr = xc + COL.category + GAP;
  const width = xr + COL.recipient + MARGIN;
  const boxes = new Map<string, Box>();
  const body: string[] = [];
  // Recipient boxes go under the edges (which enter them to reach their services); every other box goes over.
  const groupsSvg: string[] = [];

  // Heights first, then each column is centred on the tallest one.
  const srcH = 2 * LINE + 2 * PAD;
  const catH = 3 * LINE + 2 * PAD;
  const svcH = 2 * LINE + PAD;
  const groupH = (g: DataMapGraph["groups"][number]) =>
    g.services.length ? LINE + 2 * PAD + g.services.length * (svcH + 6) + 2 : (g.declaredServices.length ? 2 : 1) * LINE + 2 * PAD;
  const colHeight = (hs: number[], gap: number) => (hs.length ? hs.reduce((a, b) => a + b, 0) + gap * (hs.length - 1) : 0);
  const heights = {
    source: colHeight(graph.sources.map(() => srcH), 12),
    category: colHeight(graph.categories.map(() => catH), 12),
    recipient: colHeight(graph.groups.map(groupH), 16),
  };
  const tallest = Math.max(heights.source, heights.category, heights.recipient, 40);
  const top = MARGIN + HEADER;
  const start = (h: number) => top + (tallest - h) / 2;

  body.push(text(xs, MARGIN + 14, "Collected in code", "col"), text(xc, MARGIN + 14, "Personal data", "col"), text(xr, MARGIN + 14, "Recipients and services", "col"));

  let y = start(heights.source);
  for (const s of graph.sources) {
    const b = { x: xs, y, w: COL.source, h: srcH };
    boxes.set(s.id, b);
    const owners = `${s.owners.join(", ")} · ${s.fields} field${s.fields === 1 ? "" : "s"}`;
    body.push(
      `<g class="node source"><title>${xmlText(`${s.label}\n${owners}`)}</title>`,
      `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6"/>`,
      text(b.x + PAD, b.y + PAD + 12, fit(s.label, b.w, true), "strong"),
      text(b.x + PAD, b.y + PAD + 12 + LINE, fit(owners, b.w), "dim"),
      "</g>",
    );
    y += srcH + 12;
  }

  y = start(heights.category);
  for (const c of graph.categories) {
    const b = { x: xc, y, w: COL.category, h: catH };
    boxes.set(c.id, b);
    const undeclared = c.status === "undeclared";
    const special = c.special ? (c.special === "art9" ? "Art. 9" : "Art. 10") : "";
    const third = undeclared ? "NOT DECLARED in the notice" : `${c.status === "covered" ? `via ${c.declaredAs} · ` : ""}${c.retention ? `kept ${c.retention}` : "no retention rule"}`;
    body.push(
      `<g class="node category${undeclared ? " undeclared" : ""}"><title>${xmlText(`${c.key} (${c.name})${special ? `, special category ${special}` : ""}\n${third}`)}</title>`,
      `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6"/>`,
      text(b.x + PAD, b.y + PAD + 12, fit(c.key, b.w - (special ? 50 : 0)), "strong mono"),
      special ? `<rect x="${b.x + b.w - 52}" y="${b.y + 6}" width="44" height="16" rx="3" class="badge"/>${text(b.x + b.w - 46, b.y + 18, special, "badge-text")}` : "",
      text(b.x + PAD, b.y + PAD + 12 + LINE, fit(c.name, b.w), "dim"),
      text(b.x + PAD, b.y + PAD + 12 + 2 * LINE, fit(third, b.w), undeclared ? "alert" : c.retention ? "dim" : "warn"),
      "</g>",
    );
    y += catH + 12;
  }

  y = start(heights.recipient);
  for (const g of graph.groups) {
    const h = groupH(g);
    const b = { x: xr, y, w: COL.recipient, h };
    boxes.set(g.id, b);
    const none = g.recipient === undefined;
    groupsSvg.push(
      `<g class="group${none ? " none" : ""}"><title>${xmlText(none ? "Services the code sends data to that no recipient of the notice stands for" : `${g.label}${g.declaredServices.length ? `\nstands for: ${g.declaredServices.join(", ")}` : ""}`)}</title>`,
      `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8"/>`,
      text(b.x + PAD, b.y + PAD + 12, fit(none ? "Not in the notice" : g.label, b.w), none ? "strong alert" : "strong"),
    );
    if (!g.services.length && g.declaredServices.length) groupsSvg.push(text(b.x + PAD, b.y + PAD + 12 + LINE, fit(`stands for ${g.declaredServices.join(", ")}`, b.w), "dim"));
    let sy = b.y + LINE + 2 * PAD;
    for (const s of g.services) {
      const sb = { x: b.x + 12, y: sy, w: b.w - 24, h: svcH };
      boxes.set(s.id, sb);
      groupsSvg.push(
        `<g class="service"><title>${xmlText(`${s.name} (${s.service}, ${s.kind})`)}</title>`,
        `<rect x="${sb.x}" y="${sb.y}" width="${sb.w}" height="${sb.h}" rx="4"/>`,
        text(sb.x + PAD, sb.y + 4 + 12, fit(s.name, sb.w), "strong"),
        text(sb.x + PAD, sb.y + 4 + 12 + LINE, fit(s.kind, sb.w), "dim"),
        "</g>",
      );
      sy += svcH + 6;
    }
    groupsSvg.push("</g>");
    y += h + 16;
  }

  // Ports: the edges leaving (entering) a box are spread down its right (left) side in the order of their other
  // end, so parallel edges do not cross at the box.
  const outs = new Map<string, number[]>();
  const ins = new Map<string, number[]>();
  graph.edges.forEach((e, i) => {
    (outs.get(e.from) ?? outs.set(e.from, []).get(e.from)!).push(i);
    (ins.get(e.to) ?? ins.set(e.to, []).get(e.to)!).push(i);
  });
  const centre = (id: string) => boxes.get(id)!.y + boxes.get(id)!.h / 2;
  const port = (list: Map<string, number[]>, id: string, i: number, other: (n: number) => string) => {
    const b = boxes.get(id)!;
    const sorted = [...list.get(id)!].sort((p, q) => centre(other(p)) - centre(other(q)) || p - q);
    const k = sorted.indexOf(i);
    const span = Math.min(b.h - 8, sorted.length * 10);
    return b.y + b.h / 2 - span / 2 + (span * (k + 0.5)) / sorted.length;
  };
  const edgeSvg: string[] = [];
  const labels: string[] = [];
  // Drawn quietest first, so red lands on top.
  const order: EdgeKind[] = ["declared-only", "collects", "declared", "undeclared"];
  const indexed = graph.edges.map((e, i) => ({ e, i })).sort((a, b) => order.indexOf(a.e.kind) - order.indexOf(b.e.kind) || a.i - b.i);
  for (const { e, i } of indexed) {
    const from = boxes.get(e.from)!;
    const to = boxes.get(e.to)!;
    const x1 = from.x + from.w;
    const y1 = port(outs, e.from, i, (n) => graph.edges[n].to);
    const x2 = to.x - 2;
    const y2 = port(ins, e.to, i, (n) => graph.edges[n].from);
    const dx = Math.max(40, (x2 - x1) / 2);
    const c = COLOURS[e.kind];
    edgeSvg.push(
      `<path class="edge ${e.kind}" d="M${x1},${y1.toFixed(1)} C${x1 + dx},${y1.toFixed(1)} ${x2 - dx},${y2.toFixed(1)} ${x2},${y2.toFixed(1)}" stroke="${c.stroke}" stroke-width="${c.width}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ""} fill="none" marker-end="url(#arrow-${e.kind})"><title>${xmlText(e.title)}</title></path>`,
    );
    if (e.kind === "undeclared" && e.label) labels.push(text((x1 + x2) / 2, (y1 + y2) / 2 - 4, fit(e.label, GAP + 40), "edge-label"));
  }

  // The legend, under the columns.
  const ly = top + tallest + 28;
  const legend: string[] = [];
  let lx = MARGIN;
  for (const [kind, label] of [
    ["collects", "collected in"],
    ["declared", "flow the notice declares"],
    ["undeclared", "flow the notice does not declare"],
    ["declared-only", "declared recipient, no call found in code"],
  ] as [EdgeKind, string][]) {
    const c = COLOURS[kind];
    legend.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 34}" y2="${ly}" stroke="${c.stroke}" stroke-width="${c.width}"${c.dash ? ` stroke-dasharray="${c.dash}"` : ""}/>`, text(lx + 42, ly + 4, label, "legend"));
    lx += 42 + label.length * CHAR + 26;
  }
  legend.push(`<rect x="${lx}" y="${ly - 8}" width="26" height="16" rx="3" class="legend-undeclared"/>`, text(lx + 34, ly + 4, "category not declared", "legend"));
  const height = ly + 24;
  const legendWidth = lx + 34 + "category not declared".length * CHAR + MARGIN;
  const w = Math.max(width, Math.ceil(legendWidth));

  const markers = (Object.keys(COLOURS) as EdgeKind[])
    .map((k) => `<marker id="arrow-${k}" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="${COLOURS[k].stroke}"/></marker>`)
    .join("");
  const title = options.title ?? "Personal data map";
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="data-map" width="${w}" height="${height}" viewBox="0 0 ${w} ${height}" role="img" aria-label="${xmlText(title)}">`,
    `<title>${xmlText(title)}</title>`,
    `<defs>${markers}</defs>`,
    "<style>",
    "text { font: 12px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1f2328; }",
    ".col { font-weight: 600; font-size: 13px; fill: #57606a; } .strong { font-weight: 600; } .mono { font-family: ui-monospace, 'SF Mono', Menlo, monospace; }",
    ".dim { fill: #57606a; } .warn { fill: #9a6700; } .alert { fill: #cf222e; font-weight: 600; }",
    ".node rect, .service rect { fill: #f6f8fa; stroke: #57606a; } .category.undeclared rect { fill: #ffebe9; stroke: #cf222e; stroke-width: 2; }",
    ".group rect { fill: #dafbe1; stroke: #1a7f37; } .group.none rect { fill: #fff5f5; stroke: #cf222e; stroke-width: 2; stroke-dasharray: 6 3; }",
    ".service rect { fill: #ffffff; stroke: #1a7f37; } .group.none .service rect { stroke: #cf222e; stroke-dasharray: none; stroke-width: 1.5; }",
    ".badge { fill: #fff8c5; stroke: #d4a72c; } .badge-text { font-size: 11px; fill: #7d4e00; }",
    ".edge-label { font-size: 11px; fill: #cf222e; text-anchor: middle; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; }",
    ".legend { fill: #57606a; } .legend-undeclared { fill: #ffebe9; stroke: #cf222e; stroke-width: 2; }",
    ".edge:hover { stroke-width: 4; }",
    "</style>",
    ...(graph.categories.length === 0 ? [text(MARGIN, top + 20, "No personal data found.", "dim")] : []),
    ...groupsSvg,
    ...edgeSvg,
    ...body,
    ...labels,
    ...legend,
    "</svg>",
  ].join("\n");
}

export function sectionToSvg(section: DataMapSection, options: { title?: string } = {}): string {
  return graphToSvg(buildGraph(section), options);
}
