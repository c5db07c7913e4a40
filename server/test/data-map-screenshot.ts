/**
 * Renders the fixture's HTML data map in a real browser and screenshots its diagram. Used by the screenshot script
 * (docs/data-map.png) and the browser test; playwright's `chromium` is passed in so this file needs no types of it.
 */
import * as fs from "fs";
import * as path from "path";
import { buildDataMap, formatHtml } from "../src/cli/report";
import { dataMapFixtureResult } from "./data-map-fixture";

interface Page {
  setContent(html: string, options?: { waitUntil?: string }): Promise<void>;
  on(event: "request", cb: (r: { url(): string }) => void): void;
  on(event: "console", cb: (m: { type(): string; text(): string }) => void): void;
  evaluate(expression: string): Promise<unknown>;
  locator(selector: string): { first(): { screenshot(o: { path: string }): Promise<Buffer> } };
}
interface Browser {
  newPage(o: { viewport: { width: number; height: number }; deviceScaleFactor: number }): Promise<Page>;
  close(): Promise<void>;
}
export interface ChromiumLike {
  launch(o: { executablePath: string; args: string[]; headless: boolean; timeout: number }): Promise<Browser>;
}

export interface ScreenshotResult {
  out: string;
  width: number;
  height: number;
  /** Flows the extractor found in the fixture. */
  flows: number;
  /** URLs the page asked for beyond its own content (a self-contained page asks for none). */
  requests: string[];
  consoleErrors: string[];
  /** Text of the SVG's labels as the browser laid them out. */
  labels: string[];
  /** What the browser's XML parser says of the SVG as emitted (empty: well-formed). */
  xmlError: string;
}

export async function screenshotDataMap(o: { chromium: ChromiumLike; executablePath: string; args: string[]; out: string }): Promise<ScreenshotResult> {
  const result = await dataMapFixtureResult();
  const html = formatHtml(buildDataMap(result), "Acme Clinic Shop");
  const browser = await o.chromium.launch({ executablePath: o.executablePath, args: o.args, headless: true, timeout: 60_000 });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1.5 });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on("request", (r) => {
      if (!r.url().startsWith("data:") && r.url() !== "about:blank") requests.push(r.url());
    });
    page.on("console", (m) => {
      if (m.type() === "error") consoleErrors.push(m.text());
    });
    await page.setContent(html, { waitUntil: "load" });
    // A string, not a function: this project compiles without the DOM's types.
    const size = (await page.evaluate(`(() => {
      const svg = document.querySelector("figure.diagram svg");
      const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
      return { width: Math.round(box.width), height: Math.round(box.height), labels: svg ? [...svg.querySelectorAll("text")].map((t) => t.textContent) : [] };
    })()`)) as { width: number; height: number; labels: string[] };
    const svg = html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + "</svg>".length);
    const xmlError = (await page.evaluate(`(() => {
      const doc = new DOMParser().parseFromString(${JSON.stringify(svg)}, "image/svg+xml");
      const error = doc.getElementsByTagName("parsererror")[0];
      return error ? error.textContent : "";
    })()`)) as string;
    fs.mkdirSync(path.dirname(o.out), { recursive: true });
    await page.locator("figure.diagram").first().screenshot({ path: o.out });
    return { out: o.out, width: size.width, height: size.height, labels: size.labels, xmlError, flows: result.flows.length, requests, consoleErrors };
  } finally {
    await browser.close();
  }
}
