import {
  type DiscussionStatus,
  errors,
  frontRoutes,
  makeRouteAbsoluteUrl,
  withDiscussionIdSchema,
} from "shared";
import type { AppConfig } from "../../../../config/bootstrap/appConfig";
import type {
  NotificationContentAndFollowedIds,
  SaveNotificationsBatchAndRelatedEvent,
} from "../../../core/notifications/helpers/Notification";
import type { TimeGateway } from "../../../core/time-gateway/ports/TimeGateway";
import { useCaseBuilder } from "../../../core/useCaseBuilder";
import { getNotifiedUsersFromEstablishmentUserRights } from "../../helpers/businessContact.helpers";

export type MarkDiscussionDeprecatedAndNotify = ReturnType<
  typeof makeMarkDiscussionDeprecatedAndNotify
>;

export const makeMarkDiscussionDeprecatedAndNotify = useCaseBuilder(
  "MarkDiscussionDeprecatedAndNotify",
)
  .withInput(withDiscussionIdSchema)
  .withDeps<{
    saveNotificationsBatchAndRelatedEvent: SaveNotificationsBatchAndRelatedEvent;
    config: AppConfig;
    timeGateway: TimeGateway;
  }>()
  .build(async ({ inputParams: { discussionId }, uow, deps }) => {
    const discussion = await uow.discussionRepository.getById(discussionId);
    if (!discussion) throw errors.discussion.notFound({ discussionId });
    const statusToMatch: DiscussionStatus = "PENDING";
    if (discussion.status !== statusToMatch)
      throw errors.discussion.badStatus({
        discussionId,
        expectedStatus: statusToMatch,
      });

    const establishment =
      await uow.establishmentAggregateRepository.getEstablishmentAggregateBySiret(
        discussion.siret,
      );

    const establishmentNotification: NotificationContentAndFollowedIds | null =
      establishment
        ? {
            kind: "email",
            templatedContent: {
              kind: "DISCUSSION_DEPRECATED_NOTIFICATION_ESTABLISHMENT",
              recipients: (
                await getNotifiedUsersFromEstablishmentUserRights(
                  uow,
                  establishment.userRights,
                )
              ).map(({ email }) => email),
              params: {
                beneficiaryFirstName: discussion.potentialBeneficiary.firstName,
                beneficiaryLastName: discussion.potentialBeneficiary.lastName,
                businessName: discussion.businessName,
                establishmentDashboardUrl: makeRouteAbsoluteUrl({
                  route: frontRoutes.establishmentDashboard(),
                  baseUrl: deps.config.immersionFacileBaseUrl,
                }),
                discussionCreatedAt: discussion.createdAt,
              },
            },
            followedIds: {
              establishmentSiret: discussion.siret,
            },
          }
        : null;

    await uow.discussionRepository.update({
      ...discussion,
      updatedAt: deps.timeGateway.now().toISOString(),
      status: "REJECTED",
      rejectionKind: "DEPRECATED",
    });
    await deps.saveNotificationsBatchAndRelatedEvent(
      uow,
      [
        ...(establishmentNotification ? [establishmentNotification] : []),
        {
          kind: "email",
          templatedContent: {
            kind: "DISCUSSION_DEPRECATED_NOTIFICATION_BENEFICIARY",
            recipients: [discussion.potentialBeneficiary.email],
            params: {
              beneficiaryFirstName: discussion.potentialBeneficiary.firstName,
              beneficiaryLastName: discussion.potentialBeneficiary.lastName,
              businessName: discussion.businessName,
              searchPageUrl: makeRouteAbsoluteUrl({
                route: frontRoutes.search(),
                baseUrl: deps.config.immersionFacileBaseUrl,
              }),
              discussionCreatedAt: discussion.createdAt,
            },
          },
          followedIds: {
            establishmentSiret: discussion.siret,
          },
        },
      ],
      { priority: 7 },
    );
  });
