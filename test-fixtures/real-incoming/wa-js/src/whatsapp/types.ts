/*!
 * Copyright 2021 WPPConnect Team
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import { SendMsgResult } from './enums';

export interface SendMsgResultObject {
  messageSendResult: SendMsgResult;
  t?: number;
  count?: number | null;
}

/**
 * Chat list filter kinds, the values of WhatsApp's `WAWebChatSearchFilters`.
 */
export type ChatSearchFilter =
  | 'unread'
  | 'favorites'
  | 'group'
  | 'community'
  | 'broadcast'
  | 'contact'
  | 'non_contact'
  | 'assigned_to_you'
  | 'personal'
  | 'business'
  | 'labels'
  | 'channels'
  | 'ai_responding'
  | 'ai_handoff';
