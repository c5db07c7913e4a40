/**
 * Copyright (C) 2024 Tolgee s.r.o. and contributors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *         http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import type { MessageProps } from './translate.js';

import _t from './translate.js';

type Props = {
  keyName: string;
  defaultValue: string;
  demoParams?: MessageProps;
};

export default function LocalizedText(props: Props) {
  return _t(props.keyName, props.defaultValue, props.demoParams);
}
