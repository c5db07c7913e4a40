import { z } from 'zod';

export const SearchPrioritiesSchema = z.object({
  /** The index of the first item to return in a page of results (page offset). */
  startAt: z.string().optional(),
  /** The maximum number of items to return per page. */
  maxResults: z.string().optional(),
  /** The list of priority IDs. To include multiple IDs, provide an ampersand-separated list. For example, `id=2&id=3`. */
  id: z.array(z.string()).optional(),
  /**
   * The list of projects IDs. To include multiple IDs, provide an ampersand-separated list. For example,
   * `projectId=10010&projectId=10111`.
   */
  projectId: z.array(z.string()).optional(),
  /** The name of priority to search for. */
  priorityName: z.string().optional(),
  /** Whether only the default priority is returned. */
  onlyDefault: z.boolean().optional(),
  /**
   * Use `schemes` to return the associated priority schemes for each priority. Limited to returning first 15 priority
   * schemes per priority.
   */
  expand: z.string().optional(),
});

export type SearchPriorities = z.input<typeof SearchPrioritiesSchema>;
