/**
 * Recruitment: candidates for roles at Career Masterclass or for its clients.
 */
export class Candidate {
  fullName!: string;
  personalEmail!: string;
  telephone!: string;
  dateOfBirth!: Date;
  nationalInsuranceNumber!: string;
  passportNumber!: string;
  rightToWorkStatus!: string;
  /** Result of a DBS / Access NI / Disclosure Scotland check. */
  criminalConvictions?: string;
  appliedAt!: Date;
}
