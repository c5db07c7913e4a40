import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  OneToOne,
  JoinColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from "typeorm";
import { Address } from "./address.entity";
import { Order } from "./order.entity";

export enum CustomerTier {
  Standard = "standard",
  Gold = "gold",
}

@Entity({ name: "customers" })
export class Customer {
  @PrimaryGeneratedColumn("uuid")
  id!: string;

  @Column({ name: "first_name", length: 80 })
  firstName!: string; // @pii user.name.first

  @Column({ name: "last_name", length: 80 })
  lastName!: string; // @pii user.name.last

  @Index({ unique: true })
  @Column({ type: "citext" })
  email!: string; // @pii user.contact.email

  @Column({ name: "email_verified", default: false })
  emailVerified!: boolean; // @pii none

  @Column({ name: "email_verified_at", type: "timestamptz", nullable: true })
  emailVerifiedAt?: Date | null; // @pii none

  @Column("varchar", { length: 32, nullable: true })
  phone?: string; // @pii user.contact.phone_number

  @Column({ name: "phone_confirmed", default: false })
  phoneConfirmed!: boolean; // @pii none

  @Column({ type: "date", nullable: true })
  birthday?: string; // @pii user.demographic.date_of_birth

  @Column({ type: "enum", enum: CustomerTier, default: CustomerTier.Standard })
  tier!: CustomerTier; // @pii none

  @Column({ name: "stripe_customer_id", nullable: true })
  stripeCustomerId?: string; // @pii none

  @Column({ name: "password_hash" })
  passwordHash!: string; // @pii none

  @Column({ type: "inet", name: "signup_ip", nullable: true })
  signupIp?: string; // @pii user.device.ip_address

  @Column({ name: "marketing_emails", default: true })
  sendMarketingEmails!: boolean; // @pii none

  @OneToOne(() => Address, { cascade: true, nullable: true })
  @JoinColumn({ name: "default_address_id" })
  defaultAddress?: Address; // @pii user.contact.address  a whole postal-address object (labelling guide)

  @Column({ name: "default_address_id", nullable: true })
  defaultAddressId?: string; // @pii none

  @OneToMany(() => Order, (order) => order.customer)
  orders!: Order[];

  @CreateDateColumn({ name: "created_at" })
  createdAt!: Date;

  @UpdateDateColumn({ name: "updated_at" })
  updatedAt!: Date;

  /** Used on invoices and in the account header. */
  get fullName(): string { // @pii user.name
    return [this.firstName, this.lastName].filter(Boolean).join(" ");
  }

  set fullName(value: string) { // @pii user.name
    const [first, ...rest] = value.trim().split(/\s+/);
    this.firstName = first;
    this.lastName = rest.join(" ");
  }
}
