/*
 * This file is a part of signNow SDK API client.
 *
 * (с) Copyright © 2011-present airSlate Inc. (https://www.signnow.com)
 *
 * For more details on copyright, see LICENSE.md file
 * that was distributed with this source code.
 */

export interface ShareInfo {
  is_team_shared: boolean;
  role: string;
  is_personally_shared_to_others: boolean;
}
