import { z } from "zod/v4-mini";

import type { IModelDescriptor } from "../common";
import { ZDecaEmployeur } from "./parts/deca.employeur.part";
import { ZDeca } from "./deca.model";

const collectionName = "anonymized.deca" as const;

const indexes: IModelDescriptor["indexes"] = [
  [{ no_contrat: 1, type_contrat: 1 }, {}],
  [{ "organisme_formation.siret": 1 }, {}],
  [{ "etablissement_formation.siret": 1 }, {}],
  [{ created_at: -1 }, {}],
];

export const ZDecaAnonymized = z.extend(
  z.omit(ZDeca, {
    alternant: true,
    employeur: true,
  }),
  {
    employeur: z.omit(ZDecaEmployeur, {
      telephone: true,
      courriel: true,
    }),
  }
);

export type IDecaAnonymized = z.output<typeof ZDecaAnonymized>;

export default {
  zod: ZDecaAnonymized,
  indexes,
  collectionName,
};
