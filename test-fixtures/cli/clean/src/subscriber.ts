export interface Subscriber {
  email: string;
  subscribedAt: Date;
}
