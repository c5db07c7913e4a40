import axios from "axios";
import { Onfido, Region } from "@onfido/api";
import { Storage } from "@google-cloud/storage";

const onfido = new Onfido({ apiToken: process.env.ONFIDO_API_TOKEN, region: Region.EU });
const exportsBucket = new Storage().bucket(process.env.GCS_EXPORTS_BUCKET);

// signer: { id, firstName, lastName, email, dateOfBirth, nationalId, address: { street, town, postcode, country } }
export async function createApplicant(signer) {
  const { data } = await onfido.createApplicant({
    first_name: signer.firstName,
    last_name: signer.lastName,
    dob: signer.dateOfBirth,
  });
  return data.id;
}

export async function startPersonaInquiry(signer) {
  const res = await fetch("https://withpersona.com/api/v1/inquiries", {
    method: "POST",
    headers: {
      Authorization: `Bearer ${process.env.PERSONA_API_KEY}`,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      data: {
        attributes: {
          "inquiry-template-id": process.env.PERSONA_TEMPLATE_ID,
          "reference-id": signer.id,
          fields: { "email-address": signer.email },
        },
      },
    }),
  });
  return (await res.json()).data.id;
}

export async function startVeriffSession(signer) {
  const { data } = await axios.post(
    "https://stationapi.veriff.com/v1/sessions",
    {
      verification: {
        callback: "https://app.acme-crm.example/kyc/veriff",
        person: { idNumber: signer.nationalId },
        vendorData: signer.id,
      },
    },
    { headers: { "X-AUTH-CLIENT": process.env.VERIFF_API_KEY } },
  );
  return data.verification.url;
}

export async function exportSignerRecord(signer) {
  await exportsBucket.file(`signers/${signer.id}.json`).save(
    JSON.stringify({ id: signer.id, address: signer.address, exportedAt: new Date().toISOString() }),
    { contentType: "application/json" },
  );
}

export async function fetchKycStatusPage() {
  const { data } = await axios.get("https://status.onfido.com/api/v2/status.json");
  return data.status.indicator;
}
