/**
 * Research and archiving: survey answers, including racial or ethnic origin, given with explicit consent.
 */
import { z } from "zod";

export const researchParticipantSchema = z.object({
  learnerId: z.string().uuid(),
  careerStage: z.enum(["early", "mid", "senior"]),
  ethnicOrigin: z.string().optional(),
  consentToResearch: z.literal(true),
});
