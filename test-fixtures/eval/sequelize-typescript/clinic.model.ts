import { Column, DataType, HasMany, Model, Table } from "sequelize-typescript";
import { Appointment } from "./appointment.model";

@Table({ tableName: "clinics", underscored: true })
export class Clinic extends Model {
  @Column(DataType.STRING)
  declare name: string; // @pii none

  @Column(DataType.STRING)
  declare addressLine1: string; // @pii none  the clinic's premises

  @Column(DataType.STRING)
  declare city: string; // @pii none

  @Column(DataType.STRING)
  declare postcode: string; // @pii none

  @Column(DataType.STRING)
  declare receptionPhone: string; // @pii none  switchboard number, published

  @Column(DataType.STRING)
  declare supportEmail: string; // @pii none

  @Column(DataType.STRING)
  declare timezone: string; // @pii none

  @HasMany(() => Appointment)
  declare appointments: Appointment[];
}
