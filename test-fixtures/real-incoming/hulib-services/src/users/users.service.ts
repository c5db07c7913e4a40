import {
  BadRequestException,
  ForbiddenException,
  HttpStatus,
  Injectable,
  Logger,
  NotFoundException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { CreateUserDto } from './dto/create-user.dto';
import { NullableType } from '@utils/types/nullable.type';
import { FilterUserDto, QueryUserDto, SortUserDto } from './dto/query-user.dto';
import { UserRepository } from './infrastructure/persistence/user.repository';
import { User } from './domain/user';
import bcrypt from 'bcryptjs';
import { AuthProvidersEnum } from '@auth/auth-providers.enum';
import { FilesService } from '@files/files.service';
import { RoleEnum } from '@roles/roles.enum';
import { StatusEnum } from '@statuses/statuses.enum';
import { IPaginationOptions } from '@utils/types/pagination-options';
import { DeepPartial } from '@utils/types/deep-partial.type';
import { GenderEnum } from '@genders/genders.enum';
import { Action, Approval } from '@users/approval.enum';
import { CreateFeedbackDto } from '@users/dto/create-feedback.dto';
import { PrismaService } from '@prisma-client/prisma-client.service';
import { user as PrismaUser } from '@prisma/client';
import { UpgradeDto } from '@users/dto/upgrade.dto';
import { NotificationsService } from '../notifications/notifications.service';
import { NotificationTypeEnum } from '../notifications/notification-type.enum';
import { pagination } from '@utils/pagination';
import { PublishStatus } from '@stories/status.enum';
import { FileDto } from '@files/dto/file.dto';
import fileConfig from '@files/config/file.config';
import { FileConfig, FileDriver } from '@files/config/file-config.type';
import appConfig from '@config/app.config';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { AppConfig } from '@config/app-config.type';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { ReadingSessionStatus } from '@reading-sessions/domain';
import { TopicStatus } from '@topics/topic-status.enum';
import { omit } from 'lodash';

@Injectable()
export class UsersService {
  private readonly logger = new Logger(UsersService.name);
  private s3Client: S3Client | null = null;

  constructor(
    private readonly usersRepository: UserRepository,
    private readonly filesService: FilesService,
    private readonly notificationsService: NotificationsService,
    private readonly prisma: PrismaService,
  ) {}

  async create(createProfileDto: CreateUserDto): Promise<User> {
    const clonedPayload = {
      approval: Approval.notRequested,
      provider: AuthProvidersEnum.email,
      ...createProfileDto,
    };

    if (clonedPayload.password) {
      const salt = await bcrypt.genSalt();
      clonedPayload.password = await bcrypt.hash(clonedPayload.password, salt);
    }

    if (clonedPayload.email) {
      const userObject = await this.usersRepository.findByEmail(
        clonedPayload.email,
      );
      if (userObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            email: 'emailAlreadyExists',
          },
        });
      }
    }

    if (clonedPayload.photo?.id) {
      const fileObject = await this.filesService.findById(
        clonedPayload.photo.id,
      );
      if (!fileObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            photo: 'imageNotExists',
          },
        });
      }
      clonedPayload.photo = fileObject;
    }

    if (clonedPayload.gender?.id) {
      const genderObject = Object.values(GenderEnum)
        .map(String)
        .includes(String(clonedPayload.gender.id));
      if (!genderObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            role: 'genderNotExists',
          },
        });
      }
    }

    if (clonedPayload.role?.id) {
      const roleObject = Object.values(RoleEnum)
        .map(String)
        .includes(String(clonedPayload.role.id));
      if (!roleObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            role: 'roleNotExists',
          },
        });
      }
    }

    if (clonedPayload.status?.id) {
      const statusObject = Object.values(StatusEnum)
        .map(String)
        .includes(String(clonedPayload.status.id));
      if (!statusObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            status: 'statusNotExists',
          },
        });
      }
    }

    return this.usersRepository.create(clonedPayload);
  }

  findManyWithPagination({
    filterOptions,
    sortOptions,
    paginationOptions,
  }: {
    filterOptions?: (FilterUserDto & Pick<QueryUserDto, 'role'>) | null;
    sortOptions?: SortUserDto[] | null;
    paginationOptions: IPaginationOptions;
  }): Promise<{ data: User[]; count: number }> {
    return this.usersRepository.findManyWithPagination({
      filterOptions,
      sortOptions,
      paginationOptions,
    });
  }

  async findById(id: User['id']): Promise<NullableType<any>> {
    const startedAt = Date.now();
    this.logger.log(`[users/findById] loading:start userId=${id}`);

    const user = await this.findUserWithRelations(Number(id));

    if (!user) {
      this.logger.warn(
        `[users/findById] loading:not_found userId=${id} durationMs=${Date.now() - startedAt}`,
      );
      throw new NotFoundException();
    }

    const isHuber = user.role?.id === RoleEnum.humanBook;
    const isLiber = user.role?.id === RoleEnum.reader;

    const [huberMeta, storiesCount, photo, coverImage, firstStory, rating] =
      await Promise.all([
        this.findHuberMeta(Number(id)),
        this.countStories(Number(id)),
        this.transformFileUrl(user.file),
        this.transformFileUrl(user.coverImage),
        isLiber ? this.findFirstStory(Number(id)) : Promise.resolve(null),
        isHuber ? this.computeRatingAggregate(Number(id)) : Promise.resolve(0),
      ]);

    const mappedHumanBookTopic = user.humanBookTopic
      ? user.humanBookTopic.map((item) => item.topic)
      : [];

    const mappedTopicsOfInterest = user.topicsOfInterest
      ? user.topicsOfInterest.map((item) => item.topic)
      : [];

    const profileState = this.buildHuberProfileState({
      isHuber,
      bio: user.bio,
      videoUrl: user.videoUrl,
      sharingTopicsCount: mappedHumanBookTopic.length,
      publishedStoriesCount: storiesCount,
      favoriteStoriesCount: user._count.storyFavorite,
      feedbacksCount: user._count.feedbackTos,
      timeSlotsCount: user._count.timeSlots,
      hasSeenHuberOnboarding: huberMeta?.hasSeenHuberOnboarding,
    });

    this.logger.log(
      `[users/findById] loading:resolved userId=${id} durationMs=${
        Date.now() - startedAt
      } roleId=${user.role?.id ?? 'unknown'} hasPhoto=${Boolean(
        photo,
      )} hasCoverImage=${Boolean(coverImage)} sharingTopics=${mappedHumanBookTopic.length}`,
    );

    const base = {
      ...omit(user, ['file', 'coverImage']),
      photo,
      coverImage,
      sharingTopics: mappedHumanBookTopic,
      topicsOfInterest: mappedTopicsOfInterest,
      educations: user.educations || [],
      works: user.works || [],
      huberSince: huberMeta?.huberSince ?? null,
      hasSeenHuberOnboarding: huberMeta?.hasSeenHuberOnboarding ?? false,
      profileState,
    };

    if (isHuber) {
      return {
        ...base,
        storiesCount,
        conversationsCount: user._count.huberReadingSessions,
        followersCount: user._count.favoritedByUsers,
        rating,
        ratingCount: user._count.feedbackTos,
      };
    }

    if (isLiber) {
      return { ...base, firstStory };
    }

    return base;
  }

  findByEmail(email: User['email']): Promise<NullableType<User>> {
    return this.usersRepository.findByEmail(email);
  }

  findBySocialIdAndProvider({
    socialId,
    provider,
  }: {
    socialId: User['socialId'];
    provider: User['provider'];
  }): Promise<NullableType<User>> {
    return this.usersRepository.findBySocialIdAndProvider({
      socialId,
      provider,
    });
  }

  async update(
    id: User['id'],
    payload: DeepPartial<User>,
  ): Promise<User | null> {
    const clonedPayload = { ...payload };

    if (
      clonedPayload.password &&
      clonedPayload.previousPassword !== clonedPayload.password
    ) {
      const salt = await bcrypt.genSalt();
      clonedPayload.password = await bcrypt.hash(clonedPayload.password, salt);
    }

    if (clonedPayload.email) {
      const userObject = await this.usersRepository.findByEmail(
        clonedPayload.email,
      );

      if (userObject && userObject.id !== id) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            email: 'emailAlreadyExists',
          },
        });
      }
    }

    if (clonedPayload.photo?.id) {
      const fileObject = await this.filesService.findById(
        clonedPayload.photo.id,
      );
      if (!fileObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            photo: 'imageNotExists',
          },
        });
      }
      clonedPayload.photo = fileObject;
    }

    if (clonedPayload.coverImage?.id) {
      const fileObject = await this.filesService.findById(
        clonedPayload.coverImage.id,
      );
      if (!fileObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            coverImage: 'imageNotExists',
          },
        });
      }
      clonedPayload.coverImage = fileObject;
    }

    if (!!clonedPayload.role) {
      const roleObject = Object.values(RoleEnum)
        .map(String)
        .includes(String(clonedPayload.role.id));
      if (!roleObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            role: 'roleNotExists',
          },
        });
      }
    }

    if (!!clonedPayload.status) {
      const statusObject = Object.values(StatusEnum)
        .map(String)
        .includes(String(clonedPayload.status.id));
      if (!statusObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            status: 'statusNotExists',
          },
        });
      }
    }

    if (!!clonedPayload.gender) {
      const genderObject = Object.values(GenderEnum)
        .map(String)
        .includes(String(clonedPayload.gender.id));
      if (!genderObject) {
        throw new UnprocessableEntityException({
          status: HttpStatus.UNPROCESSABLE_ENTITY,
          errors: {
            status: 'genderNotExists',
          },
        });
      }
    }

    return this.usersRepository.update(id, clonedPayload);
  }

  async updateStatus(id: User['id'], status: string) {
    const statusValue = StatusEnum[status as keyof typeof StatusEnum];
    if (!statusValue) {
      throw new UnprocessableEntityException({
        status: HttpStatus.UNPROCESSABLE_ENTITY,
        errors: { status: 'statusNotExists' },
      });
    }

    const userConfig = {
      include: {
        gender: true,
        role: true,
        status: true,
      },
      omit: {
        deletedAt: true,
        genderId: true,
        roleId: true,
        statusId: true,
        photoId: true,
        password: true,
        createdAt: true,
        updatedAt: true,
      },
    };

    const userExist = await this.prisma.user.findUnique({
      where: { id: Number(id) },
      select: { id: true },
    });
    if (!userExist) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: { user: 'userNotFound' },
      });
    }

    if (statusValue === StatusEnum.inactive) {
      const [user] = await this.prisma.$transaction([
        this.prisma.user.update({
          where: { id: Number(id) },
          data: { statusId: statusValue },
          ...userConfig,
        }),
        this.prisma.story.updateMany({
          where: { humanBookId: Number(id) },
          data: {
            publishStatus: PublishStatus.deleted,
          },
        }),
      ]);
      return user;
    }

    return this.prisma.user.update({
      where: { id: Number(id) },
      data: { statusId: statusValue },
      ...userConfig,
    });
  }

  async remove(id: User['id']): Promise<void> {
    await this.usersRepository.remove(id);
  }

  // async getAuthorDetailById(
  //   id: string | number,
  // ): Promise<GetAuthorDetailByIdDto> {
  //   const user = await this.usersRepository.findById(id);
  //
  //   if (!user) {
  //     throw new UnprocessableEntityException({
  //       status: HttpStatus.UNPROCESSABLE_ENTITY,
  //       errors: {
  //         confirmPassword: 'userNotFound',
  //       },
  //     });
  //   }
  //   // ignore password & previousPassword
  //   delete user.password;
  //   delete user.previousPassword;
  //   return user;
  // }

  async updatePassword(userId: string, newPassword: string): Promise<void> {
    await this.usersRepository.update(userId, { password: newPassword });
  }

  async markHuberOnboardingSeen(userId: User['id']) {
    await this.prisma.$executeRaw`
      UPDATE "user"
      SET "hasSeenHuberOnboarding" = true
      WHERE "id" = ${Number(userId)}
    `;

    return {
      id: Number(userId),
      hasSeenHuberOnboarding: true,
    };
  }

  async upgrade(id: User['id'], upgradeDto: UpgradeDto) {
    const adminId = await this.notificationsService.getAdminId();

    if (upgradeDto.action === Action.accept) {
      await this.usersRepository.update(id, {
        role: {
          id: RoleEnum.humanBook,
        },
        approval: Approval.approved,
        huberSince: new Date(),
      });

      if (adminId) {
        await this.notificationsService.pushNoti({
          senderId: adminId,
          recipientId: Number(id),
          type: NotificationTypeEnum.account,
        });
      }

      // change status for the first story when becoming a human book
      await this.prisma.story.updateMany({
        where: { humanBookId: Number(id) },
        data: { publishStatus: PublishStatus.published },
      });

      return {
        message: 'Approve request to become huber successfully.',
      };
    } else if (upgradeDto.action === Action.reject) {
      await this.usersRepository.update(id, {
        approval: Approval.rejected,
      });

      if (adminId) {
        await this.notificationsService.pushNoti({
          senderId: adminId,
          recipientId: Number(id),
          type: NotificationTypeEnum.rejectHuber,
          extraNote: upgradeDto.reason,
        });
      }

      return {
        message: 'Reject request to become huber!',
      };
    } else {
      throw new BadRequestException({
        status: HttpStatus.BAD_REQUEST,
        errors: {
          action: 'invalidAction',
        },
      });
    }
  }

  async addFeedback(
    byId: PrismaUser['id'],
    toId: PrismaUser['id'],
    payload: Omit<CreateFeedbackDto, 'createdAt' | 'updatedAt' | 'deletedAt'>,
  ) {
    return this.prisma.user.update({
      where: { id: byId },
      data: {
        feedbackBys: {
          create: { ...payload, feedbackTo: { connect: { id: toId } } },
        },
      },
    });
  }

  async getFeedback(byId: PrismaUser['id'], toId: PrismaUser['id']) {
    return this.prisma.user.findFirst({
      include: {
        feedbackBys: {
          where: {
            feedbackById: byId,
          },
        },
        feedbackTos: {
          where: {
            feedbackToId: toId,
          },
        },
      },
    });
  }

  async editFeedback(
    byId: PrismaUser['id'],
    toId: PrismaUser['id'],
    payload: Pick<CreateFeedbackDto, 'rating' | 'content'>,
  ) {
    const feedback = await this.getFeedback(byId, toId);
    return this.prisma.feedback.update({
      where: { id: feedback?.id || 0 },
      data: { rating: payload.rating, content: payload.content },
    });
  }

  async getReadingSessions({
    userId,
    status,
    paginationOptions,
  }: {
    userId: User['id'];
    status: ReadingSessionStatus;
    paginationOptions: IPaginationOptions;
  }) {
    const skip = (paginationOptions.page - 1) * paginationOptions.limit;
    const take = paginationOptions.limit;
    const where = {
      AND: [
        {
          OR: [{ humanBookId: Number(userId) }, { readerId: Number(userId) }],
        },
        { sessionStatus: status },
      ],
    };
    const userConfig = {
      include: {
        topicsOfInterest: true,
        gender: true,
        role: true,
        status: true,
      },
      omit: {
        deletedAt: true,
        genderId: true,
        roleId: true,
        statusId: true,
        photoId: true,
        password: true,
        createdAt: true,
        updatedAt: true,
      },
    };

    const [totalItems, data] = await this.prisma.$transaction([
      this.prisma.readingSession.count({ where }),
      this.prisma.readingSession.findMany({
        where,
        include: {
          humanBook: userConfig,
          reader: userConfig,
        },
        omit: {
          readerId: true,
          humanBookId: true,
          sessionUrl: true,
          recordingUrl: true,
          createdAt: true,
          updatedAt: true,
          deletedAt: true,
        },
        skip,
        take,
      }),
    ]);

    return pagination(data, totalItems, {
      page: paginationOptions.page,
      limit: paginationOptions.limit,
    });
  }

  async addEducation(
    userId: User['id'],
    educationData: {
      major: string;
      institution: string;
      startedAt: string;
      endedAt?: string;
      type?: string;
      isPublic?: boolean;
    },
  ) {
    const user = await this.prisma.user.findUnique({
      where: { id: Number(userId) },
      select: { id: true, roleId: true },
    });

    if (!user) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          user: 'userNotFound',
        },
      });
    }

    if (user.roleId !== RoleEnum.humanBook) {
      throw new ForbiddenException({
        status: HttpStatus.FORBIDDEN,
        errors: {
          role: 'onlyHumanBooksCanAddEducation',
        },
      });
    }

    return this.prisma.education.create({
      data: {
        major: educationData.major,
        institution: educationData.institution,
        startedAt: new Date(educationData.startedAt),
        endedAt: educationData.endedAt ? new Date(educationData.endedAt) : null,
        huberId: Number(userId),
        type: educationData.type as any,
        isPublic: educationData.isPublic ?? false,
      },
      omit: {
        deletedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
  }

  async updateEducation(
    userId: User['id'],
    educationId: number,
    educationData: {
      major?: string;
      institution?: string;
      startedAt?: string;
      endedAt?: string;
      type?: string;
      isPublic?: boolean;
    },
  ) {
    const education = await this.prisma.education.findUnique({
      where: { id: educationId, huberId: Number(userId) },
      select: { id: true, deletedAt: true },
    });

    if (!education || education.deletedAt) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          education: 'educationNotFound',
        },
      });
    }

    return this.prisma.education.update({
      where: { id: educationId },
      data: {
        ...(educationData.major && { major: educationData.major }),
        ...(educationData.institution && {
          institution: educationData.institution,
        }),
        ...(educationData.startedAt && {
          startedAt: new Date(educationData.startedAt),
        }),
        ...(educationData.endedAt !== undefined && {
          endedAt: educationData.endedAt
            ? new Date(educationData.endedAt)
            : null,
        }),
        ...(educationData.type !== undefined && {
          type: educationData.type as any,
        }),
        ...(educationData.isPublic !== undefined && {
          isPublic: educationData.isPublic,
        }),
      },
      omit: {
        deletedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
  }

  async addWork(
    userId: User['id'],
    workData: {
      position: string;
      company: string;
      startedAt: string;
      endedAt?: string;
    },
  ) {
    const user = await this.prisma.user.findUnique({
      where: { id: Number(userId) },
      select: { id: true, roleId: true },
    });

    if (!user) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          user: 'userNotFound',
        },
      });
    }

    if (user.roleId !== RoleEnum.humanBook) {
      throw new ForbiddenException({
        status: HttpStatus.FORBIDDEN,
        errors: {
          role: 'onlyHumanBooksCanAddWork',
        },
      });
    }

    return this.prisma.work.create({
      data: {
        position: workData.position,
        company: workData.company,
        startedAt: new Date(workData.startedAt),
        endedAt: workData.endedAt ? new Date(workData.endedAt) : null,
        huberId: Number(userId),
      },
      omit: {
        deletedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
  }

  async updateWork(
    userId: User['id'],
    workId: number,
    workData: {
      position?: string;
      company?: string;
      startedAt?: string;
      endedAt?: string;
    },
  ) {
    const work = await this.prisma.work.findUnique({
      where: { id: workId, huberId: Number(userId) },
      select: { id: true, deletedAt: true },
    });

    if (!work || work.deletedAt) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          work: 'workNotFound',
        },
      });
    }

    return this.prisma.work.update({
      where: { id: workId },
      data: {
        ...(workData.position && { position: workData.position }),
        ...(workData.company && { company: workData.company }),
        ...(workData.startedAt && {
          startedAt: new Date(workData.startedAt),
        }),
        ...(workData.endedAt !== undefined && {
          endedAt: workData.endedAt ? new Date(workData.endedAt) : null,
        }),
      },
      omit: {
        deletedAt: true,
        createdAt: true,
        updatedAt: true,
      },
    });
  }

  async deleteEducation(
    userId: User['id'],
    educationId: number,
  ): Promise<void> {
    const education = await this.prisma.education.findUnique({
      where: { id: educationId, huberId: Number(userId) },
      select: { id: true, deletedAt: true },
    });

    if (!education || education.deletedAt) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          education: 'educationNotFound',
        },
      });
    }

    await this.prisma.education.update({
      where: { id: educationId },
      data: {
        deletedAt: new Date(),
      },
    });
  }

  async deleteWork(userId: User['id'], workId: number): Promise<void> {
    const work = await this.prisma.work.findUnique({
      where: { id: workId, huberId: Number(userId) },
      select: { id: true, deletedAt: true },
    });

    if (!work || work.deletedAt) {
      throw new NotFoundException({
        status: HttpStatus.NOT_FOUND,
        errors: {
          work: 'workNotFound',
        },
      });
    }

    await this.prisma.work.update({
      where: { id: workId },
      data: {
        deletedAt: new Date(),
      },
    });
  }

  async updateTopics(
    userId: User['id'],
    topicIds: number[] | undefined,
  ): Promise<void> {
    if (!topicIds?.length) return;

    const userIdNum = Number(userId);
    await this.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`DELETE FROM "humanBookTopic" WHERE "userId" = ${userIdNum}`;
      if (topicIds?.length > 0) {
        await tx.humanBookTopic.createMany({
          data: topicIds?.map((topicId) => ({ userId: userIdNum, topicId })),
        });
      }
    });
  }

  private async computeRatingAggregate(userId: number): Promise<number> {
    const result = await this.prisma.feedback.aggregate({
      where: { feedbackToId: userId, deletedAt: null },
      _avg: { rating: true },
    });
    const avg = result._avg.rating ?? 0;
    return Math.round(avg * 10) / 10;
  }

  private findUserWithRelations(id: number) {
    return this.prisma.user.findUnique({
      where: { id },
      include: {
        humanBookTopic: {
          where: { topic: { status: TopicStatus.active } },
          include: {
            topic: { select: { id: true, name: true, color: true } },
          },
        },
        topicsOfInterest: {
          include: {
            topic: { select: { id: true, name: true, color: true } },
          },
        },
        educations: {
          where: { deletedAt: null },
          select: {
            id: true,
            major: true,
            institution: true,
            startedAt: true,
            endedAt: true,
            type: true,
            isPublic: true,
          },
          orderBy: { startedAt: 'desc' },
        },
        works: {
          where: { deletedAt: null },
          select: {
            id: true,
            position: true,
            company: true,
            startedAt: true,
            endedAt: true,
          },
          orderBy: { startedAt: 'desc' },
        },
        gender: true,
        role: true,
        status: true,
        file: true,
        coverImage: true,
        _count: {
          select: {
            feedbackTos: { where: { deletedAt: null } },
            storyFavorite: true,
            timeSlots: true,
            topicsOfInterest: true,
            favoritedByUsers: true,
            huberReadingSessions: { where: { sessionStatus: ReadingSessionStatus.FINISHED } },
          },
        },
      },
      omit: {
        deletedAt: true,
        genderId: true,
        roleId: true,
        statusId: true,
        photoId: true,
        coverImageId: true,
        password: true,
        updatedAt: true,
      },
    });
  }

  private async findHuberMeta(id: number) {
    const [meta] = await this.prisma.$queryRaw<
      { huberSince: Date | null; hasSeenHuberOnboarding: boolean }[]
    >`
      SELECT "huberSince", "hasSeenHuberOnboarding"
      FROM "user"
      WHERE "id" = ${id}
    `;
    return meta ?? null;
  }

  private countStories(humanBookId: number) {
    return this.prisma.story.count({
      where: {
        humanBookId,
        publishStatus: PublishStatus.published,
      },
    });
  }

  private findFirstStory(humanBookId: number) {
    return this.prisma.story.findFirst({
      where: { humanBookId },
      include: { cover: true },
      omit: {
        coverId: true,
        createdAt: true,
        updatedAt: true,
        humanBookId: true,
      },
    });
  }

  private async transformFileUrl(
    file: FileDto | null,
  ): Promise<FileDto | null> {
    if (!file) return file;

    const config = fileConfig() as FileConfig;

    if (config.driver === FileDriver.LOCAL) {
      file.path = (appConfig() as AppConfig).backendDomain + file.path;
    } else if (
      [FileDriver.S3, FileDriver.S3_PRESIGNED].includes(config.driver)
    ) {
      if (!file.path) {
        throw new BadRequestException('Missing file path for S3 object.');
      }

      if (!this.s3Client) {
        this.s3Client = new S3Client({
          region: config.awsS3Region ?? '',
          credentials: {
            accessKeyId: config.accessKeyId ?? '',
            secretAccessKey: config.secretAccessKey ?? '',
          },
        });
      }

      const command = new GetObjectCommand({
        Bucket: config.awsDefaultS3Bucket,
        Key: file.path,
      });

      file.path = await getSignedUrl(this.s3Client, command, {
        expiresIn: 3600,
      });
    }

    return file;
  }

  private buildHuberProfileState({
    isHuber,
    bio,
    videoUrl,
    sharingTopicsCount,
    publishedStoriesCount,
    favoriteStoriesCount,
    feedbacksCount,
    timeSlotsCount,
    hasSeenHuberOnboarding,
  }: {
    isHuber: boolean;
    bio?: string | null;
    videoUrl?: string | null;
    sharingTopicsCount: number;
    publishedStoriesCount: number;
    favoriteStoriesCount: number;
    feedbacksCount: number;
    timeSlotsCount: number;
    hasSeenHuberOnboarding?: boolean | null;
  }) {
    const completedItems = {
      introduction: Boolean(
        bio?.trim() || videoUrl?.trim() || sharingTopicsCount > 0,
      ),
      schedule: timeSlotsCount > 0,
      myBooks: publishedStoriesCount > 0,
      favoriteBooks: favoriteStoriesCount > 0,
      reviewsAboutMe: feedbacksCount > 0,
    };
    const completedCount = Object.values(completedItems).filter(Boolean).length;

    return {
      roleLabel: isHuber ? 'Huber' : 'Liber',
      canCreateBook: !isHuber,
      shouldShowHuberOnboarding: isHuber && !hasSeenHuberOnboarding,
      menuItems: isHuber
        ? [
            'introduction',
            'schedule',
            'myBooks',
            'favoriteBooks',
            'reviewsAboutMe',
          ]
        : ['introduction', 'myBooks', 'favoriteBooks'],
      huberStar: {
        completedCount,
        totalCount: 5,
        completedItems,
        isUnlocked: isHuber && completedCount === 5,
      },
    };
  }
}
