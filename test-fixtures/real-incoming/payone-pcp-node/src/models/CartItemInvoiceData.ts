/** @description Object containing the line items of the invoice or shopping cart. */
export interface CartItemInvoiceData {
  /**
   * @description Shopping cart item description.
   *     The description will also be displayed in the portal as the product name
   *     if orderLineDetails.productName is not set.
   *
   * @example Smartwatch
   */
  description?: string;
}
