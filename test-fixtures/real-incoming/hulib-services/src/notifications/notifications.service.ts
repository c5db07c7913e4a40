import { Injectable, BadRequestException, Logger } from '@nestjs/common';
import { EventEmitter2, OnEvent } from '@nestjs/event-emitter';

import { PrismaService } from '@prisma-client/prisma-client.service';
import { infinityPagination } from '@utils/infinity-pagination';
import { IPaginationOptions } from '@utils/types/pagination-options';
import { RoleEnum } from '@roles/roles.enum';

import { FindQueryNotificationsDto } from './dto/find-all-notifications-query.dto';
import { CreateNotificationDto } from './dto/create-notification.dto';
import { NotificationTypeEnum } from './notification-type.enum';

@Injectable()
export class NotificationsService {
  private readonly logger = new Logger(this.constructor.name);

  private readonly storyRelatedNotificationTypes: string[] = [
    NotificationTypeEnum.reviewStory,
    NotificationTypeEnum.publishStory,
    NotificationTypeEnum.rejectStory,
    NotificationTypeEnum.reactStory,
    NotificationTypeEnum.shareStory,
  ];
  private readonly readingSessionRelatedNotiTypes: string[] = [
    NotificationTypeEnum.sessionRequest,
    NotificationTypeEnum.sessionFinish,
    NotificationTypeEnum.approveReadingSession,
    NotificationTypeEnum.rejectReadingSession,
    NotificationTypeEnum.cancelReadingSession,
    NotificationTypeEnum.missReadingSession,
    NotificationTypeEnum.other,
  ];
  private readonly appealRelatedNotiTypes: string[] = [
    NotificationTypeEnum.userAppeal,
    NotificationTypeEnum.appealResponse,
  ];

  constructor(
    private prisma: PrismaService,
    private eventEmitter: EventEmitter2,
  ) {}

  async findAllWithPagination({
    filterOptions,
    paginationOptions,
  }: {
    filterOptions: FindQueryNotificationsDto;
    paginationOptions: IPaginationOptions;
  }) {
    const skip = (paginationOptions.page - 1) * paginationOptions.limit;
    const take = paginationOptions.limit;
    const [unseenCount, notifications] = await this.prisma.$transaction([
      this.prisma.notification.count({
        where: {
          recipientId: filterOptions.recipientId,
          seen: false,
          deletedAt: null,
        },
      }),
      this.prisma.notification.findMany({
        where: {
          ...filterOptions,
          deletedAt: null,
        },
        orderBy: {
          createdAt: 'desc',
        },
        include: {
          type: true,
          sender: {
            select: {
              id: true,
              fullName: true,
              file: {
                select: {
                  path: true,
                },
              },
            },
          },
        },
        omit: {
          typeId: true,
          recipientId: true,
          senderId: true,
          deletedAt: true,
        },
        skip,
        take,
      }),
    ]);

    const storyIds = notifications
      .filter(
        (n) =>
          this.storyRelatedNotificationTypes.includes(n.type.name) &&
          n.relatedEntityId !== null,
      )
      .map((n) => n.relatedEntityId)
      .filter((id): id is number => id !== null);

    const readingSessionIds = notifications
      .filter(
        (n) =>
          this.readingSessionRelatedNotiTypes.includes(n.type.name) &&
          n.relatedEntityId !== null,
      )
      .map((n) => n.relatedEntityId)
      .filter((id): id is number => id !== null);

    const reportIds = notifications
      .filter(
        (n) =>
          n.type.name === NotificationTypeEnum.huberReported &&
          n.relatedEntityId !== null,
      )
      .map((n) => n.relatedEntityId)
      .filter((id): id is number => id !== null);

    const appealIds = notifications
      .filter(
        (n) =>
          this.appealRelatedNotiTypes.includes(n.type.name) &&
          n.relatedEntityId !== null,
      )
      .map((n) => n.relatedEntityId)
      .filter((id): id is number => id !== null);

    const moderationIds = notifications
      .filter(
        (n) =>
          n.type.name === NotificationTypeEnum.huberWarning &&
          n.relatedEntityId !== null,
      )
      .map((n) => n.relatedEntityId)
      .filter((id): id is number => id !== null);

    const [stories, readingSessions, reports, appeals, moderations] =
      await Promise.all([
        this.prisma.story.findMany({
          where: { id: { in: storyIds } },
          include: {
            storyReview: {
              where: {
                rating: { gt: 0 },
              },
            },
          },
        }),
        this.prisma.readingSession.findMany({
          where: { id: { in: readingSessionIds } },
          select: {
            id: true,
            sessionStatus: true,
            startedAt: true,
            startTime: true,
            endedAt: true,
            endTime: true,
            note: true,
            rejectReason: true,
            sessionUrl: true,
            story: {
              select: {
                title: true,
              },
            },
            humanBook: {
              select: {
                id: true,
                fullName: true,
              },
            },
            reader: {
              select: {
                id: true,
                fullName: true,
              },
            },
          },
        }),
        this.prisma.report.findMany({
          where: { id: { in: reportIds } },
          include: {
            reportedUser: {
              select: {
                fullName: true,
                file: true,
              },
            },
            reporter: {
              select: {
                fullName: true,
                file: true,
              },
            },
          },
        }),
        this.prisma.appeal.findMany({
          where: { id: { in: appealIds } },
          include: {
            moderation: {
              select: {
                report: {
                  select: {
                    id: true,
                    reason: true,
                    customReason: true,
                  },
                },
              },
            },
          },
        }),
        this.prisma.moderation.findMany({
          where: { id: { in: moderationIds } },
          include: {
            report: {
              select: {
                reason: true,
                customReason: true,
              },
            },
          },
        }),
      ]);

    const storyMap = new Map(
      stories.map((s) => [
        s.id,
        {
          id: s.id,
          title: s.title,
          likeCount: s.likeCount,
          shareCount: s.shareCount,
          numOfRatings: s.storyReview.length,
          rejectionReason: s.rejectionReason,
        },
      ]),
    );

    const readingSessionMap = new Map(
      readingSessions.map((rs) => [
        rs.id,
        {
          id: rs.id,
          sessionStatus: rs.sessionStatus,
          startedAt: rs.startedAt,
          startTime: rs.startTime,
          endedAt: rs.endedAt,
          endTime: rs.endTime,
          note: rs.note,
          rejectReason: rs.rejectReason,
          storyTitle: rs.story.title,
          humanBook: rs.humanBook,
          reader: rs.reader,
          sessionUrl: rs.sessionUrl,
        },
      ]),
    );

    const reportMap = new Map(
      reports.map((rp) => [
        rp.id,
        {
          id: rp.id,
          reason: rp.reason,
          customReason: rp.customReason,
          reporterId: rp.reporterId,
          reportedUserId: rp.reportedUserId,
          markAsResolved: rp.markAsResolved,
          reportee: {
            id: rp.reportedUserId,
            fullName: rp.reportedUser.fullName,
            photo: rp.reportedUser.file,
          },
          reporter: {
            id: rp.reporterId,
            fullName: rp.reporter.fullName,
            photo: rp.reporter.file,
          },
          createdAt: rp.createdAt,
        },
      ]),
    );

    const appealMap = new Map(
      appeals.map((ap) => [
        ap.id,
        {
          id: ap.id,
          message: ap.message,
          moderationRelatedReport: ap.moderation?.report,
          status: ap.status,
          userId: ap.userId,
        },
      ]),
    );

    const moderationMap = new Map(
      moderations.map((m) => [
        m.id,
        {
          id: m.id,
          status: m.status,
          userId: m.userId,
          actionType: m.actionType,
          report: {
            id: m.reportId,
            reason: m.report?.reason,
            customReason: m.report?.customReason,
          },
        },
      ]),
    );

    const result = notifications.map((n) => {
      const sender = this.mapUserWithPhoto(n.sender);

      let relatedEntity: any = null;

      if (this.storyRelatedNotificationTypes.includes(n.type.name)) {
        const story =
          n.relatedEntityId !== null
            ? storyMap.get(n.relatedEntityId) || null
            : null;

        if (story) {
          if (n.type.name === NotificationTypeEnum.reactStory) {
            // like: show like count only
            relatedEntity = {
              id: story.id,
              title: story.title,
              likeCount: story.likeCount,
            };
          } else if (n.type.name === NotificationTypeEnum.shareStory) {
            // share: show share count only
            relatedEntity = {
              id: story.id,
              title: story.title,
              shareCount: story.shareCount,
            };
          } else if (n.type.name === NotificationTypeEnum.reviewStory) {
            // review/rating: show rating count only
            relatedEntity = {
              id: story.id,
              title: story.title,
              numOfRatings: story.numOfRatings,
            };
          } else {
            relatedEntity = story;
          }
        }
      } else if (this.readingSessionRelatedNotiTypes.includes(n.type.name)) {
        relatedEntity =
          n.relatedEntityId !== null
            ? readingSessionMap.get(n.relatedEntityId) || null
            : null;
      } else if (n.type.name === NotificationTypeEnum.huberReported) {
        relatedEntity =
          n.relatedEntityId !== null
            ? reportMap.get(n.relatedEntityId) || null
            : null;
      } else if (this.appealRelatedNotiTypes.includes(n.type.name)) {
        relatedEntity =
          n.relatedEntityId !== null
            ? appealMap.get(n.relatedEntityId) || null
            : null;
      } else if (n.type.name === NotificationTypeEnum.huberWarning) {
        relatedEntity =
          n.relatedEntityId !== null
            ? moderationMap.get(n.relatedEntityId) || null
            : null;
      }

      return {
        id: n.id,
        seen: n.seen,
        extraNote: n.extraNote,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
        type: n.type,
        sender,
        relatedEntity,
      };
    });
    return {
      data: result,
      unseenCount,
    };
  }

  private mapUserWithPhoto<T extends { file?: any }>(user: T | null) {
    if (!user) return null;
    const { file, ...rest } = user;
    return { ...rest, photo: file };
  }

  async create(data: CreateNotificationDto) {
    try {
      if (data.recipientId === data.senderId) {
        this.logger.warn(
          'Notification skipped: senderId and recipientId must be different',
        );
        return null;
      }

      const type = await this.prisma.notificationType.findUnique({
        where: { name: data.type },
      });

      if (!type) {
        this.logger.warn(
          `Notification skipped: Invalid Notification Type (${data.type})`,
        );
        return null;
      }

      const isStoryNotificationType =
        this.storyRelatedNotificationTypes.includes(type.name);
      const isReadingSessionRelatedNotiType =
        this.readingSessionRelatedNotiTypes.includes(type.name);
      const isAppealRelatedNotiType = this.appealRelatedNotiTypes.includes(
        type.name,
      );
      const isHuberReportNotiType =
        type.name === NotificationTypeEnum.huberReported;
      const isHuberWarningNotiType =
        type.name === NotificationTypeEnum.huberWarning;

      const isNeedRelatedEntityId =
        isStoryNotificationType ||
        isReadingSessionRelatedNotiType ||
        isAppealRelatedNotiType ||
        isHuberReportNotiType ||
        isHuberWarningNotiType;

      if (isNeedRelatedEntityId && !data.relatedEntityId) {
        this.logger.warn(
          `Notification skipped: Related entity ID is required for type ${type.name}`,
        );
        return null;
      }

      if (data.relatedEntityId) {
        await this.verifyRelatedEntityId(type.name, data.relatedEntityId);
      }

      return this.prisma.notification.create({
        data: {
          recipientId: data.recipientId,
          senderId: data.senderId,
          typeId: type.id,
          relatedEntityId: isNeedRelatedEntityId ? data.relatedEntityId : null,
          extraNote: data.extraNote,
        },
      });
    } catch (error) {
      this.logger.error(`Notification creation failed: ${error.message}`);
      return null;
    }
  }

  private async verifyRelatedEntityId(
    notificationType: string,
    relatedEntityId: number,
  ): Promise<void> {
    if (this.storyRelatedNotificationTypes.includes(notificationType)) {
      const story = await this.prisma.story.findUnique({
        where: {
          id: relatedEntityId,
        },
      });

      if (!story) {
        throw new BadRequestException('Invalid story ID');
      }
    }
    if (this.readingSessionRelatedNotiTypes.includes(notificationType)) {
      const readingSession = await this.prisma.readingSession.findUnique({
        where: {
          id: relatedEntityId,
          deletedAt: null,
        },
      });

      if (!readingSession) {
        throw new BadRequestException('Invalid reading session ID');
      }
    }
    if (this.appealRelatedNotiTypes.includes(notificationType)) {
      const appeal = await this.prisma.appeal.findUnique({
        where: {
          id: relatedEntityId,
          deletedAt: null,
        },
      });

      if (!appeal) {
        throw new BadRequestException('Invalid appeal ID');
      }
    }
    if (notificationType === NotificationTypeEnum.huberReported) {
      const report = await this.prisma.report.findUnique({
        where: {
          id: relatedEntityId,
        },
      });

      if (!report) {
        throw new BadRequestException('Invalid report ID');
      }
    }
    if (notificationType === NotificationTypeEnum.huberWarning) {
      const moderation = await this.prisma.moderation.findUnique({
        where: {
          id: relatedEntityId,
        },
      });

      if (!moderation) {
        throw new BadRequestException('Invalid moderation ID');
      }
    }
  }

  async updateSeenNotification({
    id,
    recipientId,
  }: {
    id: number;
    recipientId: number;
  }) {
    await this.prisma.notification.update({
      where: {
        id,
        recipientId,
      },
      data: {
        seen: true,
      },
    });

    return {
      message: 'Update notification successfully',
    };
  }

  async getUnseenCount(recipientId: number): Promise<number> {
    return this.prisma.notification.count({
      where: { recipientId, seen: false, deletedAt: null },
    });
  }

  async getAdminId(): Promise<number | null> {
    const admin = await this.prisma.user.findFirst({
      where: { role: { id: RoleEnum.admin } },
      select: { id: true },
    });
    return admin?.id ?? null;
  }

  async softDeleteSessionReminderNotification(
    sessionId: number,
  ): Promise<void> {
    await this.prisma.notification.updateMany({
      where: {
        relatedEntityId: sessionId,
        type: { name: 'other' },
        deletedAt: null,
      },
      data: {
        deletedAt: new Date(),
      },
    });
  }

  pushNoti(createNotificationDto: CreateNotificationDto): void {
    this.eventEmitter.emit('notification.create', createNotificationDto);
  }

  @OnEvent('notification.create')
  async handleNotificationCreate(payload: CreateNotificationDto) {
    try {
      const notification = await this.create(payload);

      if (notification) {
        const refetchedNotifs = await this.findAllWithPagination({
          filterOptions: { recipientId: notification.recipientId },
          paginationOptions: { page: 1, limit: 5 },
        });

        this.eventEmitter.emit('notification.list.fetch', {
          userId: notification.recipientId,
          notifications: {
            ...refetchedNotifs,
            ...infinityPagination(refetchedNotifs.data, { page: 1, limit: 5 }),
          },
        });
      }
    } catch (error) {
      this.logger.error(`Notification creation failed: ${error.message}`);
    }
  }
}
