/*
 * Copyright (c) 2022 The Trebol eCommerce Project
 *
 * This software is released under the MIT License.
 * https://opensource.org/licenses/MIT
 */

export class Person {
  firstName: string;
  lastName: string;
  idNumber: string;
  email: string;
  phone1: string;
  phone2: string;
}
