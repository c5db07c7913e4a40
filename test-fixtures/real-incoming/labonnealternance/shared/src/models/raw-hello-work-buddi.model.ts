import { z } from "zod"

import type { IModelDescriptor } from "./common.js"
import { zObjectId } from "./common.js"

export default {
  zod: z.looseObject({
    _id: zObjectId,
    createdAt: z.date(),
  }),
  indexes: [
    [{ "job.reference": 1 }, {}],
    [{ ref_start: 1 }, {}],
  ],
  collectionName: "raw_hellowork_buddi",
  authorizeAdditionalProperties: true,
} as const satisfies IModelDescriptor
