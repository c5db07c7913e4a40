import type { Express, NextFunction, Request, Response } from 'express';

import { ApplicationError } from '../../ApplicationError';
import { HTTPError } from '../../HttpError';
import { getTranslationFunction, populateCommonTranslations } from '../i18n';

import { authFailure } from './authFailure';
import { getErrorPageKey } from './errorPageKeys';

import { Logger } from '@modules/logger';

const logger = Logger.getLogger('error-handler');

export function createNotFoundHandler(): (req: Request, res: Response, next: NextFunction) => void {
  return (req: Request, res: Response, next: NextFunction) => {
    if (!res.headersSent && !(res as { writableEnded?: boolean }).writableEnded) {
      const url = req.originalUrl || 'Unknown URL';
      // Skip logging for common browser/dev tools requests that generate harmless 404s
      const shouldSkipLogging = url.startsWith('/.well-known/') || url.startsWith('/favicon.ico');

      if (!shouldSkipLogging) {
        logger.error('Page not found', url);
      }
      next(new HTTPError('Page not found', 404));
    } else {
      next();
    }
  };
}

export function createErrorHandler(env: string): (err: Error, req: Request, res: Response, next: NextFunction) => void {
  return (err: Error, req: Request, res: Response, next: NextFunction) => {
    // If response already sent, don't try to handle the error
    if (res.headersSent || (res as { writableEnded?: boolean }).writableEnded || res.finished) {
      return next(err);
    }

    const httpError =
      err instanceof HTTPError
        ? err
        : new HTTPError(err.message || 'Internal server error', (err as HTTPError).status || 500);
    const status = httpError.status || 500;

    // Skip logging for common browser/dev tools requests that generate harmless 404s
    const url = req.originalUrl || 'Unknown URL';
    const shouldSkipLogging = status === 404 && (url.startsWith('/.well-known/') || url.startsWith('/favicon.ico'));

    if (!shouldSkipLogging) {
      logger.error('Request failed', {
        errorMessage: err.message,
        stack: err.stack,
        method: req.method,
        status,
        url,
      });
    }

    const t = getTranslationFunction(req, ['common']);

    res.locals.message = httpError.message;
    res.locals.error = env === 'development' ? httpError : {};

    if (err instanceof ApplicationError) {
      res.locals.errorTitle = t(`applicationErrors.${err.errorCode}.title`);
      res.locals.errorParagraph = t(`applicationErrors.${err.errorCode}.paragraph`);
    } else {
      const errorPageKey = getErrorPageKey(status);
      res.locals.errorPageKey = errorPageKey;

      if (errorPageKey === 'serviceUnavailable' && httpError.retryAfter) {
        // Retry-After can be seconds or an HTTP date string.
        const retryAfter = httpError.retryAfter;
        const seconds = Number(retryAfter);

        if (!Number.isNaN(seconds)) {
          res.locals.serviceUnavailableParagraph = t('errorPages.serviceUnavailable.paragraphMinutes', {
            minutes: Math.ceil(seconds / 60),
          });
        } else {
          const retryAfterDate = new Date(retryAfter);
          const time = retryAfterDate.toLocaleTimeString('en-GB', {
            hour12: true,
            hour: '2-digit',
            minute: '2-digit',
          });
          const date = retryAfterDate.toLocaleDateString('en-GB', {
            year: 'numeric',
            month: 'short',
            day: 'numeric',
          });
          res.locals.serviceUnavailableParagraph = t('errorPages.serviceUnavailable.paragraphDateAndTime', {
            date,
            time,
          });
        }
      }
    }

    populateCommonTranslations(req, res, t);
    res.status(status);
    res.render('error');
  };
}

export function setupErrorHandlers(app: Express, env: string): void {
  // Auth failure handler - catches 401 errors and redirects to login
  // This must be before other error handlers to catch 401s before they're rendered as error pages
  app.use(authFailure);
  app.use(createNotFoundHandler());
  app.use(createErrorHandler(env));
}
