import { Injectable, Logger } from "@nestjs/common";
import { anthropic, openai } from "../lib/clients";
import type { Appointment, Patient } from "../patients/patient.types";

const SUMMARY_MODEL = "gpt-4o-mini";
const MAX_SUMMARY_TOKENS = 400;

@Injectable()
export class VisitSummaryService {
  private readonly logger = new Logger(VisitSummaryService.name);

  async summarise(patient: Patient, appointment: Appointment, clinicianNotes: string): Promise<string> {
    this.logger.debug(`summary model=${SUMMARY_MODEL} maxTokens=${MAX_SUMMARY_TOKENS}`);

    const prompt = [
      `Reason for visit: ${appointment.reasonForVisit}`,
      `Known allergies: ${patient.allergies.join(", ") || "none"}`,
      `Clinician notes: ${clinicianNotes}`,
    ].join("\n");

    const completion = await openai.chat.completions.create({
      model: SUMMARY_MODEL,
      max_tokens: MAX_SUMMARY_TOKENS,
      messages: [
        { role: "system", content: "You write concise, factual visit summaries for clinicians." },
        { role: "user", content: prompt },
      ],
    });
    return completion.choices[0]?.message?.content ?? "";
  }

  async draftFollowUpLetter(patient: Patient, summary: string): Promise<string> {
    try {
      const message = await anthropic.messages.create({
        model: "claude-3-5-sonnet-latest",
        max_tokens: 800,
        messages: [
          {
            role: "user",
            content: `Write a short, friendly follow-up letter to ${patient.firstName} ${patient.lastName} explaining this visit summary in plain language:\n\n${summary}`,
          },
        ],
      });
      const block = message.content[0];
      return block?.type === "text" ? block.text : "";
    } catch (err) {
      this.logger.error(`Follow-up letter failed for ${patient.email}`, (err as Error).stack);
      throw err;
    }
  }

  async embedHelpArticle(article: { slug: string; body: string }): Promise<number[]> {
    const res = await openai.embeddings.create({
      model: "text-embedding-3-small",
      input: article.body,
    });
    this.logger.log(`embedded help article ${article.slug}`);
    return res.data[0].embedding;
  }
}
