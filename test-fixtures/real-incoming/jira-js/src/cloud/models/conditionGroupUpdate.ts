import { z } from 'zod';
import { apiObject, openEnum } from '#/core';
import { WorkflowRuleConfigurationSchema, type WorkflowRuleConfiguration } from './workflowRuleConfiguration';

export interface ConditionGroupUpdate {
  conditionGroups?: ConditionGroupUpdate[];
  conditions?: WorkflowRuleConfiguration[];
  operation: 'ANY' | 'ALL' | (string & {});
}
/** The conditions group associated with the transition. */

export const ConditionGroupUpdateSchema: z.ZodType<ConditionGroupUpdate> = apiObject({
  /** The nested conditions of the condition group. */
  conditionGroups: z.array(z.lazy(() => ConditionGroupUpdateSchema)).optional(),
  /** The rules for this condition. */
  conditions: z.array(WorkflowRuleConfigurationSchema).optional(),
  /**
   * Determines how the conditions in the group are evaluated. Accepts either `ANY` or `ALL`. If `ANY` is used, at least
   * one condition in the group must be true for the group to evaluate to true. If `ALL` is used, all conditions in the
   * group must be true for the group to evaluate to true.
   */
  operation: openEnum(['ANY', 'ALL']),
});
