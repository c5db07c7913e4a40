import { MagentoTokenBaseCard } from './token-base-card.type';

export interface MagentoUpdateCustomerPaymentResponse {
  updateTokenBaseCard: MagentoTokenBaseCard;
}
