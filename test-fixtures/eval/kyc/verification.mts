import type { Buffer } from "node:buffer";

export type VerificationStatus = "pending" | "approved" | "rejected" | "manual_review";

/** Result the identity-verification vendor posts back to /webhooks/kyc. */
export interface VerificationResult {
  readonly referenceId: string; // @pii none
  status: VerificationStatus; // @pii none
  applicant: {
    firstName: string; // @pii user.name.first
    lastName: string; // @pii user.name.last
    birthDate: string; // @pii user.demographic.date_of_birth
    nationality: string; // @pii user.demographic.nationality
    address: string; // @pii user.contact.address
  };
  document: {
    type: "passport" | "id_card" | "driving_licence"; // @pii none
    number: string; // @pii user.government_id  passport, id card or licence number depending on type
    issuingCountry: string; // @pii none  country of the issuing authority
    expiresOn: string; // @pii none
  };
  faceMatchScore: number; // @pii none  similarity score only, not the template
  livenessPassed: boolean; // @pii none
  checkedAt: string; // @pii none
}

export interface BiometricEnrollment {
  userId: string; // @pii none
  faceTemplate: Buffer; // @pii user.biometric
  voiceprint?: Buffer; // @pii user.biometric
  fingerprintTemplate?: Buffer; // @pii user.biometric.fingerprint
  templateVersion: number; // @pii none
  enrolledDeviceId: string; // @pii user.device.device_id
}

export interface VendorConfig {
  apiKey: string; // @pii none
  webhookSecret: string; // @pii none
  region: "eu" | "us"; // @pii none  which vendor data centre to call
  tlsCertFingerprint: string; // @pii none
}

export class ManualReviewTask {
  constructor(
    public readonly referenceId: string,
    public reviewerEmail: string, // @pii user.contact.email
    public idDocumentImageUrl: string, // @pii user.government_id
    public selfieImageUrl: string, // @pii user.content.self_image
  ) {}
}
