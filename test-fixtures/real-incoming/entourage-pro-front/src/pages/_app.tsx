// use modified version of UIkit because of bug where we can't touch scroll on Offcanvas

import 'src/styles/dist/css/uikit.entourage.min.css';
import 'src/styles/styles.css';
import 'src/features/modals/Modal/Modal.css';
import 'react-lite-youtube-embed/dist/LiteYouTubeEmbed.css';
import 'react-phone-number-input/style.css';
import 'react-tooltip/dist/react-tooltip.css';

import { datadogRum } from '@datadog/browser-rum';
import type { AppProps } from 'next/app';
import { useRouter } from 'next/router';
import React, { useEffect, useState } from 'react';
import { Provider, useSelector } from 'react-redux';

import { useOnboardingRedirect } from '@/src/features/wizard/onboarding/useOnboardingRedirect';
import { ModalsListener } from '../features/modals/Modal';
import { GA_TAGS } from 'src/constants/tags';
import { useAuthentication } from 'src/hooks/authentication/useAuthentication';
import { useMount } from 'src/hooks/utils';
import * as gtag from 'src/lib/gtag';
import { gaEventWithUser } from 'src/lib/gtag';
import { DataProvider } from 'src/store/DataProvider';
import { store } from 'src/store/store';
import { GlobalStyle } from 'src/styles/GlobalStyle';
import { selectCurrentUser } from 'src/use-cases/current-user';

/** ************
 * This component is detached because it needs Redux content to work properly
 */
const RouteReadyComponent = ({ Component, pageProps }: AppProps) => {
  const currentUser = useSelector(selectCurrentUser);

  useEffect(() => {
    if (currentUser) {
      gaEventWithUser(GA_TAGS.BACKOFFICE_OPEN.action, {
        userId: currentUser.id,
        zone: currentUser.zone,
        role: currentUser.role,
      });
    }
  }, [currentUser]);

  const { isAuthRouteReady } = useAuthentication();
  const { isOnboardingRouteReady } = useOnboardingRedirect({ currentUser });

  return isAuthRouteReady && isOnboardingRouteReady ? (
    <Component {...pageProps} />
  ) : null;
};

const EntourageApp = (props: AppProps) => {
  const [shouldScrollToTop, setShouldScrollToTop] = useState(true);
  const { events, beforePopState } = useRouter();

  useMount(() => {
    events.on('routeChangeComplete', (url) => {
      gtag.pageview(url);
    });
  });

  useEffect(() => {
    beforePopState(() => {
      setShouldScrollToTop(false);
      return true;
    });
  }, [beforePopState]);

  useEffect(() => {
    const scrollToTop = (_url, { shallow }) => {
      if (!shallow && shouldScrollToTop) {
        setShouldScrollToTop(true);
        document?.getElementById('body')?.scrollTo(0, 0);
      }
    };
    events.on('routeChangeComplete', scrollToTop);
    return () => {
      events.off('routeChangeComplete', scrollToTop);
    };
  }, [events, shouldScrollToTop]);

  useEffect(() => {
    if (
      !process.env.NEXT_PUBLIC_DD_APP_ID ||
      !process.env.NEXT_PUBLIC_DD_CLIENT_TOKEN
    ) {
      console.warn(
        'Datadog RUM not initialized: missing environment variables'
      );
      return;
    }
    if (datadogRum.getInitConfiguration()) {
      // already initialized
      return;
    }
    datadogRum.init({
      applicationId: process.env.NEXT_PUBLIC_DD_APP_ID,
      clientToken: process.env.NEXT_PUBLIC_DD_CLIENT_TOKEN,
      site: 'datadoghq.eu',
      service: 'entourage-pro-next',
      env: process.env.NEXT_PUBLIC_ENV,
      version: process.env.NEXT_PUBLIC_RELEASE_VERSION,
      sessionSampleRate: 100,
      sessionReplaySampleRate: 0,
      trackBfcacheViews: true,
      trackUserInteractions: false,
      trackResources: false,
      trackLongTasks: true,
      trackEarlyRequests: true,
      trackAnonymousUser: true,
      defaultPrivacyLevel: 'mask',
    });
  }, []);

  return (
    <Provider store={store}>
      <DataProvider>
        <>
          <GlobalStyle />
          <RouteReadyComponent {...props} />
          <ModalsListener />
        </>
      </DataProvider>
    </Provider>
  );
};

export default EntourageApp;
