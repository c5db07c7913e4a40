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

import React from 'react';
import { SecondaryFab } from '../Button.styles';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { useRendererConfigStore } from '../../../stores';

interface NextPageButtonProps {
  isDisabled: boolean;
  onNextPageClick: () => void;
}

function NextPageButton(props: NextPageButtonProps) {
  const { isDisabled, onNextPageClick } = props;

  const nextPageLabel = useRendererConfigStore.use.rendererStrings().nextPage;

  return (
    <SecondaryFab
      size="small"
      aria-label={nextPageLabel}
      disabled={isDisabled}
      onClick={onNextPageClick}>
      <ChevronRightIcon fontSize="small" />
    </SecondaryFab>
  );
}

export default NextPageButton;
