import { BelongsTo, Column, DataType, ForeignKey, Model, Table } from "sequelize-typescript";
import { Clinic } from "./clinic.model";
import { Patient } from "./patient.model";

export type AppointmentStatus = "booked" | "checked_in" | "completed" | "cancelled" | "no_show";

@Table({ tableName: "appointments", underscored: true })
export class Appointment extends Model {
  @ForeignKey(() => Patient)
  @Column(DataType.UUID)
  declare patientId: string; // @pii none

  @BelongsTo(() => Patient)
  declare patient: Patient;

  @ForeignKey(() => Clinic)
  @Column(DataType.INTEGER)
  declare clinicId: number;

  @Column(DataType.DATE)
  declare startsAt: Date;

  @Column(DataType.STRING)
  declare status: AppointmentStatus; // @pii none

  @Column(DataType.STRING)
  declare practitionerName: string; // @pii user.name

  @Column(DataType.TEXT)
  declare reasonForVisit: string | null; // @pii user.health_and_medical

  @Column(DataType.STRING)
  declare diagnosisCode: string | null; // @pii user.health_and_medical

  @Column(DataType.STRING)
  declare confirmationEmailTemplate: string; // @pii none

  @Column(DataType.DATE)
  declare reminderSentAt: Date | null; // @pii none
}
