export type AutopilotState = {
  isThreeDsUp: boolean;
  isNonThreeDsUp: boolean;
};

export default AutopilotState;
