/**
 * The parts of `yaml` that the configuration, rules and taxonomy modules use, loaded on first use: a run that parses
 * no YAML (a warm cached run of a project without a config file: the rules come from their snapshot) does not pay
 * the ~50 ms of loading its ~70 modules. Same functions and classes, forwarded.
 */
import type * as Yaml from "yaml";

let loaded: typeof Yaml | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = (): typeof Yaml => (loaded ??= require("yaml") as typeof Yaml);

export type { Node, Pair, YAMLMap, YAMLSeq } from "yaml";
export type LineCounter = Yaml.LineCounter;

/** `new LineCounter()` gives yaml's own LineCounter (a constructor returning an object makes `new` return it). */
export const LineCounter = function LineCounter() {
  return new (yaml().LineCounter)();
} as unknown as typeof Yaml.LineCounter;

export const parseDocument: typeof Yaml.parseDocument = ((...args: Parameters<typeof Yaml.parseDocument>) => yaml().parseDocument(...args)) as typeof Yaml.parseDocument;
export const isMap: typeof Yaml.isMap = ((node: unknown) => yaml().isMap(node)) as typeof Yaml.isMap;
export const isSeq: typeof Yaml.isSeq = ((node: unknown) => yaml().isSeq(node)) as typeof Yaml.isSeq;
export const isScalar: typeof Yaml.isScalar = ((node: unknown) => yaml().isScalar(node)) as typeof Yaml.isScalar;
