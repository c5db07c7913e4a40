#!/usr/bin/env node
// CI step: makes a SARIF file's locations relative to the repository when the project is a subfolder of it.
// privacy-lint writes URIs relative to the project folder (%SRCROOT%); code scanning reads them as repository paths.
//   node scripts/ci/sarif-prefix.mjs <file.sarif> <prefix/>     (rewrites the file in place; "" or "." is a no-op)
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

export function prefixSarif(sarif, prefix) {
  const p = prefix.replace(/^\.\/?/, "").replace(/\/*$/, "/");
  if (p === "/") return sarif;
  const enc = p.split("/").map(encodeURIComponent).join("/");
  const visit = (node) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === "object") {
      if (node.uriBaseId === "%SRCROOT%" && typeof node.uri === "string" && !node.uri.startsWith(enc)) node.uri = enc + node.uri;
      for (const v of Object.values(node)) visit(v);
    }
  };
  for (const run of sarif.runs ?? []) {
    visit(run.results);
    visit(run.artifacts);
    // %SRCROOT% now stands for the repository root: the project folder's parent levels.
    const root = run.originalUriBaseIds?.["%SRCROOT%"];
    if (root?.uri) root.uri = new URL("../".repeat(p.split("/").length - 1), root.uri).href;
  }
  return sarif;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [file, prefix = ""] = process.argv.slice(2);
  if (!file) {
    process.stderr.write("usage: node scripts/ci/sarif-prefix.mjs <file.sarif> <prefix/>\n");
    process.exit(2);
  }
  writeFileSync(file, JSON.stringify(prefixSarif(JSON.parse(readFileSync(file, "utf8")), prefix), null, 2) + "\n");
}
