import { z } from 'zod';

export const GetProjectUsagesForWorkflowSchemeSchema = z.object({
  /** The workflow scheme ID */
  workflowSchemeId: z.string(),
  /** The cursor for pagination */
  nextPageToken: z.string().optional(),
  /** The maximum number of results to return. Must be an integer between 1 and 200. */
  maxResults: z.number().optional(),
});

export type GetProjectUsagesForWorkflowScheme = z.input<typeof GetProjectUsagesForWorkflowSchemeSchema>;
