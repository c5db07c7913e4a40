import RefundStatus from '../model/RefundStatus';

type WaitingPaymentRefundResponse = {
  status: RefundStatus;
};

export default WaitingPaymentRefundResponse;
