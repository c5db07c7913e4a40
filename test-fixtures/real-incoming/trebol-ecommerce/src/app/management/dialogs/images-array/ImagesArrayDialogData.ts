/*
 * Copyright (c) 2022 The Trebol eCommerce Project
 *
 * This software is released under the MIT License.
 * https://opensource.org/licenses/MIT
 */

import { Image } from 'src/models/entities/Image';

export interface ImagesArrayDialogData {
  existing: Image[];
}
