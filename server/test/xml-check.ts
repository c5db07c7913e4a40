/**
 * A strict well-formedness check of XML text, enough for the SVG the data map emits (the project has no XML parser
 * and adds none for a test; the browser test parses the SVG with Chromium's own). Returns the problems found.
 */
const NAME = /^[A-Za-z_][\w.:-]*/;

export function wellFormedXml(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = 0;
  const text = (s: string, at: number) => {
    if (s.includes("<")) problems.push(`raw < at ${at}`);
    for (const m of s.matchAll(/&([^;\s]*);?/g)) {
      if (!/^&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(m[0])) problems.push(`bad entity ${JSON.stringify(m[0].slice(0, 12))} at ${at + m.index!}`);
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(s)) problems.push(`control character at ${at}`);
  };
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) {
      text(xml.slice(i), i);
      break;
    }
    text(xml.slice(i, lt), i);
    const gt = xml.indexOf(">", lt);
    if (gt < 0) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${lt}`);
      continue;
    }
    const self = tag.endsWith("/");
    const body = self ? tag.slice(0, -1) : tag;
    const name = NAME.exec(body)?.[0];
    if (!name) {
      problems.push(`bad tag name at ${lt}`);
      continue;
    }
    // Attributes: name="value" pairs, each value free of < and with valid entities, no name twice.
    let rest = body.slice(name.length);
    const seen = new Set<string>();
    while (rest.trim()) {
      const m = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(rest);
      if (!m) {
        problems.push(`bad attribute in <${name}> at ${lt}: ${rest.slice(0, 30)}`);
        break;
      }
      if (seen.has(m[1])) problems.push(`attribute ${m[1]} twice in <${name}> at ${lt}`);
      seen.add(m[1]);
      text(m[2], lt);
      rest = rest.slice(m[0].length);
    }
    if (stack.length === 0) roots++;
    if (!self) stack.push(name);
  }
  if (stack.length) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
