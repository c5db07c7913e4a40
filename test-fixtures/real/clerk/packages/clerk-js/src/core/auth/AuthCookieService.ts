import { isValidBrowserOnline } from '@clerk/shared/browser';
import type { createClerkEventBus } from '@clerk/shared/clerkEventBus';
import { clerkEvents } from '@clerk/shared/clerkEventBus';
import type { createCookieHandler } from '@clerk/shared/cookie';
import { setDevBrowserInURL } from '@clerk/shared/devBrowser';
import {
  isClerkAPIResponseError,
  isClerkRuntimeError,
  isNetworkError,
  isUnauthenticatedError,
} from '@clerk/shared/error';
import { inCrossOriginIframe } from '@clerk/shared/internal/clerk-js/runtime';
import type { Clerk, InstanceType } from '@clerk/shared/types';
import { noop } from '@clerk/shared/utils';

import { debugLogger } from '@/utils/debug';

import { clerkMissingDevBrowser } from '../errors';
import { eventBus, events } from '../events';
import type { FapiClient } from '../fapiClient';
import { Environment } from '../resources/Environment';
import { Token } from '../resources/Token';
import { normalizeOrgId, pickFreshestJwt, tokenOiat, tokenOrgId, tokenSid } from '../tokenFreshness';
import { createActiveContextCookie } from './cookies/activeContext';
import type { ClientUatCookieHandler } from './cookies/clientUat';
import { createClientUatCookie } from './cookies/clientUat';
import type { SessionCookieHandler } from './cookies/session';
import { createSessionCookie } from './cookies/session';
import { getCookieSuffix } from './cookieSuffix';
import type { DevBrowser } from './devBrowser';
import { createDevBrowser } from './devBrowser';
import { SessionCookiePoller } from './SessionCookiePoller';

// TODO(@dimkl): make AuthCookieService singleton since it handles updating cookies using a poller
// and we need to avoid updating them concurrently.
/**
 * The AuthCookieService class is a service responsible to handle
 * all operations and helpers required in a standard browser context
 * based on the cookies to remove the dependency between cookies
 * and auth from the Clerk instance.
 * This service is responsible to:
 *   - refresh the session cookie using a poller
 *   - refresh the session cookie on tab focus and visibility change
 *   - update the related cookies listening to the `token:update` event
 *   - initialize auth related cookies for development instances (eg __client_uat, __clerk_db_jwt)
 *   - cookie setup for production / development instances
 * It also provides the following helpers:
 *   - isSignedOut(): check if the current user is signed-out using cookies
 *   - decorateUrlWithDevBrowserToken(): decorates url with auth related info (eg dev browser)
 *   - handleUnauthenticatedDevBrowser(): resets dev browser in case of invalid dev browser
 */
export class AuthCookieService {
  private poller: SessionCookiePoller | null = null;
  private clientUat: ClientUatCookieHandler;
  private sessionCookie: SessionCookieHandler;
  private activeCookie: ReturnType<typeof createCookieHandler>;
  private devBrowser: DevBrowser;

  public static async create(
    clerk: Clerk,
    fapiClient: FapiClient,
    instanceType: InstanceType,
    clerkEventBus: ReturnType<typeof createClerkEventBus>,
  ) {
    const cookieSuffix = await getCookieSuffix(clerk.publishableKey);
    const service = new AuthCookieService(clerk, fapiClient, cookieSuffix, instanceType, clerkEventBus);
    await service.setup();
    return service;
  }

  private constructor(
    private clerk: Clerk,
    fapiClient: FapiClient,
    cookieSuffix: string,
    private instanceType: InstanceType,
    private clerkEventBus: ReturnType<typeof createClerkEventBus>,
  ) {
    // set cookie on token update
    eventBus.on(events.TokenUpdate, ({ token }) => {
      this.updateSessionCookie(token && token.getRawString());
      this.setClientUatCookieForDevelopmentInstances();
    });

    eventBus.on(events.UserSignOut, () => this.handleSignOut());

    // Environment can resolve after auth cookies are first written.
    eventBus.on(events.EnvironmentUpdate, () => {
      this.devBrowser.refreshCookies();
      void this.refreshSessionToken({ updateCookieImmediately: true });
      this.setClientUatCookieForDevelopmentInstances();
    });

    this.refreshTokenOnFocus();
    this.startPollingForToken();

    const cookieOptions = {
      usePartitionedCookies: () => Environment.getInstance().partitionedCookies,
    };
    this.clientUat = createClientUatCookie(cookieSuffix, cookieOptions);
    this.sessionCookie = createSessionCookie(cookieSuffix, cookieOptions);
    this.activeCookie = createActiveContextCookie();
    this.devBrowser = createDevBrowser({
      frontendApi: clerk.frontendApi,
      fapiClient,
      cookieSuffix,
      cookieOptions,
    });
  }

  public async setup() {
    if (this.instanceType === 'production') {
      return this.setupProduction();
    } else {
      return this.setupDevelopment();
    }
  }

  public isSignedOut() {
    if (!this.clerk.loaded) {
      return this.clientUat.get() <= 0;
    }
    return !this.clerk.user;
  }

  public async handleUnauthenticatedDevBrowser() {
    this.devBrowser.clear();
    await this.devBrowser.setup();
  }

  public decorateUrlWithDevBrowserToken(url: URL): URL {
    const devBrowser = this.devBrowser.getDevBrowser();
    if (!devBrowser) {
      return clerkMissingDevBrowser();
    }

    return setDevBrowserInURL(url, devBrowser);
  }

  private async setupDevelopment() {
    await this.devBrowser.setup();
  }

  private setupProduction() {
    this.devBrowser.clear();
  }

  public startPollingForToken() {
    if (!this.poller) {
      this.poller = new SessionCookiePoller();
      this.poller.startPollingForSessionToken(() => this.refreshSessionToken());
    }
  }

  public stopPollingForToken() {
    if (this.poller) {
      this.poller.stopPollingForSessionToken();
      this.poller = null;
    }
  }

  private refreshTokenOnFocus() {
    const refreshIfVisible = () => {
      if (document.visibilityState === 'visible') {
        // Certain data-fetching libraries that refetch on focus use setTimeout(cb, 0) to schedule a task on the event loop.
        // This gives us an opportunity to ensure the session cookie is updated with a fresh token before the fetch occurs, but it needs to
        // be done with a microtask. Promises schedule microtasks, and so by using `updateCookieImmediately: true`, we ensure that the cookie
        // is updated as part of the scheduled microtask. Our existing event-based mechanism to update the cookie schedules a task, and so the cookie
        // is updated too late and not guaranteed to be fresh before the refetch occurs.
        // While online `.schedule()` executes synchronously and immediately, ensuring the above mechanism will not break.
        void this.refreshSessionToken({ updateCookieImmediately: true });
      }
    };

    // `focus` covers top-level tabs (and the multi-tab active-organization handoff added in #3786), but it never fires
    // inside a cross-origin iframe on tab re-activation unless the frame itself is clicked. `visibilitychange` does
    // propagate into the iframe, so embedded apps (e.g. a preview pane) still get a fresh cookie before they refetch.
    window.addEventListener('focus', refreshIfVisible);
    if (typeof document !== 'undefined') {
      document.addEventListener('visibilitychange', refreshIfVisible);
    }
  }

  private async refreshSessionToken({
    updateCookieImmediately = false,
  }: {
    updateCookieImmediately?: boolean;
  } = {}): Promise<void> {
    if (!this.clerk.session) {
      return;
    }

    try {
      const token = await this.clerk.session.getToken();
      if (updateCookieImmediately) {
        this.updateSessionCookie(token);
      }
    } catch (e) {
      return this.handleGetTokenError(e);
    }
  }

  private updateSessionCookie(token: string | null) {
    // Only allow background tabs to update if both session and organization match.
    // A cross-origin iframe never reports focus even while visible, so treat a visible embedded
    // frame as eligible to write; top-level multi-tab ownership still keys on `document.hasFocus()`.
    if (!document.hasFocus() && !this.inVisibleCrossOriginIframe() && !this.isCurrentContextActive()) {
      return;
    }

    if (token && this.#shouldDropStaleToken(token)) {
      return;
    }

    if (!token && !isValidBrowserOnline()) {
      debugLogger.warn('Removing session cookie (offline)', { sessionId: this.clerk.session?.id }, 'authCookieService');
    }

    this.setActiveContextInStorage();

    return token ? this.sessionCookie.set(token) : this.sessionCookie.remove();
  }

  // Returns true only when `raw` is strictly staler than the SAME session+org current cookie.
  // Fails open (false) for tokens without oiat, decode failures, cross-context tokens, and an
  // already-expired current cookie: the cookie enforces monotonicity within one session+org
  // only, never across a session/org switch.
  #shouldDropStaleToken(raw: string): boolean {
    const incoming = this.#decodeToken(raw);
    if (!incoming || tokenOiat(incoming) == null) {
      return false;
    }

    const current = this.#decodeToken(this.sessionCookie.get());
    if (!current || tokenOiat(current) == null) {
      return false;
    }

    // An expired cookie is not a freshness baseline: a valid fresh mint must always be
    // able to replace it, even when a stale edge read gives it a lower oiat.
    const currentExp = current.jwt?.claims?.exp;
    if (typeof currentExp !== 'number' || currentExp <= Math.floor(Date.now() / 1000)) {
      return false;
    }

    // Only a same session+org cookie is a comparable freshness baseline; write through otherwise.
    if (
      tokenSid(current) !== tokenSid(incoming) ||
      normalizeOrgId(tokenOrgId(current)) !== normalizeOrgId(tokenOrgId(incoming))
    ) {
      return false;
    }

    return pickFreshestJwt(current, incoming) === current;
  }

  #decodeToken(raw: string | undefined): Token | null {
    if (!raw) {
      return null;
    }
    try {
      const token = new Token({ id: '__session', jwt: raw, object: 'token' });
      return token.jwt ? token : null;
    } catch {
      return null;
    }
  }

  public setClientUatCookieForDevelopmentInstances() {
    if (!this.clerk.client) {
      return;
    }
    if (this.instanceType !== 'production' && this.inCustomDevelopmentDomain()) {
      this.clientUat.set(this.clerk.client);
    }
  }

  private inCustomDevelopmentDomain() {
    const domain = this.clerk.frontendApi.replace('clerk.', '');
    return !window.location.host.endsWith(domain);
  }

  private handleGetTokenError(e: any) {
    //early return if not a clerk api error (aka fapi error) and not a network error
    if (!isClerkAPIResponseError(e) && !isClerkRuntimeError(e) && !isNetworkError(e)) {
      return;
    }

    if (isUnauthenticatedError(e)) {
      void this.clerk.handleUnauthenticated().catch(noop);
      return;
    }

    // The poller failed to fetch a fresh session token, update status to `degraded`.
    this.clerkEventBus.emit(clerkEvents.Status, 'degraded');

    // --------
    // Treat any other error as a noop
    // TODO(debug-logs): Once debug logs is available log this error.
    // --------
  }

  private handleSignOut() {
    this.activeCookie.remove();
    this.sessionCookie.remove();
    this.setClientUatCookieForDevelopmentInstances();
  }

  /**
   * The below methods handle active context tracking (session and organization) to ensure
   * only tabs with matching context can update the session cookie.
   * The format of the cookie value is "<session id>:<org id>" where either part can be empty.
   */

  public setActiveContextInStorage() {
    const sessionId = this.clerk.session?.id || '';
    const orgId = this.clerk.organization?.id || '';
    const contextValue = `${sessionId}:${orgId}`;

    if (contextValue !== ':') {
      this.activeCookie.set(contextValue);
    } else {
      this.activeCookie.remove();
    }
  }

  private inVisibleCrossOriginIframe() {
    return inCrossOriginIframe() && document.visibilityState === 'visible';
  }

  private isCurrentContextActive() {
    const activeContext = this.activeCookie.get();
    if (!activeContext) {
      // we should always have an active context, so return true if there isn't one and treat the current context as active
      return true;
    }

    const [activeSessionId, activeOrgId] = activeContext.split(':');
    const currentSessionId = this.clerk.session?.id || '';
    const currentOrgId = this.clerk.organization?.id || '';

    return activeSessionId === currentSessionId && activeOrgId === currentOrgId;
  }

  public getSessionCookie() {
    return this.sessionCookie.get();
  }
}
