import { z } from "zod";

const schema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"] as const),
  SESSION_SECRET: z.string(),
  SUPABASE_URL: z.string(),
  SUPABASE_IMAGE_URL: z.string().optional(),
  HASH_SECRET: z.string(),
  IMGPROXY_URL: z.string(),
  IMGPROXY_KEY: z.string(),
  IMGPROXY_SALT: z.string(),
  KEYCLOAK_URL: z.string(),
  COMMUNITY_BASE_URL: z.string(),
  DATABASE_URL: z.string(),
  // Legacy keys
  SERVICE_ROLE_KEY: z.string(),
  SUPABASE_ANON_KEY: z.string(),
  // New asymmetric keys
  SUPABASE_PUBLISHABLE_KEY: z.string().optional(),
  SUPABASE_SECRET_KEY: z.string().optional(),
  ALLOW_INDEXING: z
    .enum(["true", "false"] as const)
    .optional()
    .transform((val) => {
      if (typeof val === "undefined") {
        return "true";
      }
      return val;
    }),
  MATOMO_URL: z.string(),
  MATOMO_SITE_ID: z.string(),
  MAILER_HOST: z.string(),
  MAILER_PORT: z.string(),
  MAILER_USER: z.string(),
  MAILER_PASS: z.string(),
  SYSTEM_MAIL_SENDER: z.string(),
  FEATURE_FLAGS: z.string(),
  SENTRY_DSN: z.string().optional(),
  SENTRY_ORGANIZATION_NAME: z.string().optional(),
  SENTRY_PROJECT_NAME: z.string().optional(),
  SENTRY_AUTH_TOKEN: z.string().optional(),
  TRIGGER_SENTRY_RELEASE: z.enum(["true"] as const).optional(),
  SUPPORT_MAIL: z.string(),
  CONTACT_PERSON_FIRST_NAME: z.string(),
  CONTACT_PERSON_URL: z.string(),
  GUEST_SECRET: z.string(),
  GUEST_SALT: z.string(),
  PARTICIPATION_SECRET: z.string(),
  PARTICIPATION_SALT: z.string(),
});

declare global {
  namespace NodeJS {
    interface ProcessEnv extends z.infer<typeof schema> {}
  }
}

export function init() {
  const parsed = schema.safeParse(process.env);

  if (parsed.success === false) {
    console.error(
      "❌ Invalid environment variables:",
      parsed.error.flatten().fieldErrors
    );

    throw new Error("Invalid environment variables");
  }
}

/**
 * This is used in both `entry.server.ts` and `root.tsx` to ensure that
 * the environment variables are set and globally available before the app is
 * started.
 *
 * NOTE: Do *not* add any environment variables in here that you do not wish to
 * be included in the client.
 * @returns all public ENV variables
 */
export function getEnv() {
  return {
    MODE: process.env.NODE_ENV,
    COMMUNITY_BASE_URL: process.env.COMMUNITY_BASE_URL,
    SUPPORT_MAIL: process.env.SUPPORT_MAIL,
    SENTRY_DSN: process.env.SENTRY_DSN,
    ALLOW_INDEXING: process.env.ALLOW_INDEXING,
    MATOMO_URL: process.env.MATOMO_URL,
  };
}

type ENV = ReturnType<typeof getEnv>;

declare global {
  var ENV: ENV;
  interface Window {
    ENV: ENV;
  }
}
