type InitJuzdanPaymentResponse = {
  referenceId: string;
  juzdanQrUrl: string;
};

export default InitJuzdanPaymentResponse;
