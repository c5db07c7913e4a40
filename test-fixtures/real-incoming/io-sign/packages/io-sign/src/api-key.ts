import { z } from "zod";

export const PUBLIC_CIDR = "0.0.0.0/0";

const isPublicCidr = (val: string) => val === PUBLIC_CIDR;

export const cidrSchema = z.custom<string>((val) => {
  if (typeof val !== "string") {
    return false;
  }

  if (isPublicCidr(val)) {
    return true;
  }

  const [ip, subnet] = val.split("/");
  const result = z
    .object({
      ip: z.string().ip({ version: "v4" }),
      subnet: z
        .string()
        .regex(/^\d+$/)
        .refine((s) => {
          const n = parseInt(s, 10);
          return !isNaN(n) && n >= 8 && n <= 32;
        })
    })
    .safeParse({ ip, subnet });
  return result.success;
});

export const fiscalCodeSchema = z
  .string()
  .regex(
    new RegExp(
      "^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$"
    )
  );

export type CIDR = z.infer<typeof cidrSchema>;

export const apiKeySchema = z.object({
  id: z.string().min(1),
  institutionId: z.string().uuid(),
  displayName: z.string().min(3).max(40),
  environment: z.enum(["test", "prod"]),
  cidrs: z.array(cidrSchema).default([]),
  testers: z.array(fiscalCodeSchema).default([]),
  status: z.enum(["active", "revoked"]),
  createdAt: z.string().pipe(z.coerce.date())
});

export type ApiKey = z.infer<typeof apiKeySchema>;

export const apiKeyWithSecretSchema = apiKeySchema.extend({
  secret: z.string().min(1)
});

export type ApiKeyWithSecret = z.infer<typeof apiKeyWithSecretSchema>;

export const createApiKeyPayloadSchema = apiKeySchema.pick({
  institutionId: true,
  displayName: true,
  environment: true,
  cidrs: true,
  testers: true
});

export type CreateApiKeyPayload = z.infer<typeof createApiKeyPayloadSchema>;
