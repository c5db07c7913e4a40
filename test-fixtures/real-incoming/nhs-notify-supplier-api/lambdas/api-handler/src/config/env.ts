import { z } from "zod";

const EnvVarsSchema = z.object({
  SUPPLIER_ID_HEADER: z.string(),
  APIM_CORRELATION_HEADER: z.string(),
  LETTERS_TABLE_NAME: z.string(),
  LETTER_QUEUE_TABLE_NAME: z.string(),
  LETTER_QUEUE_TTL_HOURS: z.coerce.number().int(),
  MI_TABLE_NAME: z.string(),
  LETTER_TTL_HOURS: z.coerce.number().int(),
  MI_TTL_HOURS: z.coerce.number().int(),
  DOWNLOAD_URL_TTL_SECONDS: z.coerce.number().int(),
  LETTER_QUEUE_VISIBILITY_TIMEOUT: z.coerce.number().int(),
  MAX_LIMIT: z.coerce.number().int().optional(),
  QUEUE_URL: z.coerce.string().optional(),
  PINO_LOG_LEVEL: z.coerce.string().optional(),
  EVENT_SOURCE: z.string(),
  SNS_TOPIC_ARN: z.string(),
});

export type EnvVars = z.infer<typeof EnvVarsSchema>;

export const envVars = EnvVarsSchema.parse(process.env);
