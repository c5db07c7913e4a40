import { z } from "../helpers/zod-with-open-api.js"

import type { IModelDescriptor } from "./common.js"
import { zObjectId } from "./common.js"

const collectionName = "credentials" as const

export const ZCredential = z.strictObject({
  _id: zObjectId,
  nom: z.string(),
  prenom: z.string(),
  organisation: z.string(),
  scope: z.string(),
  email: z.email(),
  api_key: z.string(),
  actif: z.boolean(),
  createdAt: z.date(),
  updatedAt: z.date(),
})

export type ICredential = z.output<typeof ZCredential>

export default {
  zod: ZCredential,
  indexes: [[{ api_key: 1 }, { unique: true }]],
  collectionName,
} as const satisfies IModelDescriptor
