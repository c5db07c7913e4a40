import { Router } from 'express';
import type { Application, Request, Response } from 'express';
import type { TFunction } from 'i18next';

import { HTTPError } from '../HttpError';
import { MAKE_GENERAL_APPLICATION_ROUTE, UPLOAD_ADDITIONAL_DOCUMENTS_ROUTE } from '../constants/caseRoutes';
import { oidcMiddleware } from '../middleware/oidc';

import { getTranslationFunction } from '@modules/i18n';
import { Logger } from '@modules/logger';
import { ccdCaseService } from '@services/ccdCaseService';
import type { DashboardTaskGroup } from '@services/dashboard.interface';
import { sanitiseCaseReference } from '@utils/caseReference';
import {
  RESPOND_TO_CLAIM_DASHBOARD_TASK_TEMPLATE_ID,
  getDashboardTaskPath,
  isRespondToClaimDashboardNotification,
} from '@utils/dashboardTaskPaths';
import { getTagClasses, isLinkableStatus } from '@utils/dashboardTaskStatus';
import { isRespondToClaimEnabledForUser } from '@utils/isRespondToClaimEnabledForUser';
import { lookup, resolveNotification, resolveTask } from '@utils/resolveDashboardTemplates';
import { safeRedirect303 } from '@utils/safeRedirect';

interface MappedTask {
  title: { html: string };
  href?: string;
  status: {
    tag?: { text: string; classes: string };
  };
}

interface MappedTaskGroup {
  groupId: DashboardTaskGroup['groupId'];
  title: string;
  tasks: MappedTask[];
}

const HELP_SUPPORT_LINKS: { key: string; href: string }[] = [
  { key: 'helpWithFees', href: 'https://www.gov.uk/get-help-with-court-fees' },
  {
    key: 'whatToExpectAtTheHearing',
    href: 'https://www.gov.uk/guidance/what-to-expect-coming-to-a-court-or-tribunal',
  },
  { key: 'representMyselfAtTheHearing', href: 'https://www.gov.uk/represent-yourself-in-court' },
  { key: 'findLegalAdvice', href: 'https://www.gov.uk/find-legal-advice' },
  { key: 'getDebtRespite', href: 'https://www.gov.uk/options-for-dealing-with-your-debts/breathing-space' },
  { key: 'findInformation', href: 'https://www.gov.uk/find-court-tribunal' },
];

function getIWantToLinks(caseId: string): { key: string; href: string }[] {
  return [
    {
      key: 'askCourtToMakeOrder',
      href: MAKE_GENERAL_APPLICATION_ROUTE.replace(':caseReference', caseId),
    },
    {
      key: 'uploadAdditionalDocuments',
      href: UPLOAD_ADDITIONAL_DOCUMENTS_ROUTE.replace(':caseReference', caseId),
    },
  ];
}

function getTaskUrl(
  templateId: string,
  taskStatus: string,
  caseReference: string,
  taskGroupId: string,
  showRespondToClaimLinks: boolean
): string | undefined {
  if (taskStatus === 'NOT_AVAILABLE') {
    return undefined;
  }

  if (templateId === RESPOND_TO_CLAIM_DASHBOARD_TASK_TEMPLATE_ID && !showRespondToClaimLinks) {
    return undefined;
  }

  return getDashboardTaskPath(templateId, caseReference, taskGroupId);
}

export const getDashboardUrl = (caseReference?: string | number): string | null => {
  if (!caseReference) {
    return null;
  }

  const sanitised = sanitiseCaseReference(caseReference);
  if (!sanitised) {
    return null;
  }

  return `/case/${sanitised}/dashboard`;
};

export default function dashboardRoutes(app: Application): void {
  const logger = Logger.getLogger('dashboard');

  function mapTaskGroup(
    tg: DashboardTaskGroup,
    t: TFunction,
    caseReference: string,
    showRespondToClaimLinks: boolean
  ): MappedTaskGroup {
    const groupIdLower = tg.groupId.toLowerCase();
    const groupTitle = lookup(t, `dashboard:taskGroups.${tg.groupId}`);
    if (!groupTitle) {
      logger.warn(`No dashboard translation for task group ${tg.groupId}`);
    }

    return {
      groupId: tg.groupId,
      title: groupTitle ?? tg.groupId,
      tasks: tg.tasks
        .map((task): MappedTask | null => {
          const resolved = resolveTask(t, task.templateId);
          if (!resolved) {
            logger.warn(`No dashboard translation for task templateId=${task.templateId}`);
            return null;
          }

          const linkable = isLinkableStatus(task.status);
          const classes = getTagClasses(task.status);
          const tagText = classes ? lookup(t, `dashboard:tasks.statuses.${task.status}`) : null;

          return {
            title: { html: resolved.title },
            href: linkable
              ? getTaskUrl(task.templateId, task.status, caseReference, groupIdLower, showRespondToClaimLinks)
              : undefined,
            status: tagText && classes ? { tag: { text: tagText, classes } } : {},
          };
        })
        .filter((x): x is MappedTask => x !== null),
    };
  }

  // event trigger called below performs access validation in the same call that
  // returns the dashboard data, avoiding a second CCD call.
  const dashboardRouter = Router({ mergeParams: true });

  dashboardRouter.use(oidcMiddleware);

  // Route: /dashboard (redirect to case-specific dashboard)
  dashboardRouter.get('/', (req: Request, res: Response) => {
    // cannot redirect to dashboard as we don't have a case reference
    return safeRedirect303(res, '/', '/', ['/']);
  });

  // Route: /case/:caseReference/dashboard
  dashboardRouter.get('/:caseReference/dashboard', async (req: Request, res: Response, next) => {
    const rawCaseReference = req.params.caseReference;
    const caseReference =
      typeof rawCaseReference === 'string' || typeof rawCaseReference === 'number'
        ? sanitiseCaseReference(rawCaseReference)
        : null;
    if (!caseReference) {
      logger.error('Invalid case reference format', { caseReference: rawCaseReference });
      return next(new HTTPError('Invalid case reference format', 404));
    }

    const accessToken = req.session.user?.accessToken;
    if (!accessToken) {
      logger.error('Dashboard: user not authenticated - no access token');
      return next(new HTTPError('Authentication required', 401));
    }

    const dashboardCaseReference = caseReference.replace(/(\d{4})(?=\d)/g, '$1 ');

    try {
      const dashboardData = await ccdCaseService.getDashboardView(accessToken, caseReference);

      const showRespondToClaimLinks = await isRespondToClaimEnabledForUser(req);

      const t = getTranslationFunction(req, ['dashboard', 'common']);

      const notifications = dashboardData.notifications
        .filter(
          notification => showRespondToClaimLinks || !isRespondToClaimDashboardNotification(notification.templateId)
        )
        .map(n => {
          const resolved = resolveNotification(
            t,
            n.templateId,
            n.templateValues as Record<string, unknown>,
            caseReference
          );
          if (!resolved) {
            logger.warn(`No dashboard translation for notification templateId=${n.templateId}`);
          }
          return resolved;
        })
        .filter((x): x is NonNullable<typeof x> => x !== null);

      const taskGroups = dashboardData.taskGroups.map(tg =>
        mapTaskGroup(tg, t, caseReference, showRespondToClaimLinks)
      );

      const propertyAddress = dashboardData.propertyAddress ?? null;

      return res.render('dashboard', {
        notifications,
        taskGroups,
        propertyAddress,
        dashboardCaseReference,
        dashboardUrl: getDashboardUrl(caseReference),
        iWantToLinks: getIWantToLinks(caseReference),
        helpSupportLinks: HELP_SUPPORT_LINKS,
      });
    } catch (e) {
      logger.error(`Failed to fetch dashboard data for case ${caseReference}. Error was: ${String(e)}`);
      return next(e);
    }
  });

  // Mount the dashboard router at /case
  app.use('/case', dashboardRouter);
}
