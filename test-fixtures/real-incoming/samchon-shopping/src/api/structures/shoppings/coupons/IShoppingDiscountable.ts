export interface IShoppingDiscountable<Combination> {
  deposit: number;
  mileage: number;
  combinations: Combination[];
}
