import { z } from "zod";
import { StrapiErrorRelationSchema } from "~/services/cms/models/StrapiErrorRelationSchema";
import { StrapiOptionalIntegerSchema } from "~/services/cms/models/StrapiOptionalInteger";
import { HasStrapiIdSchema } from "../HasStrapiId";
import { StrapiStringOptionalSchema } from "../StrapiStringOptional";

const DataListSchema = z.enum([
  "airports",
  "airlines",
  "streetNames",
  "nationalities",
]);

export const StrapiAutoSuggestInputComponentSchema = z
  .object({
    name: z.string(),
    label: StrapiStringOptionalSchema,
    placeholder: StrapiStringOptionalSchema,
    errors: StrapiErrorRelationSchema,
    dataList: DataListSchema,
    noSuggestionMessage: StrapiStringOptionalSchema,
    isDisabled: z.boolean().nullable().transform(Boolean),
    minSuggestCharacters: StrapiOptionalIntegerSchema,
    supportsFreeText: z.boolean().nullable().transform(Boolean),
    helperText: StrapiStringOptionalSchema,
    __component: z.literal("form-elements.auto-suggest-input"),
    ...HasStrapiIdSchema.shape,
  })
  .transform(({ errors, ...cmsData }) => ({
    ...cmsData,
    errorMessages: errors,
  }));

export type StrapiAutoSuggestComponent = z.infer<
  typeof StrapiAutoSuggestInputComponentSchema
>;

export type DataListType = z.infer<typeof DataListSchema>;
