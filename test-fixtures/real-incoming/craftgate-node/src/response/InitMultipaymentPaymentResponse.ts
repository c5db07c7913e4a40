type InitMultiPaymentResponse = {
  token: string;
  pageUrl: string;
  tokenExpireDate: Date;
};

export default InitMultiPaymentResponse;
