/**
 * Enrolment on an after:hours course or event. Special-category questions are optional and asked with consent.
 */
import { z } from "zod";

export const emergencyContactSchema = z.object({
  contactName: z.string(),
  contactPhone: z.string(),
  relationship: z.string(),
});

export const enrolmentSchema = z.object({
  courseId: z.string(),
  fullName: z.string(),
  email: z.string().email(),
  homeAddress: z.string(),
  dateOfBirth: z.string().date(),
  nationality: z.string(),
  gender: z.enum(["female", "male", "non_binary", "prefer_not_to_say"]).optional(),
  emergencyContact: emergencyContactSchema,
  // Asked with explicit consent, to keep participants safe and to monitor widening participation.
  medicalConditions: z.string().optional(),
  disability: z.string().optional(),
  dietaryRequirements: z.string().optional(),
  ethnicity: z.string().optional(),
});

export type Enrolment = z.infer<typeof enrolmentSchema>;
