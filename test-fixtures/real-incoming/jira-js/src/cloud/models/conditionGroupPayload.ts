import { z } from 'zod';
import { apiObject, openEnum } from '#/core';
import { RulePayloadSchema, type RulePayload } from './rulePayload';

export interface ConditionGroupPayload {
  conditionGroup?: ConditionGroupPayload[];
  conditions?: RulePayload[];
  operation?: 'ANY' | 'ALL' | (string & {});
}
/** The payload for creating a condition group in a workflow */

export const ConditionGroupPayloadSchema: z.ZodType<ConditionGroupPayload> = apiObject({
  /** The nested conditions of the condition group. */
  conditionGroup: z.array(z.lazy(() => ConditionGroupPayloadSchema)).optional(),
  /** The rules for this condition. */
  conditions: z.array(RulePayloadSchema).optional(),
  /**
   * Determines how the conditions in the group are evaluated. Accepts either `ANY` or `ALL`. If `ANY` is used, at least
   * one condition in the group must be true for the group to evaluate to true. If `ALL` is used, all conditions in the
   * group must be true for the group to evaluate to true.
   */
  operation: openEnum(['ANY', 'ALL']).optional(),
});
