export type MainNavigatorParamList = {
  Home: undefined;
  OrderHistory: undefined;
  Profile: undefined;
};
