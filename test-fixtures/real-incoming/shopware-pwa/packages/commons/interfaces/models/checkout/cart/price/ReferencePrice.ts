export interface ReferencePrice {
  price: number;
}
