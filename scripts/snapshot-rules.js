// Part of `npm run build`: snapshots the built-in detection rules and sink catalogue next to their compiled loaders
// (see loadBuiltinRuleSet and loadSinkCatalogue).
"use strict";
const { writeRuleSnapshot } = require("../out/server/src/core/classify/rules.js");
const { writeSinkSnapshot } = require("../out/server/src/core/flows/catalogue.js");
writeRuleSnapshot();
writeSinkSnapshot();
