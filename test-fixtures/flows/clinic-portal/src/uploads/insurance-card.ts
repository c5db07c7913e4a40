import { randomUUID } from "node:crypto";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import { logger, s3 } from "../lib/clients";
import type { Patient } from "../patients/patient.types";

export async function storeInsuranceCard(patient: Patient, image: Buffer, contentType: string): Promise<string> {
  const key = `insurance-cards/${randomUUID()}`;

  await s3.send(
    new PutObjectCommand({
      Bucket: process.env.DOCUMENTS_BUCKET,
      Key: key,
      Body: image,
      ContentType: contentType,
      Metadata: {
        "patient-name": `${patient.firstName} ${patient.lastName}`,
        "uploaded-by": "intake-form",
      },
    }),
  );

  logger.info({ key, bytes: image.length, contentType }, "insurance card stored");
  return key;
}
