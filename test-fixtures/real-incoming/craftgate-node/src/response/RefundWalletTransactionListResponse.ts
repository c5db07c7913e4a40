import PaymentTransactionRefundResponse from './PaymentTransactionRefundResponse';

type RefundWalletTransactionListResponse = {
  items: PaymentTransactionRefundResponse[];
};

export default RefundWalletTransactionListResponse;
