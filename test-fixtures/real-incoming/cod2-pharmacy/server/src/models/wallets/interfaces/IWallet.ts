export interface IWallet {
  amount: number;
  currency: string;
  pinCode: string;
}
