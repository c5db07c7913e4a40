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

import Fade from '@mui/material/Fade';
import SyncIcon from '@mui/icons-material/Sync';

interface ExpressionUpdateFadingIconProps {
  fadeIn: boolean;
  disabled: boolean;
}

function ExpressionUpdateFadingIcon(props: ExpressionUpdateFadingIconProps) {
  const { fadeIn, disabled } = props;

  return (
    <Fade in={fadeIn} timeout={{ enter: 100, exit: 300 }}>
      <SyncIcon
        color="success"
        fontSize="small"
        sx={{
          ...(disabled ? { color: 'text.disabled' } : null),
          animation: 'spin 1s linear infinite',
          '@keyframes spin': {
            '0%': { transform: 'rotate(0deg)' },
            '100%': { transform: 'rotate(360deg)' }
          }
        }}
      />
    </Fade>
  );
}

export default ExpressionUpdateFadingIcon;
