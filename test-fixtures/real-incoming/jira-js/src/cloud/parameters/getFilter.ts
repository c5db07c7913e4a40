import { z } from 'zod';
import { openEnum } from '#/core';

export const GetFilterSchema = z.object({
  /** The ID of the filter to return. */
  id: z.number(),
  /**
   * Use [expand](https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro#expansion) to include additional
   * information about filter in the response. This parameter accepts a comma-separated list. Expand options include:
   *
   * - `sharedUsers` Returns the users that the filter is shared with. This includes users that can browse projects that
   *   the filter is shared with. If you don't specify `sharedUsers`, then the `sharedUsers` object is returned but it
   *   doesn't list any users. The list of users returned is limited to 1000, to access additional users append
   *   `[start-index:end-index]` to the expand request. For example, to access the next 1000 users, use
   *   `?expand=sharedUsers[1001:2000]`.
   * - `subscriptions` Returns the users that are subscribed to the filter. If you don't specify `subscriptions`, the
   *   `subscriptions` object is returned but it doesn't list any subscriptions. The list of subscriptions returned is
   *   limited to 1000, to access additional subscriptions append `[start-index:end-index]` to the expand request. For
   *   example, to access the next 1000 subscriptions, use `?expand=subscriptions[1001:2000]`.
   */
  expand: z
    .union([
      z.string(),
      z.array(z.string()),
      openEnum(['sharedUsers', 'subscriptions']),
      z.array(openEnum(['sharedUsers', 'subscriptions'])),
    ])
    .optional(),
  /**
   * EXPERIMENTAL: Whether share permissions are overridden to enable filters with any share permissions to be returned.
   * Available to users with _Administer Jira_ [global permission](https://confluence.atlassian.com/x/x4dKLg).
   */
  overrideSharePermissions: z.boolean().optional(),
});

export type GetFilter = z.input<typeof GetFilterSchema>;
