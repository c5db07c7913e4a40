type MasterpassPaymentCompleteRequest = {
  referenceId: string;
  token: string;
};

export default MasterpassPaymentCompleteRequest;
