type MerchantApiCredential = {
  name: string;
  apiKey: string;
  secretKey: string;
};

export default MerchantApiCredential;
