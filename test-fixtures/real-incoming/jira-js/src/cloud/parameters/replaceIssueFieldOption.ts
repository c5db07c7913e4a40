import { z } from 'zod';

export const ReplaceIssueFieldOptionSchema = z.object({
  /** The ID of the option that will replace the currently selected option. */
  replaceWith: z.number().optional(),
  /** A JQL query that specifies the issues to be updated. For example, _project=10000_. */
  jql: z.string().optional(),
  /**
   * Whether screen security is overridden to enable hidden fields to be edited. Available to Connect and Forge app
   * users with admin permission.
   */
  overrideScreenSecurity: z.boolean().optional(),
  /**
   * Whether screen security is overridden to enable uneditable fields to be edited. Available to Connect and Forge app
   * users with _Administer Jira_ [global permission](https://confluence.atlassian.com/x/x4dKLg).
   */
  overrideEditableFlag: z.boolean().optional(),
  /**
   * The field key is specified in the following format: **$(app-key)__$(field-key)**. For example,
   * _example-add-on__example-issue-field_. To determine the `fieldKey` value, do one of the following:
   *
   * - Open the app's plugin descriptor, then **app-key** is the key at the top and **field-key** is the key in the
   *   `jiraIssueFields` module. **app-key** can also be found in the app listing in the Atlassian Universal Plugin
   *   Manager.
   * - Run [Get
   *   fields](https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-fields/#api-rest-api-3-field-get)
   *   and in the field details the value is returned in `key`. For example, `"key": "teams-add-on__team-issue-field"`
   */
  fieldKey: z.string(),
  /** The ID of the option to be deselected. */
  optionId: z.number(),
});

export type ReplaceIssueFieldOption = z.input<typeof ReplaceIssueFieldOptionSchema>;
