export interface ItemOption {
  /**
   * Name of item option.
   * @example "Size"
   */
  name: string;
  /**
   * Value of the item option.
   * @example "Medium"
   */
  value: string;
}
