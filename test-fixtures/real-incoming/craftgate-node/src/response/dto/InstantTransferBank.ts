type InstantTransferBank = {
  bankCode: string;
  bankName: string;
  bankLogoUrl: string;
};

export default InstantTransferBank;
