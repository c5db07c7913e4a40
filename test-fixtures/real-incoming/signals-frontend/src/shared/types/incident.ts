// SPDX-License-Identifier: MPL-2.0
// Copyright (C) 2021 Gemeente Amsterdam
export interface Container {
  id: string
  type: string
  description: string
  iconUrl: string
}
