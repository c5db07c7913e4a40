import { MagentoTokenBaseCard } from './token-base-card.type';

export interface MagentoGetCustomerPaymentResponse {
  tokenBaseCards: [MagentoTokenBaseCard];
}
