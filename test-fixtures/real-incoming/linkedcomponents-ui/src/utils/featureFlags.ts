import { getEnvValue } from '../common/utils/envUtils';

export type FeatureFlags = {
  SHOW_ADMIN: boolean;
  SHOW_PLACE_PAGES: boolean;
  SWEDISH_TRANSLATIONS: boolean;
  WEB_STORE_INTEGRATION: boolean;
};

const getFeatureFlags = (): FeatureFlags => ({
  SHOW_ADMIN: getEnvValue('REACT_APP_SHOW_ADMIN') === 'true',
  SHOW_PLACE_PAGES: getEnvValue('REACT_APP_SHOW_PLACE_PAGES') === 'true',
  SWEDISH_TRANSLATIONS:
    getEnvValue('REACT_APP_ENABLE_SWEDISH_TRANSLATIONS') === 'true',
  WEB_STORE_INTEGRATION:
    getEnvValue('REACT_APP_WEB_STORE_INTEGRATION_ENABLED') === 'true',
});

const isFeatureEnabled = (feature: keyof FeatureFlags): boolean =>
  getFeatureFlags()[feature];

export const featureFlagUtils = {
  isFeatureEnabled,
  getFeatureFlags,
};
