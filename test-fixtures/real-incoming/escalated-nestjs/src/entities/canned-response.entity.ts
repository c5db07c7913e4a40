import {
  Entity,
  PrimaryGeneratedColumn,
  Column,
  CreateDateColumn,
  UpdateDateColumn,
} from 'typeorm';
import { userIdColumn, UserId } from '../config/user-id-column';

@Entity('escalated_canned_responses')
export class CannedResponse {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ length: 255 })
  title: string;

  @Column({ length: 100 })
  shortCode: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ length: 50, default: 'shared' })
  scope: string; // shared, personal

  @Column(userIdColumn({ nullable: true }))
  createdBy: UserId | null;

  @Column({ type: 'int', nullable: true })
  departmentId: number;

  @Column({ default: true })
  isActive: boolean;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}
