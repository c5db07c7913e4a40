export type MainParamList = {
  Home: undefined;
  DeliveryHistory: undefined;
  Profile: undefined;
};
