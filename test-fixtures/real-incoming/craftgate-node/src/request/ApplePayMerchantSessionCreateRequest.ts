type ApplePayMerchantSessionCreateRequest = {
  merchantIdentifier: string;
  displayName: string;
  initiative: string;
  initiativeContext: string;
  validationUrl: string;
};

export default ApplePayMerchantSessionCreateRequest;
