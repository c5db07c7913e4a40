export type SupplierMockConfig = {
  limit: string;
  supplierId: string;
  specificationIdMapping: Map<string, string>;
};
