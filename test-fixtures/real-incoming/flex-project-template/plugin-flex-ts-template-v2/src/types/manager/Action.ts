import { Action as ReduxAction } from 'redux';

// Extend this payload to be of type that your ReduxAction is
// Normally you'd follow this pattern...https://redux.js.org/recipes/usage-with-typescript#a-practical-example
// But that breaks the typing when adding the reducer to Flex, so no payload intellisense for you!
export default interface Action extends ReduxAction {
  payload?: any;
}
