import {
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

import { TABLES } from '@src/common/constants';
import { MultiLingual } from '@src/common/types/multi-lingual';
import { EntityRelationalHelper } from '@src/utils/relational-entity-helper';

@Entity({
  name: TABLES.cmsUserCategory, // Changed from TABLES.category
})
export class GcCmsCategoryEntity extends EntityRelationalHelper {
  @PrimaryGeneratedColumn('uuid') // Changed from 'uuid' to default SERIAL
  id: string;

  @Column({ type: 'jsonb' })
  value: MultiLingual;

  @Column({ type: 'jsonb', nullable: true })
  description?: MultiLingual;

  @Column({ type: 'boolean', default: true })
  is_active: boolean;

  @Column({ type: 'int', default: 0 })
  sort_order: number;

  @CreateDateColumn({ type: 'timestamp', default: () => 'CURRENT_TIMESTAMP' })
  created_at: Date;

  @UpdateDateColumn({ type: 'timestamp', default: () => 'CURRENT_TIMESTAMP' })
  updated_at: Date;
}
