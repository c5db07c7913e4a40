/**
 * mystanfordconnection learner accounts and their enrolments in SCPD Engagements (courses, webinars, programs).
 */
import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Learner {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ unique: true })
  username!: string;

  @Column()
  email!: string;

  @Column({ nullable: true })
  homeAddress?: string;

  @Column({ nullable: true })
  postalCode?: string;

  @Column({ nullable: true })
  phoneNumber?: string;

  @Column({ nullable: true })
  gender?: string;

  @Column({ type: "int", nullable: true })
  birthYear?: number;

  @Column({ nullable: true })
  employer?: string;

  @Column({ nullable: true })
  occupation?: string;
}

@Entity()
export class Enrollment {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @ManyToOne(() => Learner)
  learner!: Learner;

  @Column()
  courseCode!: string;

  /** Billed to the learner's employer or sponsoring organisation, when it pays the tuition. */
  @Column({ default: false })
  billedToSponsor!: boolean;
}
