import { z } from "zod";
import { StrapiErrorRelationSchema } from "~/services/cms/models/StrapiErrorRelationSchema";
import { stringRequiredSchema } from "~/services/validation/stringRequired";
import { StrapiStringOptionalSchema } from "../StrapiStringOptional";

export const StrapiIncrementComponentSchema = z
  .object({
    __component: z.literal("form-elements.number-increment"),
    name: stringRequiredSchema,
    label: z.string(),
    errors: StrapiErrorRelationSchema,
    suffix: StrapiStringOptionalSchema,
  })
  .transform(({ errors, ...cmsData }) => ({
    ...cmsData,
    errorMessages: errors,
  }));
