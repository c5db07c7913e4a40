/** @description Object containing details of the company. */
export interface CompanyInformation {
  /**
   * @description Name of company from a customer perspective
   * @example Customer Company Name
   */
  name?: string;
}
