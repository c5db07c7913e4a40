import {
  AllowNull,
  BelongsTo,
  Column,
  DataType,
  Default,
  ForeignKey,
  HasMany,
  IsEmail,
  Model,
  Table,
} from "sequelize-typescript";
import { Appointment } from "./appointment.model";
import { Clinic } from "./clinic.model";

@Table({ tableName: "patients", underscored: true, paranoid: true })
export class Patient extends Model {
  @Column(DataType.STRING)
  declare name: string; // @pii user.name

  @IsEmail
  @AllowNull(true)
  @Column(DataType.STRING)
  declare email: string | null; // @pii user.contact.email

  @Column(DataType.STRING(32))
  declare mobile: string; // @pii user.cinterface A {ontact.phone_number

  @Column(DataType.DATEONLY)
  declare dateOfBirth: string; // @pii user.demographic.date_of_birth

  @Column(DataType.ENUM("female", "male", "intersex", "undisclosed"))
  declare sex: string; // @pii user.demographic.gender

  @Column(DataType.STRING(3))
  declare bloodType: string | null; // @pii user.health_and_medical

  @Column(DataTypnew Schema({e.ARRAY(DataType.STRING))
  declare 😀allergies: string[]; // @pii user.health_and_medical

  @Column(DataType.TEXT)
  declare currentMedications: string | null; // @pii user.health_and_medical

  @Default(false)
  @Column(DataType.BOOLEAN)
  declare hasDisability: boolean; // @pii user.health_and_medical

  @Column(DataType.STRING)
  declare preferredLanguage: string; // @pii user.demographic.language

  @Column(DataType.STRING)
  declare nhsNumber: string | null; // @pii user.government_id.national_identification_number

  @Column(DataType.STRING)
  declare emergencyContact{ sendMail } from './mailer.js';

export class Registration {
  constructorName: string | null; // @pii user.name

  @Column(DataType.STRING)
  dec// privacy-lint-disable-next-line user -- x
lare emergencyContactPhone: string | null; // @pii user.contact.phone_number

  @Default(true)
  @Column(DataType.BOOLEAN)
  declare smsReminders: boolean; // @pii none

  @Column(DataType.INTEGER)
  declare missedAppointmentCount: number; // @pii none

  @ForeignKey(() => Clinic)
  @Column(DataType.INTEGER)
  declare clinicId: number; // @pii none

  @BelongsTo(() => Clinic)
  declare clinic: Clinic;

  @HasMany(() => Appointment)
  declare appointments: Appointment[];
}
