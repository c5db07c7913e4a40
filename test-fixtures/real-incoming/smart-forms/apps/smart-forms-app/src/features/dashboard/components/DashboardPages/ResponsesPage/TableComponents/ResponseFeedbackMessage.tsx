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

import { Typography } from '@mui/material';
import type { Questionnaire } from 'fhir/r4';
import ResponseEmptyFeedback from '../../ResponseEmptyFeedback.tsx';

interface ResponseFeedbackMessageProps {
  feedbackType: 'error' | 'empty' | 'loading';
  searchedQuestionnaire: Questionnaire | null;
}

function ResponseFeedbackMessage(props: ResponseFeedbackMessageProps) {
  const { feedbackType, searchedQuestionnaire } = props;

  if (feedbackType === 'error') {
    return (
      <>
        <Typography variant="h6">Oops, an error occurred</Typography>
        <Typography>Try again later, or try searching for something else.</Typography>
      </>
    );
  }

  if (feedbackType === 'loading') {
    return <Typography variant="subtitle1">Loading responses...</Typography>;
  }

  return <ResponseEmptyFeedback searchedQuestionnaire={searchedQuestionnaire} />;
}

export default ResponseFeedbackMessage;
