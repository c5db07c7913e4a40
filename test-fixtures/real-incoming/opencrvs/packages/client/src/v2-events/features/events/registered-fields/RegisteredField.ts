/*
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 *
 * OpenCRVS is also distributed under the terms of the Civil Registration
 * & Healthcare Disclaimer located at http://opencrvs.org/license.
 *
 * Copyright (C) The OpenCRVS Authors located at https://github.com/opencrvs/opencrvs-core/blob/master/AUTHORS.
 */

import { IntlShape } from 'react-intl'
import {
  AdministrativeArea,
  FieldConfigInput,
  Location,
  User,
  UUID
} from '@opencrvs/commons/client'
import { AdminStructureItem } from '@client/utils/referenceApi'

export interface RegisteredFieldModule<T extends FieldConfigInput> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  stringify?: (value: any, context: StringifierContext<T>) => string
  toCertificateVariables?: (
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    value: any,
    context: StringifierContext<T>
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
  ) => Record<string, any> | string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Input: React.ComponentType<any>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  Output: React.ComponentType<any> | null
}

export interface StringifierContext<F extends FieldConfigInput> {
  intl: IntlShape
  locations: Map<UUID, Location>
  administrativeAreas: Map<UUID, AdministrativeArea>
  users?: User[]
  config?: F
  adminLevels?: AdminStructureItem[]
}
