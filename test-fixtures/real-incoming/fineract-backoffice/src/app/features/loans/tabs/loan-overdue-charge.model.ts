/*
 * Licensed to the Apache Software Foundation (ASF) under one
 * or more contributor license agreements.  See the NOTICE file
 * distributed with this work for additional information
 * regarding copyright ownership.  The ASF licenses this file
 * to you under the Apache License, Version 2.0 (the
 * "License"); you may not use this file except in compliance
 * with the License.  You may obtain a copy of the License at
 *
 *   http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing,
 * software distributed under the License is distributed on an
 * "AS IS" BASIS, WITHOUT WARRANTIES OR CONDITIONS OF ANY
 * KIND, either express or implied.  See the License for the
 * specific language governing permissions and limitations
 * under the License.
 */

/**
 * A charge the platform applies once a loan falls overdue.
 *
 * Declared here rather than imported: `GetLoansLoanIdResponse` types `delinquent`,
 * `loanTermVariations` and `originators`, but not `overdueCharges` — the upstream OpenAPI
 * document omits it even though every loan response carries it. Stating the shape once beats
 * casting at each read.
 */
export interface LoanOverdueCharge {
  id?: number;
  name?: string;
  amount?: number;
  currency?: { code?: string; displaySymbol?: string };
  chargeTimeType?: { id?: number; value?: string };
  chargeCalculationType?: { id?: number; value?: string };
  penalty?: boolean;
  active?: boolean;
}
