export interface ProductCategory {
  /** The system generated identifier for the product category. */
  categoryId: number;
  /** 	Name or description for the product category. */
  name: string;
}
