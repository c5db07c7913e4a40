import OpenAI from "openai";
import pino from "pino";
import type { PrescriptionRequest } from "../models/prescription";

const openai = new OpenAI();
const logger = pino();

export async function triage(request: PrescriptionRequest) {
  logger.info({ email: request.patientEmail }, "triage requested");
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Conditions: ${request.medicalConditions.join(", ")}; allergies: ${request.allergies.join(", ")}` }],
  });
}
