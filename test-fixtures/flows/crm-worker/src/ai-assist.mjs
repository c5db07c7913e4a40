import { GoogleGenerativeAI } from "@google/generative-ai";
import { Mistral } from "@mistralai/mistralai";
import { CohereClient } from "cohere-ai";
import { generateText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { ChatAnthropic } from "@langchain/anthropic";

const gemini = new GoogleGenerativeAI(process.env.GEMINI_API_KEY).getGenerativeModel({ model: "gemini-1.5-flash" });
const mistral = new Mistral({ apiKey: process.env.MISTRAL_API_KEY });
const cohere = new CohereClient({ token: process.env.COHERE_API_KEY });
const chatModel = new ChatAnthropic({ model: "claude-3-5-haiku-latest", temperature: 0 });

// ticket: { id, subject, body, customer: { name, email } }
export async function summariseTicket(ticket) {
  const result = await gemini.generateContent(
    `Summarise this support ticket in two sentences.\nSubject: ${ticket.subject}\n\n${ticket.body}`,
  );
  return result.response.text();
}

export async function detectLanguage(ticket) {
  const res = await mistral.chat.complete({
    model: "mistral-small-latest",
    messages: [{ role: "user", content: `Which language is this? Reply with an ISO code.\n\n${ticket.body}` }],
  });
  return res.choices[0].message.content.trim();
}

export async function classifyUrgency(ticket) {
  const res = await cohere.classify({
    model: process.env.COHERE_URGENCY_MODEL_ID,
    inputs: [ticket.body],
  });
  return res.classifications[0].prediction;
}

export async function draftReply(ticket) {
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    system: "You are a friendly support agent for Acme CRM.",
    prompt: `Draft a reply to ${ticket.customer.name} about: ${ticket.subject}`,
  });
  return text;
}

export async function suggestTags(allowedTags) {
  const res = await chatModel.invoke(
    `From this list pick the five tags most useful for a B2B CRM help centre: ${allowedTags.join(", ")}`,
  );
  return res.content;
}

export async function translateToEnglish(ticket) {
  const res = await chatModel.invoke([
    ["system", "Translate the customer's message to English. Keep names and numbers unchanged."],
    ["human", ticket.body],
  ]);
  return res.content;
}
