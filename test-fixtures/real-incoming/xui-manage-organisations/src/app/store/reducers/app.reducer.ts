import { TCDocument } from '@hmcts/rpx-xui-common-lib';
import { AppConstants } from '../../app.constants';
import { AppTitlesModel } from '../../models/app-titles.model';
import { NavItemModel } from '../../models/nav-items.model';
import { UserNavModel } from '../../models/user-nav.model';
import { AppUtils } from '../../utils/app-utils';
import * as fromAction from '../actions';

export interface AppFeatureFlag {
  featureName: string;
  isEnabled: boolean;
}
export interface ErrorMessage {
  bodyText: string;
  urlText: string;
  url: string;
  newTab?: boolean;
}

export interface GlobalError {
  header: string;
  errors: ErrorMessage[];
}

export interface AppState {
  allNavItems: { [id: string]: object };
  pageTitle: string;
  navItems: NavItemModel[];
  userNav: UserNavModel;
  headerTitle: { regOrg: AppTitlesModel; manageOrg: AppTitlesModel };
  jurisdictions: any[];
  termsAndConditions: TCDocument;
  featureFlags: AppFeatureFlag[];
  globalError: GlobalError;
  modal: { [id: string]: { isVisible?: boolean; countdown?: string } };
}

export const initialState: AppState = {
  allNavItems: AppConstants.ROLES_BASED_NAV,
  pageTitle: '',
  userNav: AppConstants.USER_NAV,
  navItems: [],
  headerTitle: { regOrg: AppConstants.REG_ORG_TITLE, manageOrg: AppConstants.MANAGE_ORG_TITLE },
  jurisdictions: [],
  termsAndConditions: null,
  //  seed with static flags so nav gating works immediately
  featureFlags: AppConstants.STATIC_FEATURE_FLAGS,
  globalError: null,
  modal: {
    session: {
      isVisible: false,
      countdown: ''
    }
  }
};
function mergeFlags(existing: AppFeatureFlag[], incoming: AppFeatureFlag[]): AppFeatureFlag[] {
  const map = new Map<string, AppFeatureFlag>();
  // start with existing
  for (const f of existing ?? []) {
    map.set(f.featureName, f);
  }
  // incoming overrides by name
  for (const f of incoming ?? []) {
    map.set(f.featureName, f);
  }
  return Array.from(map.values());
}

export function reducer(
  state = initialState,
  action: fromAction.appActions
): AppState {
  switch (action.type) {
    case fromAction.LOAD_JURISDICTIONS_GLOBAL_SUCCESS:
      const jurisdictions = action.payload;

      return {
        ...state,
        jurisdictions
      };

    case fromAction.SET_PAGE_TITLE: {
      const pageTitle = AppUtils.setPageTitle(action.payload);
      return {
        ...state,
        pageTitle
      };
    }

    case fromAction.SET_PAGE_TITLE_ERRORS: {
      const EXISTS = -1;
      const pageTitle = (state.pageTitle.indexOf('Error') === EXISTS) ?
        `Error: ${state.pageTitle}` : state.pageTitle;
      return {
        ...state,
        pageTitle
      };
    }

    case fromAction.SET_USER_ROLES: {
      const roles = [...action.payload];
      let navItems = [];
      roles.forEach((role) => {
        if (state.allNavItems.hasOwnProperty(role)) {
          navItems = [
            ...navItems,
            // Allow for multiple nav items per role
            ...(Array.isArray(state.allNavItems[role]) ? state.allNavItems[role] as [] : [state.allNavItems[role]])
          ];
        }
      });
      navItems = navItems.sort((a, b) => {
        if (a.orderId > b.orderId) {
          return 1;
        }

        if (a.orderId < b.orderId) {
          return -1;
        }

        return 0;
      });
      return {
        ...state,
        navItems
      };
    }

    case fromAction.LOGOUT: {
      return {
        ...state,
        ...initialState
      };
    }

    case fromAction.LOAD_TERMS_CONDITIONS_SUCCESS:
      return {
        ...state,
        termsAndConditions: action.payload
      };

    case fromAction.LOAD_FEATURE_TOGGLE_CONFIG_SUCCESS: {
      const featureFlags = mergeFlags(state.featureFlags, action.payload);
      return { ...state, featureFlags };
    }

    case fromAction.APP_ADD_GLOBAL_ERROR: {
      return {
        ...state,
        globalError: action.payload
      };
    }

    case fromAction.APP_CLEAR_GLOBAL_ERROR: {
      return {
        ...state,
        globalError: null
      };
    }

    case fromAction.SET_MODAL: {
      return {
        ...state,
        modal: { ...action.payload }
      };
    }

    default: {
      return state;
    }
  }
}

export const getPageTitle = (state: AppState) => state.pageTitle;
export const getNavItems = (state: AppState) => state.navItems;
export const getUserNavigation = (state: AppState) => state.userNav;
export const getHeaderTitles = (state: AppState) => state.headerTitle;
export const getUserJuridictions = (state: AppState) => state.jurisdictions;
export const getTermsConditions = (state: AppState) => state.termsAndConditions;
export const getFeatureFlag = (state: AppState) => state.featureFlags;
export const getGlobalError = (state: AppState) => state.globalError;
export const getModal = (state: AppState) => state.modal;
