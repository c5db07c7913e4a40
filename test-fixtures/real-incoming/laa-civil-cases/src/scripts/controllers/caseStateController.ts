import type { Request, Response, NextFunction } from 'express';
import { validationResult } from 'express-validator';
import { apiService } from '#src/services/apiService.js';
import { changeCaseStateService } from '#src/services/changeCaseStateService.js';
import { devLog, createProcessedError, safeString, safeBodyString, formatValidationError, trimOrUndefined, validCaseReference, hasAllowedCaseStatus } from '#src/scripts/helpers/index.js';
import config from '#config.js';
import { HTTP } from '#src/services/api/base/constants.js';

const { MAX_NOTE_LENGTH, CHARACTER_THRESHOLD }: { MAX_NOTE_LENGTH: number; CHARACTER_THRESHOLD: number } = config;

/**
 * Function to sanitise URL redirect 
 * 
 * @param {string} referer referred
 * @param {string} fallback fallback 
 * @returns {string} fallback 
 */
function safeRedirectPath(referer: string | undefined, fallback: string): string {
  if (!referer) return fallback;

  // Allow internal relative paths
  if (referer.startsWith('/')) return referer;
  try {
    const { pathname, search, hash } = new URL(referer);

    // If external URL has only `/` (i.e., no meaningful path),
    // treat it as unsafe and fallback
    if (pathname === '/' || pathname.trim() === '') {
      return fallback;
    }

    // Otherwise return only the path portion
    return `${pathname}${search}${hash}`;
  } catch {
    return fallback;
  }
}

/**
 * Handle accepting a case (change status to advising)
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to case details page
 */
export async function acceptCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  try {
    devLog(`Accepting case: ${caseReference}`);
    await changeCaseStateService.acceptCase(req.axiosMiddleware, caseReference);
    // Redirect back to the referring page (stays on current tab)
    const fallback = `/cases/${caseReference}/client-details`;
    const referer = safeRedirectPath(req.get('Referer'), fallback);
    res.redirect(referer);
  } catch (error) {
    const processedError = createProcessedError(error, `accepting case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Handle completing a case (change status to completed)
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to case details page
 */
export async function completeCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  try {
    devLog(`Completing case: ${caseReference}`);
    await changeCaseStateService.completeCase(req.axiosMiddleware, caseReference);

    // Redirect back to the referring page (stays on current tab)
    const fallback = `/cases/${caseReference}/client-details`;
    const referer = safeRedirectPath(req.get('Referer'), fallback);
    res.redirect(referer);
  } catch (error) {
    const processedError = createProcessedError(error, `completing case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Show the pending case form (why-pending page)
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {void} Renders the why-pending page
 */
export function getPendingCaseForm(req: Request, res: Response, next: NextFunction): void {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  if (!hasAllowedCaseStatus(req.clientData, ['new'])) {
    return res.redirect(`/cases/${caseReference}/client-details`);
  }

  try {
    res.render('case_details/why-pending.njk', {
      caseReference,
      client: req.clientData,
      currentPendingReason: '',
      currentOtherNote: '',
      maxPendingNoteLength: MAX_NOTE_LENGTH,
      characterThreshold: CHARACTER_THRESHOLD,
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined
    });
  } catch (error) {
    const processedError = createProcessedError(error, `rendering pending form for case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Show the close case form (why-closed page)
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {void} Renders the why-closed page
 */
export function getCloseCaseForm(req: Request, res: Response, next: NextFunction): void {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  if (!hasAllowedCaseStatus(req.clientData, ['new', 'pending'])) {
    return res.redirect(`/cases/${caseReference}/client-details`);
  }

  try {
    res.render('case_details/why-closed.njk', {
      caseReference,
      client: req.clientData,
      currentEventCode: '',
      currentCloseNote: '',
      maxCloseNoteLength: MAX_NOTE_LENGTH,
      characterThreshold: CHARACTER_THRESHOLD,
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined
    });
  } catch (error) {
    const processedError = createProcessedError(error, `rendering close form for case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Handle closing a case with event code and optional note
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to client details page
 */
export async function closeCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  // Check for validation errors
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    const rawErrors = errors.array({ onlyFirstError: false });

    const validationErrors = rawErrors.map((error) => {
      const field = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const { inlineMessage = '', summaryMessage } = formatValidationError(error);
      return { field, inlineMessage, summaryMessage };
    });

    const inputErrors = validationErrors.reduce<Record<string, string>>((acc, { field, inlineMessage }) => {
      const inline = inlineMessage.trim();
      acc[field] = inline;
      return acc;
    }, {});

    // Build the GOV.UK error summary list
    const errorSummaryList = validationErrors.map(({ field, summaryMessage }) => ({
      text: summaryMessage,
      href: `#${field}`
    }));

    const currentEventCode = safeBodyString(req.body, 'eventCode');
    const currentCloseNote = safeBodyString(req.body, 'closeNote');

    // POST handlers don't have middleware, so fetch client details for validation error rendering
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    if (response.status === 'success' && response.data !== null) {
      res.status(HTTP.BAD_REQUEST).render('case_details/why-closed.njk', {
        caseReference,
        client: response.data,
        currentEventCode,
        currentCloseNote,
        maxCloseNoteLength: MAX_NOTE_LENGTH,
        characterThreshold: CHARACTER_THRESHOLD,
        csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
        error: {
          inputErrors,
          errorSummaryList
        }
      });
    } else {
      res.status(HTTP.NOT_FOUND).render('main/error.njk', {
        status: HTTP.NOT_FOUND,
        error: response.message ?? 'Case not found'
      });
    }
    return;
  }

  try {
    const eventCode = safeString(safeBodyString(req.body, 'eventCode'));
    const closeNote = trimOrUndefined(safeBodyString(req.body, 'closeNote'));

    devLog(`Closing case: ${caseReference} with event code: ${eventCode}`);
    await changeCaseStateService.closeCase(req.axiosMiddleware, caseReference, eventCode, closeNote);

    // Redirect to "do you want to give feedback" page
    res.redirect(`/cases/${caseReference}/do-you-want-to-give-feedback`);
  } catch (error) {
    const processedError = createProcessedError(error, `closing case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Handle marking a case as pending with reason
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to client details page
 */
export async function pendingCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  // Check for validation errors
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    const rawErrors = errors.array({ onlyFirstError: false });

    const validationErrors = rawErrors.map((error) => {
      const field = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const { inlineMessage = '', summaryMessage } = formatValidationError(error);
      return { field, inlineMessage, summaryMessage };
    });

    const inputErrors = validationErrors.reduce<Record<string, string>>((acc, { field, inlineMessage }) => {
      const inline = inlineMessage.trim();
      acc[field] = inline;
      return acc;
    }, {});

    const errorSummaryList = validationErrors.map(({ field, summaryMessage }) => ({
      text: summaryMessage,
      href: `#${field}`
    }));

    const currentPendingReason = safeBodyString(req.body, 'pendingReason');
    const currentOtherNote = safeBodyString(req.body, 'otherNote');

    // Fetch client details for the case header
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    if (response.status === 'success' && response.data !== null) {
      res.status(HTTP.BAD_REQUEST).render('case_details/why-pending.njk', {
        caseReference,
        client: response.data,
        currentPendingReason,
        currentOtherNote,
        maxPendingNoteLength: MAX_NOTE_LENGTH,
        characterThreshold: CHARACTER_THRESHOLD,
        csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
        error: {
          inputErrors,
          errorSummaryList
        }
      });
    } else {
      res.status(HTTP.NOT_FOUND).render('main/error.njk', {
        status: HTTP.NOT_FOUND,
        error: response.message ?? 'Case not found'
      });
    }
    return;
  }

  try {
    const pendingReason = safeString(safeBodyString(req.body, 'pendingReason'));
    const otherNote = safeBodyString(req.body, 'otherNote');

    // Map of reason values to their display text
    const reasonTextMap: Record<string, string> = {
      'not_ready': 'Not ready for determination',
      'can_not_contact': 'Cannot contact client',
      'third_party': 'Third party authorisation',
      'consent_from_another': 'Consent from another provider',
      'requires_interpreter': 'Requires interpreter',
      'other': typeof otherNote === 'string' ? otherNote : ''
    };

    const notes = reasonTextMap[pendingReason] ?? pendingReason;

    devLog(`Marking case as pending: ${caseReference} with reason: ${pendingReason}`);
    await changeCaseStateService.pendingCase(req.axiosMiddleware, caseReference, notes);

    // Redirect to "do you want to give feedback" page
    res.redirect(`/cases/${caseReference}/do-you-want-to-give-feedback`);
  } catch (error) {
    const processedError = createProcessedError(error, `marking case as pending ${caseReference}`);
    next(processedError);
  }
}

/**
 * Show the reopen case form (`why-reopen-completed-case` or `why-reopen-closed-case`)
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {string} typeOfCase The type of case that wants the re-open form
 * @param {NextFunction} next Express next function
 * @returns {void} Render the `why-reopen-completed-case` or `why-reopen-closed-case` page
 */
export function getReopenCaseForm(req: Request, res: Response, typeOfCase: string, next: NextFunction): void {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  if (typeOfCase === 'completedCase') {
    if (!hasAllowedCaseStatus(req.clientData, ['completed'])) {
      return res.redirect(`/cases/${caseReference}/client-details`);
    }
  }

  if (typeOfCase === 'closedCase') {
    if (!hasAllowedCaseStatus(req.clientData, ['closed'])) {
      return res.redirect(`/cases/${caseReference}/client-details`);
    }
  }

  const template = typeOfCase === 'completedCase' ? 'case_details/why-reopen-completed-case.njk' : 'case_details/why-reopen-closed-case.njk';

  try {
    res.render(template, {
      caseReference,
      client: req.clientData,
      currentReopenNote: '',
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined
    });
  } catch (error) {
    const processedError = createProcessedError(error, `rendering re-open form for case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Handle reopening a case with a note
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to advising cases page
 */
export async function reopenCompletedCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  // Check for validation errors
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    const rawErrors = errors.array({ onlyFirstError: false });

    const validationErrors = rawErrors.map((error) => {
      const field = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const { inlineMessage = '', summaryMessage } = formatValidationError(error);
      return { field, inlineMessage, summaryMessage };
    });

    const inputErrors = validationErrors.reduce<Record<string, string>>((acc, { field, inlineMessage }) => {
      const inline = inlineMessage.trim();
      acc[field] = inline;
      return acc;
    }, {});

    // Build the GOV.UK error summary list
    const errorSummaryList = validationErrors.map(({ field, summaryMessage }) => ({
      text: summaryMessage,
      href: `#${field}`
    }));

    const currentReopenNote = safeBodyString(req.body, 'reopenNote');

    // POST handlers don't have middleware, so fetch client details for validation error rendering
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    if (response.status === 'success' && response.data !== null) {
      res.status(HTTP.BAD_REQUEST).render('case_details/why-reopen-completed-case.njk', {
        caseReference,
        client: response.data,
        currentReopenNote,
        csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
        error: {
          inputErrors,
          errorSummaryList
        }
      });
    } else {
      res.status(HTTP.NOT_FOUND).render('main/error.njk', {
        status: HTTP.NOT_FOUND,
        error: response.message ?? 'Case not found'
      });
    }
    return;
  }

  try {
    const reopenNote = safeString(safeBodyString(req.body, 'reopenNote'));
    devLog(`Reopening case: ${caseReference}`);
    await changeCaseStateService.reopenCase(req.axiosMiddleware, caseReference, reopenNote);

    // Redirect to client details page
    res.redirect(`/cases/${caseReference}/client-details`);
  } catch (error) {
    const processedError = createProcessedError(error, `reopening case ${caseReference}`);
    next(processedError);
  }
}

/**
 * Handle moving a closed case to advising with a mandatory note
 * @param {Request} req Express request object
 * @param {Response} res Express response object
 * @param {NextFunction} next Express next function
 * @returns {Promise<void>} Redirect to advising cases page
 */
export async function reopenClosedCase(req: Request, res: Response, next: NextFunction): Promise<void> {
  const caseReference = safeString(req.params.caseReference);

  if (!validCaseReference(caseReference, res)) {
    return;
  }

  // Check for validation errors
  const errors = validationResult(req);
  if (!errors.isEmpty()) {
    const rawErrors = errors.array({ onlyFirstError: false });

    const validationErrors = rawErrors.map((error) => {
      const field = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const { inlineMessage = '', summaryMessage } = formatValidationError(error);
      return { field, inlineMessage, summaryMessage };
    });

    const inputErrors = validationErrors.reduce<Record<string, string>>((acc, { field, inlineMessage }) => {
      const inline = inlineMessage.trim();
      acc[field] = inline;
      return acc;
    }, {});

    // Build the GOV.UK error summary list
    const errorSummaryList = validationErrors.map(({ field, summaryMessage }) => ({
      text: summaryMessage,
      href: `#${field}`
    }));

    const currentReopenNote = safeBodyString(req.body, 'reopenNote');

    // POST handlers don't have middleware, so fetch client details for validation error rendering
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    if (response.status === 'success' && response.data !== null) {
      res.status(HTTP.BAD_REQUEST).render('case_details/why-reopen-closed-case.njk', {
        caseReference,
        client: response.data,
        currentReopenNote,
        csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
        error: {
          inputErrors,
          errorSummaryList
        }
      });
    } else {
      res.status(HTTP.NOT_FOUND).render('main/error.njk', {
        status: HTTP.NOT_FOUND,
        error: response.message ?? 'Case not found'
      });
    }
    return;
  }

  try {
    const reopenNote = safeString(safeBodyString(req.body, 'reopenNote'));
    devLog(`Advising case: ${caseReference}`);
    await changeCaseStateService.acceptCase(req.axiosMiddleware, caseReference, reopenNote);

    // Redirect to client details page
    res.redirect(`/cases/${caseReference}/client-details`);
  } catch (error) {
    const processedError = createProcessedError(error, `advising case ${caseReference}`);
    next(processedError);
  }
}