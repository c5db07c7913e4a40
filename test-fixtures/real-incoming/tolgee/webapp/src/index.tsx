import React, { StrictMode, Suspense } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { StyledEngineProvider } from '@mui/material/styles';
import {
  DevTools,
  LanguageDetector,
  Tolgee,
  TolgeeProvider,
} from '@tolgee/react';
import { FormatIcu } from '@tolgee/format-icu';
import { createRoot } from 'react-dom/client';
import { QueryClientProvider } from 'react-query';

import { BrowserRouter } from 'react-router-dom';
import { SnackbarProvider } from 'notistack';
import 'reflect-metadata';

import { GlobalLoading, LoadingProvider } from 'tg.component/GlobalLoading';
import { GlobalErrorModal } from 'tg.component/GlobalErrorModal';
import { BottomPanelProvider } from 'tg.component/bottomPanel/BottomPanelContext';
import { GlobalContext } from 'tg.globalContext/GlobalContext';
import { App } from './component/App';
import ErrorBoundary from './component/ErrorBoundary';
import { FullPageLoading } from './component/common/FullPageLoading';
import { ThemeProvider } from './ThemeProvider';

import { MuiLocalizationProvider } from '@tginternal/library/components/MuiLocalizationProvider';
import { languageStorage, queryClient } from './initialSetup';
import { GlobalStyles } from './GlobalStyles';
import { branchName } from './branch.json';
import { showConsoleHello } from './showConsoleHello';

showConsoleHello();

function getFeatureName(branch: string) {
  const parts = branch.split('/');
  return parts[parts.length - 1];
}

const tolgee = Tolgee()
  .use(DevTools())
  .use(FormatIcu())
  .use(LanguageDetector())
  .use(languageStorage)
  .init({
    defaultLanguage: 'en',
    fallbackLanguage: 'en',
    apiUrl: import.meta.env.VITE_APP_TOLGEE_API_URL || 'https://app.tolgee.io',
    apiKey: import.meta.env.VITE_APP_TOLGEE_API_KEY,
    tagNewKeys: [`draft: ${getFeatureName(branchName)}`],
    staticData: {
      en: () => import('./i18n/en.json').then((m) => m.default),
      es: () => import('./i18n/es.json').then((m) => m.default),
      cs: () => import('./i18n/cs.json').then((m) => m.default),
      fr: () => import('./i18n/fr.json').then((m) => m.default),
      de: () => import('./i18n/de.json').then((m) => m.default),
      pt: () => import('./i18n/pt.json').then((m) => m.default),
      da: () => import('./i18n/da.json').then((m) => m.default),
      ja: () => import('./i18n/ja.json').then((m) => m.default),
      zh: () => import('./i18n/zh.json').then((m) => m.default),
    },
  });

const MainWrapper = () => {
  return (
    <StyledEngineProvider injectFirst>
      <ThemeProvider>
        <CssBaseline />
        <LoadingProvider>
          <GlobalLoading />
          <Suspense fallback={<FullPageLoading />}>
            <TolgeeProvider
              tolgee={tolgee}
              fallback={<FullPageLoading />}
              options={{ useSuspense: false }}
            >
              <BrowserRouter>
                <QueryClientProvider client={queryClient}>
                  {/* @ts-ignore */}
                  <ErrorBoundary>
                    <SnackbarProvider
                      anchorOrigin={{ horizontal: 'right', vertical: 'top' }}
                      SnackbarProps={{
                        // @ts-ignore
                        'data-cy': 'notistack-snackbar',
                      }}
                    >
                      <GlobalContext>
                        <BottomPanelProvider>
                          <GlobalStyles />
                          <MuiLocalizationProvider>
                            <App />
                            <GlobalErrorModal />
                          </MuiLocalizationProvider>
                        </BottomPanelProvider>
                      </GlobalContext>
                    </SnackbarProvider>
                  </ErrorBoundary>
                </QueryClientProvider>
              </BrowserRouter>
            </TolgeeProvider>
          </Suspense>
        </LoadingProvider>
      </ThemeProvider>
    </StyledEngineProvider>
  );
};

const root = createRoot(document.getElementById('root')!);
root.render(
  <StrictMode>
    <MainWrapper />
  </StrictMode>
);
