/*
 * Copyright (c) 2022 The Trebol eCommerce Project
 *
 * This software is released under the MIT License.
 * https://opensource.org/licenses/MIT
 */

import { ProductList } from "src/models/entities/ProductList";

export interface ProductListContentsDialogData {
  list: ProductList;
}
