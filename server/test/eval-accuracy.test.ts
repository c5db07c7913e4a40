import * as assert from "assert";
import { defaultDevSetRoot } from "./eval/labels";
import { defaultIncomingSetRoot, defaultRealSetRoot } from "./eval/real-set";
import { parseArgs, runEval, runRealEval } from "./eval/run-eval";
import { defaultFlowSetRoot, runFlowEval } from "./eval/flows-set";

// Issue 12's gate on the real-code dev set (the measure), scored by category class as the hold-outs are.
const REAL_PRECISION = 0.93;
const REAL_RECALL = 0.85;
// The incoming rounds (test-fixtures/real-incoming) are not the gate yet, but a floor a little under where they
// stand keeps a change from quietly undoing what their fixes found. Set when they stood at 0.865 / 0.733 (417 apps):
// the 347 apps there when the floor was 0.86 / 0.73 stand at 0.868 / 0.737, the 70 added since (rounds 268-337, their
// first scores 0.830 / 0.703) at 0.851 / 0.720, which took the whole a hair above the old floor.
const INCOMING_PRECISION = 0.85;
const INCOMING_RECALL = 0.72;
// The hand-written fixtures are regression tests now: they must stay where they were.
const FIXTURES = 0.95;
const FLOW_PRECISION = 0.93;
const FLOW_RECALL = 0.85;

describe("accuracy", function () {
  this.timeout(120_000);

  it(`real-code dev set: precision >= ${REAL_PRECISION} and recall >= ${REAL_RECALL}`, async () => {
    const report = await runRealEval(defaultRealSetRoot(), () => undefined);
    const { precision, recall, tp, fp, fn } = report.overall;
    assert.ok(
      precision >= REAL_PRECISION && recall >= REAL_RECALL,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); run npm run eval`,
    );
  });

  it(`incoming real-code apps: no regression below precision ${INCOMING_PRECISION} and recall ${INCOMING_RECALL}`, async () => {
    const report = await runRealEval(defaultIncomingSetRoot(), () => undefined);
    const { precision, recall, tp, fp, fn } = report.overall;
    assert.ok(
      precision >= INCOMING_PRECISION && recall >= INCOMING_RECALL,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); run npm run eval`,
    );
  });

  // Issue 13's gate on the labelled flows set: sink calls of real and realistic application code.
  it(`flows set: precision >= ${FLOW_PRECISION} and recall >= ${FLOW_RECALL}`, async () => {
    const report = await runFlowEval(defaultFlowSetRoot(), () => undefined);
    const { precision, recall, tp, fp, fn } = report.overall;
    assert.ok(
      precision >= FLOW_PRECISION && recall >= FLOW_RECALL,
      `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); run npm run eval`,
    );
  });

  it(`hand-written fixtures: precision and recall >= ${FIXTURES}`, () => {
    const report = runEval({ ...parseArgs([]), root: defaultDevSetRoot() }, undefined, () => undefined);
    const { precision, recall, tp, fp, fn } = report.overall;
    assert.ok(precision >= FIXTURES && recall >= FIXTURES, `precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}); run npm run eval`);
  });
});
