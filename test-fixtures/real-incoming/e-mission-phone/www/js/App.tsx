import React, { useEffect, useState, createContext } from 'react';
import { AppStateStatus } from 'react-native';
import { ActivityIndicator, PaperProvider } from 'react-native-paper';
import { SafeAreaView } from 'react-native-safe-area-context';
import i18next from 'i18next';
import packageJson from '../../package.json';
import useAppConfig from './useAppConfig';
import OnboardingStack from './onboarding/OnboardingStack';
import {
  OnboardingRoute,
  OnboardingState,
  getPendingOnboardingState,
} from './onboarding/onboardingHelper';
import { setServerConnSettings } from './config/serverConn';
import AppStatusModal from './AppStatusModal';
import usePermissionStatus from './usePermissionStatus';
import AlertArea from './components/AlertArea';
import Main from './Main';
import { joinWithTokenOrUrl } from './config/dynamicConfig';
import { addStatReading } from './plugin/clientStats';
import { displayErrorMsg, logDebug } from './plugin/logger';
import { registerAndUpdateProfile, updateUserProfile, UserProfile } from './splash/userProfile';
import { getTheme } from './appTheme';
import DeploymentConfig from 'op-deployment-configs';

const URL_SCHEME = packageJson.cordova.plugins['cordova-plugin-customurlscheme'].URL_SCHEME;

type AppContextProps = {
  appConfig: DeploymentConfig | null;
  handleTokenOrUrl: (tokenOrUrl: string, joinMethod: OnboardingJoinMethod) => Promise<boolean>;
  onboardingState: OnboardingState | null;
  setOnboardingState: React.Dispatch<React.SetStateAction<OnboardingState | null>>;
  refreshOnboardingState: () => Promise<OnboardingState>;
  permissionStatus: ReturnType<typeof usePermissionStatus>;
  permissionsPopupVis: boolean;
  setPermissionsPopupVis: React.Dispatch<React.SetStateAction<boolean>>;
  userProfile: UserProfile | null;
  updateUserProfile: (profileUpdate: Partial<UserProfile>) => Promise<void>;
  customLabelMap: CustomLabelMap;
  setCustomLabelMap: React.Dispatch<React.SetStateAction<CustomLabelMap>>;
};

export const AppContext = createContext<AppContextProps>({} as AppContextProps);
type CustomLabelMap = {
  [k: string]: string[];
};
type OnboardingJoinMethod = 'scan' | 'paste' | 'textbox' | 'external';

const theme = getTheme();

const App = ({ appState }: { appState: AppStateStatus }) => {
  // will remain null while the onboarding state is still being determined
  const [onboardingState, setOnboardingState] = useState<OnboardingState | null>(null);
  const [permissionsPopupVis, setPermissionsPopupVis] = useState(false);
  const [userProfile, setUserProfile] = useState<UserProfile | null>(null);
  const [customLabelMap, setCustomLabelMap] = useState<CustomLabelMap>({});
  const appConfig = useAppConfig();
  const permissionStatus = usePermissionStatus(appState, appConfig);

  const refreshOnboardingState = () =>
    getPendingOnboardingState().then((state) => {
      setOnboardingState(state);
      return state;
    });

  useEffect(() => {
    refreshOnboardingState();
  }, []);

  async function handleTokenOrUrl(tokenOrUrl: string, joinMethod: OnboardingJoinMethod) {
    const onboardingState = await refreshOnboardingState();
    logDebug(`handleTokenOrUrl: onboardingState = ${JSON.stringify(onboardingState)}`);
    if (onboardingState.route > OnboardingRoute.WELCOME) {
      displayErrorMsg(i18next.t('join.already-logged-in', { token: onboardingState.opcode }));
      return false;
    }
    const configUpdated = await joinWithTokenOrUrl(tokenOrUrl);
    addStatReading('onboard', { configUpdated, joinMethod });
    if (configUpdated) {
      refreshOnboardingState();
    }
    return configUpdated;
  }

  // handleOpenURL function must be provided globally for cordova-plugin-customurlscheme
  // https://www.npmjs.com/package/cordova-plugin-customurlscheme
  window['handleOpenURL'] = (url: string) => {
    if (url?.startsWith(URL_SCHEME + '://')) {
      handleTokenOrUrl(url, 'external');
    } else {
      logDebug(`handleOpenURL: Ignoring ${url} - does not start with ${URL_SCHEME}://`);
    }
  };

  useEffect(() => {
    if (!appConfig) return;
    setServerConnSettings(appConfig).then(() => {
      refreshOnboardingState();
    });
  }, [appConfig]);

  // when onboardingState is DONE, call registerAndUpdateProfile
  // and setUserProfile with the latest profile
  useEffect(() => {
    if (!appConfig || onboardingState?.route != OnboardingRoute.DONE) return;
    registerAndUpdateProfile(appConfig)
      .then(setUserProfile)
      .catch((e) => {
        displayErrorMsg(e, 'Error while registering and updating profile');
      });
  }, [appConfig, onboardingState?.route]);

  const appContextValue = {
    appConfig,
    handleTokenOrUrl,
    onboardingState,
    setOnboardingState,
    refreshOnboardingState,
    permissionStatus,
    permissionsPopupVis,
    setPermissionsPopupVis,
    userProfile,
    updateUserProfile: (p) => updateUserProfile(p, userProfile).then(setUserProfile),
    customLabelMap,
    setCustomLabelMap,
  };

  let appContent;
  if (onboardingState == null) {
    // if onboarding state is not yet determined, show a loading spinner
    appContent = <ActivityIndicator size={'large'} style={{ flex: 1 }} />;
  } else if (onboardingState?.route == OnboardingRoute.DONE) {
    // if onboarding route is DONE, show the main app with navigation between tabs
    appContent = <Main />;
  } else {
    // if there is an onboarding route that is not DONE, show the onboarding stack
    appContent = <OnboardingStack />;
  }

  return (
    <PaperProvider theme={theme}>
      <SafeAreaView style={{ flex: 1, backgroundColor: theme.colors.elevation.level2 }}>
        <AppContext.Provider value={appContextValue}>
          {appContent}
          {/* If we are fully consented, (route > PROTOCOL), the permissions popup can show if needed.
          This also includes if onboarding is DONE altogether (because "DONE" is > "PROTOCOL") */}
          {onboardingState && onboardingState.route > OnboardingRoute.PROTOCOL && (
            <AppStatusModal />
          )}
          <AlertArea />
        </AppContext.Provider>
      </SafeAreaView>
    </PaperProvider>
  );
};

export default App;
