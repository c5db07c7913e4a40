type ApprovePaymentTransactionsRequest = {
  paymentTransactionIds: number[];
  isTransactional?: boolean;
};

export default ApprovePaymentTransactionsRequest;
