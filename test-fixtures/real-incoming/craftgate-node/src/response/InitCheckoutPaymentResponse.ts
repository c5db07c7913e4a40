type InitCheckoutPaymentResponse = {
  token: string;
  pageUrl: string;
  tokenExpireDate: Date;
};

export default InitCheckoutPaymentResponse;
