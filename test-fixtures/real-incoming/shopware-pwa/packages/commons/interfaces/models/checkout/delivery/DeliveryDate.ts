export interface DeliveryDate {
  readonly earliest: Date;
  readonly latest: Date;
}
