type InitCheckoutCardVerifyResponse = {
  token: string;
  pageUrl: string;
  tokenExpireDate: Date;
};

export default InitCheckoutCardVerifyResponse;
