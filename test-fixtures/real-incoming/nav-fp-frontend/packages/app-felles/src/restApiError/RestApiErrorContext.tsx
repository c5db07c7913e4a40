import { createContext, type JSX, type ReactNode, use, useCallback, useReducer } from 'react';

import type { FpError } from './errorType';

const defaultInitialState = {
  errors: [],
};

type Action = { type: 'add'; data: FpError } | { type: 'remove' };
type Dispatch = (action: Action) => void;
type State = { errors: FpError[] };

const RestApiErrorStateContext = createContext<State>(defaultInitialState);
const RestApiErrorDispatchContext = createContext<Dispatch | undefined>(undefined);

interface Props {
  children: ReactNode;
  initialState?: State;
}

/**
 * Tilbyr kontekst for lagring av feilmeldinger.
 */
export const RestApiErrorProvider = ({ children, initialState }: Props): JSX.Element => {
  const [state, dispatch] = useReducer((oldState: State, action: Action) => {
    switch (action.type) {
      case 'add':
        return {
          errors: oldState.errors.concat(action.data),
        };
      case 'remove':
        return defaultInitialState;
      default:
        throw new Error("Action type doesn't exist");
    }
  }, initialState || defaultInitialState);

  return (
    <RestApiErrorStateContext value={state}>
      <RestApiErrorDispatchContext value={dispatch}>{children}</RestApiErrorDispatchContext>
    </RestApiErrorStateContext>
  );
};

/**
 * Hook som tilbyr funksjoner for å legge til eller fjerne feil i kontekst.
 */
export const useRestApiErrorDispatcher = () => {
  const dispatch = use(RestApiErrorDispatchContext);

  const addErrorMessage = useCallback(
    (data: FpError) => {
      if (dispatch) {
        dispatch({ type: 'add', data });
      }
    },
    [dispatch],
  );
  const removeErrorMessages = useCallback(() => {
    if (dispatch) {
      dispatch({ type: 'remove' });
    }
  }, [dispatch]);

  return {
    addErrorMessage,
    removeErrorMessages,
  };
};

/**
 * Hook som henter alle feilmeldinger registrert i kontekst.
 */
export const useRestApiError = () => {
  const state = use(RestApiErrorStateContext);
  return state.errors;
};
