type CreateInstantWalletSettlementRequest = {
  excludedSubMerchantMemberIds: number[];
};

export default CreateInstantWalletSettlementRequest;
