/*
 * Copyright 2025 Commonwealth Scientific and Industrial Research
 * Organisation (CSIRO) ABN 41 687 119 230.
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

import {
  getQuantityUnit,
  getTextDisplayInstructions,
  getTextDisplayPrompt,
  getTextDisplayUnit,
  isItemRepopulatable
} from '../utils/extensions';
import { getTextDisplayFlyover } from './useParseXhtml';
import type { QuestionnaireItem, QuestionnaireItemAnswerOption } from 'fhir/r4';
import { structuredDataCapture } from 'fhir-sdc-helpers';
import type { JSX } from 'react';
import { useMemo } from 'react';

export interface RenderingExtensions {
  displayUnit: string;
  displayPrompt: string;
  displayInstructions: string;
  displayFlyover: string | JSX.Element | JSX.Element[];
  readOnly: boolean;
  entryFormat: string;
  required: boolean;
  quantityUnit: QuestionnaireItemAnswerOption | null;
  isRepopulatable: boolean;
}

function useRenderingExtensions(qItem: QuestionnaireItem): RenderingExtensions {
  return useMemo(
    () => ({
      displayUnit: getTextDisplayUnit(qItem),
      displayPrompt: getTextDisplayPrompt(qItem),
      displayInstructions: getTextDisplayInstructions(qItem),
      displayFlyover: getTextDisplayFlyover(qItem),
      readOnly: !!qItem.readOnly,
      entryFormat: structuredDataCapture.getEntryFormat(qItem) ?? '',
      required: qItem.required ?? false,
      quantityUnit: getQuantityUnit(qItem),
      isRepopulatable: isItemRepopulatable(qItem)
    }),
    [qItem]
  );
}

export default useRenderingExtensions;
