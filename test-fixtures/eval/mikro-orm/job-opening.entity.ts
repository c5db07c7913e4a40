import { Entity, ManyToOne, PrimaryKey, Property } from "@mikro-orm/core";
import { Team } from "./team.entity";

@Entity({ tableName: "job_openings" })
export class JobOpening {
  @PrimaryKey()
  id!: number;

  @Property()
  title!: string; // @pii none  the advertised role, not a person's

  @Property()
  position!: number; // @pii none  sort order on the careers board

  @Property({ nullable: true })
  salaryRangeMin?: number; // @pii none  advertised band

  @Property({ nullable: true })
  salaryRangeMax?: number; // @pii none

  @Property()
  officeCity!: string; // @pii none

  @Property()
  country!: string; // @pii none

  @Property()
  hiringManagerName!: string; // @pii user.name

  @Property()
  applicationEmailTemplate!: string; // @pii none

  @Property({ default: false })
  remote = false;

  @ManyToOne(() => Team)
  team!: Team;
}

@Entity({ tableName: "interviews" })
export class Interview {
  @PrimaryKey()
  id!: number;

  @Property()
  interviewerEmail!: string; // @pii user.contact.email

  @Property()
  scheduledAt!: Date; // @pii none

  @Property({ nullable: true })
  meetingUrl?: string; // @pii none  generated video-call link

  @Property({ nullable: true })
  backgroundCheckCompletedAt?: Date; // @pii none

  @Property({ nullable: true })
  criminalRecordDisclosure?: string; // @pii user.criminal_history
}
