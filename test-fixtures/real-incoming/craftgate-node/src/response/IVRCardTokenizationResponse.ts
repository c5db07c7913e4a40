type IVRCardTokenizationResponse = {
  binNumber: string;
  lastFourDigits: string;
  cardUserKey: string;
  cardToken: string;
  secureFieldsToken: string;
};

export default IVRCardTokenizationResponse;
