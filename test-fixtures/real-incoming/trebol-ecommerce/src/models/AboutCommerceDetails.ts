/*
 * Copyright (c) 2022 The Trebol eCommerce Project
 *
 * This software is released under the MIT License.
 * https://opensource.org/licenses/MIT
 */

export interface AboutCommerceDetails {
  name: string;
  description: string;
  bannerImageURL: string;
  logoImageURL: string;
}
