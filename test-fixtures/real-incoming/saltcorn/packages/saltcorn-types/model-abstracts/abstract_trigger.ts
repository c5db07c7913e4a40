import { Row } from "@saltcorn/db-common/internal";
import type { AbstractTable } from "./abstract_table.js";
import type { AbstractTag } from "./abstract_tag.js";
import type { WorkflowStepCfg } from "./abstract_workflow_step.js";

export interface AbstractTrigger {
  name?: string;
  action: string;
  description?: string;
  table_id?: number | null;
  table_name?: string;
  when_trigger: string;
  channel?: string;
  id?: number | null;
  configuration: any;
  min_role?: number;

  toJson(): any;
  delete(): Promise<void>;
  clone(): Promise<AbstractTrigger>;

  runWithoutRow(runargs: any): Promise<boolean>;
  getTags(): Promise<Array<AbstractTag>>;
  haltOnOnlyIf: (row: Row, user?: Row) => boolean;
  authorize(
    user: any,
    opts: { action: "get" | "post"; req: any; state?: Row; body?: Row }
  ): Promise<boolean>;
}

export type TriggerCfg = {
  name?: string;
  action: string;
  description?: string;
  table_id?: number | null;
  table_name?: string;
  table?: AbstractTable;
  when_trigger: string;
  channel?: string;
  id?: number | null;
  configuration?: any;
  min_role?: number;
  steps?: Array<WorkflowStepCfg>;
  updated_at?: Date;
};

export type TriggerPack = {} & TriggerCfg;
