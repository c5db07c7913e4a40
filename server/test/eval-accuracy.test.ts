import * as assert from "assert";
import { defaultDevSetRoot } from "./eval/labels";
import { parseArgs, runEval } from "./eval/run-eval";

// The target on the labelled dev set; `npm run eval` prints the full table and every mistake.
const TARGET = 0.95;

describe("accuracy on the labelled dev set", () => {
  it(`keeps overall precision and recall at or above ${TARGET}`, () => {
    const report = runEval({ ...parseArgs([]), root: defaultDevSetRoot() }, undefined, () => undefined);
    const { precision, recall, tp, fp, fn } = report.overall;
    assert.ok(precision >= TARGET && recall >= TARGET, `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); run npm run eval`);
  });
});
