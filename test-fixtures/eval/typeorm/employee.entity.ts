import { Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from "typeorm";
import { Department } from "./department.entity";

export enum EmploymentType {
  FullTime = "full_time",
  PartTime = "part_time",
  Contractor = "contractor",
}

@Entity("employees")
@Unique(["workEmail"])
export class Employee {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: "given_name" })
  givenName!: string; // @pii user.name.first

  @Column({ name: "family_name" })
  familyName!: string; // @pii user.name.last

  @Column({ name: "work_email" })
  workEmail!: string; // @pii user.contact.email

  @Column({ name: "personal_email", nullable: true })
  personalEmail?: string; // @pii user.contact.email

  @Column({ name: "job_title" })
  jobTitle!: string; // @pii user.job_title

  @ManyToOne(() => Department, (department) => department.employees)
  department!: Department;

  @Column({ type: "enum", enum: EmploymentType })
  employmentType!: EmploymentType; // @pii none

  @Column({ name: "annual_salary", type: "numeric", precision: 12, scale: 2 })
  annualSalary!: string; // @pii user.financial

  @Column({ name: "salary_currency", length: 3 })
  salaryCurrency!: string; // @pii none

  @Column({ name: "ni_number", nullable: true })
  nationalInsuranceNumber?: string; // @pii user.government_id.national_identification_number

  @Column({ name: "iban", nullable: true })
  iban?: string; // @pii user.financial.bank_account

  @Column({ name: "marital_status", nullable: true })
  maritalStatus?: string; // @pii user.demographic.marital_status

  @Column({ name: "union_member", default: false })
  tradeUnionMember!: boolean; // @pii user.demographic.union_membership

  @Column({ name: "start_date", type: "date" })
  startDate!: string; // @pii none

  @Column({ name: "manager_id", nullable: true })
  managerId?: number; // @pii none

  get displayName(): string { // @pii user.name
    return `${this.givenName} ${this.familyName}`;
  }
}

@Entity("departments")
export class DepartmentRecord {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string; // @pii none

  @Column({ name: "cost_centre" })
  costCentre!: string; // @pii none

  @Column({ name: "office_city" })
  officeCity!: string; // @pii none
}
