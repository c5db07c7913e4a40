export interface ISetting {
  openTime: string;
  closeTime: string;
  confirmTime: string;
  isRemote: boolean;
}
