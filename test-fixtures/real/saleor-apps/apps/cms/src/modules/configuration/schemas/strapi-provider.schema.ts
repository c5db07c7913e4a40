import { z } from "zod";

import { Strapi } from "@/modules/providers/strapi/strapi";

import { SaleorProviderFieldsMappingSchema } from "./saleor-provider-fields-mapping.schema";

const InputSchema = z.object({
  configName: z.string(),
  type: z.literal(Strapi.type),
  url: z.string().url().min(1),
  authToken: z.string().min(1),
  itemType: z.string().min(1),
  productVariantFieldsMapping: SaleorProviderFieldsMappingSchema,
});

const FullSchema = InputSchema.extend({
  id: z.string(),
});

export namespace StrapiProviderConfig {
  export type InputShape = z.infer<typeof InputSchema>;
  export type FullShape = z.infer<typeof FullSchema>;

  export const Schema = {
    Input: InputSchema,
    Full: FullSchema,
  };
}
