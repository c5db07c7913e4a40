// Part of `npm run build`: snapshots the built-in detection rules next to the compiled loader (see loadBuiltinRuleSet).
"use strict";
const { writeRuleSnapshot } = require("../out/server/src/core/classify/rules.js");
writeRuleSnapshot();
