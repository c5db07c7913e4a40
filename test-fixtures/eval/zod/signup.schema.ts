import { z } from "zod";

const trimmed = () => z.string().trim().min(1);

export const credentialsSchema = z.object({
  email: z.string().email(), // @pii user.contact.email
  password: z.string().min(12), // @pii none
});

export const signupSchema = credentialsSchema.extend({
  firstName: trimmed().max(80), // @pii user.name.first
  lastName: trimmed().max(80), // @pii user.name.last
  username: z.string().regex(/^[a-z0-9_]{3,20}$/), // @pii user.account.username
  companyName: z.string().max(120).optional(), // @pii user.contact.organization
  acceptTerms: z.literal(true), // @pii none
  marketingOptIn: z.boolean().default(false), // @pii none
  referralCode: z.string().optional(), // @pii none
});

export const signupContextSchema = z.object({
  ip: z.string().ip(), // @pii user.device.ip_address
  userAgent: z.string().max(512), // @pii user.device
  timezone: z.string().optional(), // @pii user.location.imprecise  browser-reported, stored on the signup event
});

export const signupRequestSchema = signupSchema.merge(signupContextSchema);

// The public profile only exposes a subset of the account.
export const publicProfileSchema = signupSchema.pick({ firstName: true, username: true });

export const updateProfileSchema = z
  .object({
    bio: z.string().max(280).optional(),
    website: z.string().url().optional(), // @pii none (a bare website: no URL category in the labelling guide)
    phone: z.string().regex(/^\+[1-9]\d{6,14}$/).optional(), // @pii user.contact.phone_number
    emailNotifications: z.boolean(), // @pii none
  })
  .strict();

export type SignupRequest = z.infer<typeof signupRequestSchema>;
