import { Column, Entity, PrimaryGeneratedColumn } from "typeorm";

@Entity()
export class Customer {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column()
  email!: string;

  @Column()
  phoneNumber!: string;

  @Column()
  firstName!: string;

  @Column({ default: false })
  emailVerified!: boolean;
}
