type FraudCheckParameters = {
  buyerExternalId?: string;
  buyerPhoneNumber?: string;
  buyerEmail?: string;
  customFraudVariable?: string;
};

export default FraudCheckParameters;
