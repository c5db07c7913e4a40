/*!
 * Copyright 2024 WPPConnect Team
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

import { exportModule } from '../exportModule';

/** @whatsapp WAWebBizQueryOrderJob >= 2.30000.0 */
export declare function queryOrder(
  productId: string,
  imageWidth: number,
  imageHeight: number,
  token: string,
  e?: any
): Promise<{
  currency: string;
  createdAt: number;
  products: {
    id: string;
    price: number | null;
    thumbnailId: string | null;
    thumbnailUrl: string | null;
    currency: string | null;
    name: string;
    quantity: number | null;
    properties: [string, string][];
  }[];
  subtotal: number | null;
  total: number | null;
  tax: number | null;
}>;

exportModule(
  exports,
  {
    queryOrder: 'queryOrder',
  },
  // WA >= 2.3000.1042652105 dropped `queryOrderResponse` from the module and
  // moved `queryOrder` into `WAWebBizQueryOrderJob`. Keep the legacy predicate
  // for older versions still listed in wa-version/html.
  // TODO: remove the legacy branch when 2.30xx pre-1042652105 is no longer available in wa-version/html
  (m, id) =>
    (m.queryOrder && m.queryOrderResponse) || id === 'WAWebBizQueryOrderJob'
);
