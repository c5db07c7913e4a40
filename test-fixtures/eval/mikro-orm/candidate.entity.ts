import { Entity, Enum, ManyToOne, OneToMany, PrimaryKey, Property, Collection } from "@mikro-orm/core";
import { v4 } from "uuid";
import { JobOpening } from "./job-opening.entity";
import { Interview } from "./interview.entity";

export enum CandidateStage {
  Applied = "applied",
  Screening = "screening",
  Interviewing = "interviewing",
  Offer = "offer",
  Hired = "hired",
  Rejected = "rejected",
}

@Entity({ tableName: "candidates" })
export class Candidate {
  @PrimaryKey({ type: "uuid" })
  id: string = v4();

  @Property()
  fullName!: string; // @pii user.name

  @Property({ unique: true })
  email!: string; // @pii user.contact.email

  @Property({ nullable: true })
  phoneNumber?: string; // @pii user.contact.phone_number

  @Property({ nullable: true })
  linkedinUrl?: string; // @pii user.contact.url

  @Property({ nullable: true })
  portfolioWebsite?: string; // @pii user.contact.url

  @Property({ nullable: true })
  currentEmployer?: string; // @pii user.contact.organization

  @Property({ nullable: true })
  currentTitle?: string; // @pii user.job_title

  @Property({ nullable: true })
  expectedSalary?: number; // @pii user.financial

  @Property({ nullable: true })
  visaStatus?: string; // @pii user.government_id.immigration

  @Property({ nullable: true })
  requiresSponsorship?: boolean; // @pii user.government_id.immigration

  @Property({ nullable: true })
  ethnicity?: string; // @pii user.demographic.race_ethnicity  optional EEO survey answer

  @Property({ nullable: true })
  disabilityStatus?: string; // @pii user.health_and_medical

  @Property({ nullable: true })
  resumeFileName?: string; // @pii none

  @Property({ default: 0 })
  emailCount: number = 0; // @pii none

  @Property({ nullable: true })
  lastEmailedAt?: Date; // @pii none

  @Enum(() => CandidateStage)
  stage: CandidateStage = CandidateStage.Applied; // @pii none

  @ManyToOne(() => JobOpening)
  opening!: JobOpening;

  @OneToMany(() => Interview, (interview) => interview.candidate)
  interviews = new Collection<Interview>(this);

  @Property()
  createdAt: Date = new Date();
}
