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

import * as React from 'react';
import { convert } from 'html-to-text';

import { Head, Html, Tailwind } from '@react-email/components';
import { TranslatedText } from '../translate';

import tailwindConfig from '../../tailwind.config.js';

type Props = {
  children: React.ReactNode;
  subject: TranslatedText | string;
};

export default function LayoutCore({ children, subject }: Props) {
  const subjectPlain = typeof subject === 'object' ? subject.text : subject;
  const thText = typeof subject === 'object' ? subject.expr : null;

  return (
    <Html>
      <Head>
        <title {...{ 'th:text': thText }}>{convert(subjectPlain)}</title>
      </Head>
      <Tailwind config={tailwindConfig}>{children}</Tailwind>
    </Html>
  );
}
