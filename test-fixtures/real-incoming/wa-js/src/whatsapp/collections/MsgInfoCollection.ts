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

import { exportModule } from '../exportModule';
import { MsgInfoModel } from '../models';
import { BaseCollection } from './BaseCollection';

/**
 * @whatsapp 617972 >= 2.2222.8
 * @whatsapp 739245 >= 2.2242.6
 */
export declare class MsgInfoCollection extends BaseCollection<MsgInfoModel> {
  static model: MsgInfoModel;
  static staleCollection?: any;
  updateInfo(e?: any, t?: any, r?: any, a?: any, i?: any, n?: any): any;
}
exportModule(
  exports,
  { MsgInfoCollection: ['MsgInfoCollectionImpl', 'MsgInfoCollection'] },
  (m) => m.MsgInfoCollectionImpl || m.MsgInfoCollection
);
