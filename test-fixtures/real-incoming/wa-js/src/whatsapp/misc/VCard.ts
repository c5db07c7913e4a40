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

import { ContactModel } from '..';
import { exportModule } from '../exportModule';

export interface VCardData {
  displayName: string;
  vcard: string;
  isMultiVcard: false;
}

/** @whatsapp 93778
 * @whatsapp 78521 >= 2.2204.13
 * @whatsapp 893778 >= 2.2222.8
 */
export declare namespace VCard {
  function vcardFromContactModel(contact: ContactModel): VCardData;
  function mergeVcards(vcards: VCardData[]): VCardData;
}

exportModule(exports, 'VCard', (m) => m.vcardFromContactModel);
