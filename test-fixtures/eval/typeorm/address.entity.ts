import { Column, Entity, ManyToOne, PrimaryGeneratedColumn } from "typeorm";
import { Customer } from "./customer.entity";

@Entity({ name: "addresses" })
export class Address {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @ManyToOne(() => Customer, { onDelete: "CASCADE" })
  customer!: Customer;

  @Column({ name: "customer_id" })
  customerId!: string; // @pii none

  @Column({ name: "recipient_name" })
  recipientName!: string; // @pii user.name

  @Column({ name: "line1" })
  line1!: string; // @pii user.contact.address.street

  @Column({ name: "line2", nullable: true })
  line2?: string; // @pii user.contact.address.street

  @Column()
  city!: string; // @pii user.contact.address.city

  @Column({ nullable: true })
  region?: string; // @pii user.contact.address.state

  @Column({ name: "postal_code", length: 16 })
  postalCode!: string; // @pii user.contact.address.postal_code

  @Column({ length: 2 })
  country!: string; // @pii user.contact.address.country

  @Column({ name: "is_default", default: false })
  isDefault!: boolean;

  @Column({ name: "validated_by", nullable: true })
  addressService?: string; // @pii none  which validation provider checked it
}

/** Fulfilment centres we ship from. */
@Entity({ name: "warehouses" })
export class Warehouse {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  name!: string; // @pii none

  @Column()
  street!: string; // @pii none  company premises

  @Column()
  city!: string; // @pii none

  @Column({ name: "postal_code" })
  postalCode!: string; // @pii none

  @Column({ length: 2 })
  country!: string; // @pii none

  @Column("double precision")
  latitude!: number; // @pii none

  @Column("double precision")
  longitude!: number; // @pii none

  @Column({ name: "manager_email" })
  managerEmail!: string; // @pii user.contact.email
}
