import SettlementResultStatus from '../model/SettlementResultStatus';

type SettlementResponse = {
  settlementResultStatus: SettlementResultStatus;
};

export default SettlementResponse;
