import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import { S3Client } from "@aws-sdk/client-s3";
import pino from "pino";

// Shared SDK clients. Services import these singletons instead of building their own.
export const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
export const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });
export const s3 = new S3Client({ region: process.env.AWS_REGION ?? "eu-west-1" });
export const logger = pino({ level: process.env.LOG_LEVEL ?? "info" });

logger.info({ region: process.env.AWS_REGION, bucket: process.env.DOCUMENTS_BUCKET }, "clients initialised");
