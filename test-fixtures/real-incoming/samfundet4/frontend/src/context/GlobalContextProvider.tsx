import axios from 'axios';
import { type ReactNode, createContext, useContext, useEffect, useState } from 'react';
import { getCsrfToken, getKeyValues } from '~/api';
import { MIRROR_CLASS, MOBILE_NAVIGATION_OPEN, type ThemeValue, XCSRFTOKEN } from '~/constants';
import { useTheme } from '~/hooks';
import type { KeyValueMap, SetState } from '~/types';
import { useAuthContext } from './AuthContext';

/**
 * Define which values the global context can contain.
 */
type GlobalContextProps = {
  // Theme
  theme: ThemeValue;
  setTheme: SetState<ThemeValue>;
  switchTheme: () => ThemeValue;

  // Mirror dimension
  mirrorDimension: boolean;
  setMirrorDimension: SetState<boolean>;
  toggleMirrorDimension: () => boolean;

  // Navbar
  isMobileNavigation: boolean;
  setIsMobileNavigation: SetState<boolean>;

  keyValues: KeyValueMap;
};

/**
 * Create context instance.
 */
export const GlobalContext = createContext<GlobalContextProps | undefined>(undefined);

// ====================================================================================================================

/**
 * Hook to retrieve values from GlobalContext.
 */
export function useGlobalContext() {
  const globalContext = useContext(GlobalContext);

  if (globalContext === undefined) {
    throw new Error('useGlobalContext must be used within GlobalContextProvider');
  }

  return globalContext;
}

// ====================================================================================================================

type GlobalContextProviderProps = {
  enabled?: boolean; // Enable/disable all side-effects, useful when used in Storybook.
  children: ReactNode;
};

export function GlobalContextProvider({ children, enabled = true }: GlobalContextProviderProps) {
  // =================================== //
  //        Constants and states         //
  // =================================== //

  const [keyValues, setKeyValues] = useState<KeyValueMap>(new Map());

  const { theme, setTheme, switchTheme } = useTheme();

  // Determines if navbar for mobile is shown.
  const [isMobileNavigation, setIsMobileNavigation] = useState(false);

  const { user } = useAuthContext();

  const [mirrorDimension, setMirrorDimension] = useState<boolean>(false);

  // =================================== //
  //               Effects               //
  // =================================== //

  // Update preferences when user is loaded.
  useEffect(() => {
    if (!user || !enabled) return;
    // load any saved preferences here...
  }, [user, enabled]);

  // Stuff to do on first render.
  useEffect(() => {
    if (!enabled) return;

    // Fetch and set fresh csrf token for future requests.
    getCsrfToken()
      .then((token) => {
        // Update axios globally with new token.
        axios.defaults.headers.common[XCSRFTOKEN] = token;
      })
      .catch(console.error);

    // Load keyValues.
    getKeyValues().then((response) => {
      // Transform KeyValue[] response to Map of [key,value] entries.
      const keyValueMap = new Map(response.data.map((kv) => [kv.key, kv.value ?? '']));
      setKeyValues(keyValueMap);
    });
  }, [enabled]);

  // Update body classes when mobile navigation opens/closes.
  useEffect(() => {
    if (!enabled) return;
    if (isMobileNavigation) {
      document.body.classList.add(MOBILE_NAVIGATION_OPEN);
    } else {
      document.body.classList.remove(MOBILE_NAVIGATION_OPEN);
    }
  }, [isMobileNavigation, enabled]);

  // Update body classes when mirrorDimension is toggled.
  useEffect(() => {
    if (!enabled) return;
    if (mirrorDimension) {
      document.body.classList.add(MIRROR_CLASS);
    } else {
      document.body.classList.remove(MIRROR_CLASS);
    }
  }, [mirrorDimension, enabled]);

  // =================================== //
  //          Helper functions           //
  // =================================== //

  /** Toggles mirrorDimension and returns the state it switched to. */
  function toggleMirrorDimension(): boolean {
    const toggledValue = !mirrorDimension;
    setMirrorDimension(toggledValue);
    return toggledValue;
  }

  // =================================== //
  //    Finalize context with values     //
  // =================================== //

  /** Populated global context values. */
  const globalContextValues: GlobalContextProps = {
    theme,
    setTheme,
    switchTheme,
    isMobileNavigation,
    setIsMobileNavigation,
    mirrorDimension,
    setMirrorDimension,
    toggleMirrorDimension,
    keyValues,
  };

  return <GlobalContext.Provider value={globalContextValues}>{children}</GlobalContext.Provider>;
}
