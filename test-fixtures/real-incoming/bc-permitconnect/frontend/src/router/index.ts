import { createRouter, createWebHistory } from 'vue-router';

import externalRoutes from '@/router/external';
import internalRoutes from '@/router/internal';
import oidcRoutes from '@/router/oidc';
import contactRoutes from '@/router/contact';
import { AuthService } from '@/services';
import {
  useAppStore,
  useAuthNStore,
  useAuthZStore,
  useCodeStore,
  useConfigStore,
  useEnquiryStore,
  usePermitStore,
  useProjectStore
} from '@/store';
import { NavigationPermission } from '@/store/authzStore';
import { Initiative, RouteName, StorageKey, Zone } from '@/utils/enums/application';
import { loadAuthenticatedContext } from '@/utils/bootstrap';

import type { LocationQuery, RouteLocationNormalizedGeneric, RouteParamsGeneric, RouteRecordRaw } from 'vue-router';

/**
 * Checks for user access to the requested route and redirect if necessary
 * @param to The route to navigate to
 * @returns A Vue route
 */
export function accessHandler(to: RouteLocationNormalizedGeneric) {
  const access = to.meta.access as NavigationPermission[];

  if (access?.length) {
    const authzStore = useAuthZStore();
    if (!authzStore.canNavigate(access)) {
      return { name: RouteName.NOT_FOUND };
    }
  }
}

/**
 * Obtains any information that should be loaded only once on hard navigation
 */
async function bootstrap() {
  const appStore = useAppStore();
  const authnStore = useAuthNStore();
  const codeStore = useCodeStore();
  const configStore = useConfigStore();

  appStore.beginDeterminateLoading();

  await configStore.init();
  await authnStore.init();
  await codeStore.init();

  await loadAuthenticatedContext();

  appStore.endDeterminateLoading();
}

/**
 * Parses the route query and params to generate Vue props
 * @param route The route object
 * @returns A Vue props object
 */
export function createProps(route: { query: LocationQuery; params: RouteParamsGeneric }): object {
  return { ...route.query, ...route.params };
}

/**
 * Checks for proper navigation on entry based on role
 * @param to The route to navigate to
 * @returns A Vue route
 */
export function entryRedirect(to: RouteLocationNormalizedGeneric) {
  const authzStore = useAuthZStore();

  // Electrification
  if (to.name === RouteName.INT_ELECTRIFICATION && !authzStore.canNavigate(NavigationPermission.INT_ELECTRIFICATION)) {
    return { name: RouteName.EXT_ELECTRIFICATION };
  }
  if (to.name === RouteName.EXT_ELECTRIFICATION && !authzStore.canNavigate(NavigationPermission.EXT_ELECTRIFICATION)) {
    return { name: RouteName.INT_ELECTRIFICATION };
  }

  // General
  if (to.name === RouteName.INT_GENERAL && !authzStore.canNavigate(NavigationPermission.INT_GENERAL)) {
    return { name: RouteName.EXT_GENERAL };
  }
  if (to.name === RouteName.EXT_GENERAL && !authzStore.canNavigate(NavigationPermission.EXT_GENERAL)) {
    return { name: RouteName.INT_GENERAL };
  }

  // Housing
  if (to.name === RouteName.INT_HOUSING && !authzStore.canNavigate(NavigationPermission.INT_HOUSING)) {
    return { name: RouteName.EXT_HOUSING };
  }
  if (to.name === RouteName.EXT_HOUSING && !authzStore.canNavigate(NavigationPermission.EXT_HOUSING)) {
    return { name: RouteName.INT_HOUSING };
  }
}

function convertRemToPixels(rem: number) {
  const pixels = rem * Number.parseFloat(getComputedStyle(document.documentElement).fontSize);
  return pixels || 64;
}

const routes: RouteRecordRaw[] = [
  {
    path: '/',
    component: () => import('@/views/GenericView.vue'),
    beforeEnter: [
      bootstrap,
      () => {
        useAppStore().setInitiative(Initiative.PCNS);
        useAppStore().setZone(Zone.GLOBAL);
      },
      entryRedirect,
      accessHandler
    ],
    children: [
      {
        path: '/',
        name: RouteName.HOME,
        component: () => import('@/views/HomeView.vue'),
        beforeEnter: [
          () => {
            useAppStore().setInitiative(Initiative.PCNS);
            useAppStore().setZone(Zone.GLOBAL);
          }
        ],
        meta: { hideBreadcrumb: true }
      },
      {
        path: '/developer',
        name: RouteName.DEVELOPER,
        component: () => import('@/views/DeveloperView.vue'),
        beforeEnter: accessHandler,
        meta: { requiresAuth: true, access: [NavigationPermission.DEVELOPER] }
      },
      {
        path: '/forbidden',
        name: RouteName.FORBIDDEN,
        component: () => import('@/views/ForbiddenView.vue')
      },

      ...externalRoutes,
      ...internalRoutes,
      ...oidcRoutes,
      ...contactRoutes,

      {
        path: '/:pathMatch(.*)*',
        name: RouteName.NOT_FOUND,
        component: () => import('@/views/NotFoundView.vue'),
        meta: { hideBreadcrumb: true }
      }
    ]
  }
];

export default function getRouter() {
  const appStore = useAppStore();
  const authService = new AuthService();

  const router = createRouter({
    history: createWebHistory(),
    routes,
    // TODO: Uncomment when navigating to last location/tab/etc. is fixed
    // scrollBehavior(to, from, savedPosition) {
    scrollBehavior(to, from) {
      // Scroll to hash
      // Slight delay to account for asynchronous loading
      if (to.hash) {
        return new Promise((resolve) => {
          setTimeout(() => {
            resolve({
              el: to.hash,
              behavior: 'smooth',
              top: convertRemToPixels(5)
            });
          }, 500);
        });
      } else if (to.name === from.name) {
        // Do not scroll if same page
        return false;
      } else {
        // Default scroll to top
        return { top: 0 };
      }
    }
  });

  router.beforeEach(async (to, from) => {
    appStore.beginDeterminateLoading();

    // Backend Redirection Handler
    if (to.query?.r) {
      router.replace({
        path: to.query.r ? to.query.r.toString() : to.path,
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        query: (({ r, ...q }) => q)(to.query),
        hash: to.hash
      });
    }

    // Authentication guard
    if (to.meta.requiresAuth) {
      const user = await authService.getUser();
      if (!user || user.expired) {
        globalThis.sessionStorage.setItem(StorageKey.AUTH, `${to.fullPath}`);
        router.push({ name: RouteName.OIDC_LOGIN });
        return;
      }
    }

    // Reset stores if navigating to a new route
    // We do not want to reset stores if navigating to the same named route
    // Typically this means param, query, or hash is being silently updated
    if (to.name !== from.name) {
      useEnquiryStore().reset();
      usePermitStore().reset();
      useProjectStore().reset();
    }
  });

  router.afterEach(() => {
    appStore.endDeterminateLoading();
  });

  return router;
}
