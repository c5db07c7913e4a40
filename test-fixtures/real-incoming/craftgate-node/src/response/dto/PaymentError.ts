type PaymentError = {
  errorCode: string;
  errorDescription: string;
  errorGroup: string;
};

export default PaymentError;
