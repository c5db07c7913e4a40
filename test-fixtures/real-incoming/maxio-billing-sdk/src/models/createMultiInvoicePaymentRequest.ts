/**
 * AdvancedBilling
 *
 * This file was automatically generated for Maxio by APIMATIC v3.0 ( https://www.apimatic.io ).
 */

import { expandoObject, lazy, Schema } from '../schema.js';
import {
  CreateMultiInvoicePayment,
  createMultiInvoicePaymentSchema,
} from './createMultiInvoicePayment.js';

export interface CreateMultiInvoicePaymentRequest {
  payment: CreateMultiInvoicePayment;
  [key: string]: unknown;
}

export const createMultiInvoicePaymentRequestSchema: Schema<CreateMultiInvoicePaymentRequest> = lazy(
  () => expandoObject({ payment: ['payment', createMultiInvoicePaymentSchema] })
);
