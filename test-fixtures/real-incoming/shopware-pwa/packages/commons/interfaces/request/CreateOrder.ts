/**
 * @public
 */
export interface CreateOrderParams {
  customerComment?: string;
  affiliateCode?: string;
  campaignCode?: string;
  [key: string]: any;
}
