import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { SubscriptionUserEntity } from 'src/entities/subscription-user.entity';
import { UserEntity } from 'src/entities/user.entity';
import { IsNull, Repository } from 'typeorm';
import { ZapierWebhookClient } from '../api/zapier/zapier-webhook-client';
import { Logger } from '../logger/logger';
import { SubscriptionService } from '../subscription/subscription.service';
import { WhatsappSubscriptionStatusEnum } from '../utils/constants';
import { formatSubscriptionObject } from '../utils/serialize';
import { CreateSubscriptionUserDto } from './dto/create-subscription-user.dto';
import { UpdateSubscriptionUserDto } from './dto/update-subscription-user.dto';
import { ISubscriptionUser } from './subscription-user.interface';

@Injectable()
export class SubscriptionUserService {
  private readonly logger = new Logger('SubscriptionUserService');

  constructor(
    @InjectRepository(SubscriptionUserEntity)
    private subscriptionUserRepository: Repository<SubscriptionUserEntity>,
    private readonly subscriptionService: SubscriptionService,
    private readonly zapierClient: ZapierWebhookClient,
  ) {}

  async createWhatsappSubscription(
    user: UserEntity,
    createSubscriptionUserDto: CreateSubscriptionUserDto,
  ): Promise<ISubscriptionUser | undefined> {
    const whatsapp = await this.subscriptionService.getSubscription('whatsapp');
    // Note that only one active whatsapp subscription is allowed per user.
    // A user with an existing active subscription cannot subscribe for example with a different number.
    const activeWhatsappSubscription = await this.subscriptionUserRepository.findBy({
      subscriptionId: whatsapp.id,
      userId: user.id,
      cancelledAt: IsNull(),
    });

    this.logger.log(
      `Existing active whatsapp subscription for user ${user.id}: [${activeWhatsappSubscription}]`,
    );

    if (activeWhatsappSubscription.length === 0) {
      const sanitizedPhonenumber = this.sanitizePhonenumber(
        createSubscriptionUserDto.subscriptionInfo,
      );

      this.logger.log('Triggering zapier to add contact to respond.io');
      await this.zapierClient.addContactToRespondIO({
        phonenumber: sanitizedPhonenumber,
        name: user.name,
      });

      const createdSubscription = await this.subscriptionUserRepository.save({
        subscriptionId: whatsapp.id,
        userId: user.id,
        subscriptionInfo: sanitizedPhonenumber,
      });

      return this.getFullSubscriptionInfo({ id: createdSubscription.id, userId: user.id });
    } else {
      throw new HttpException(WhatsappSubscriptionStatusEnum.ALREADY_EXISTS, HttpStatus.CONFLICT);
    }
  }

  async cancelWhatsappSubscription(
    userId: string,
    { cancelledAt }: UpdateSubscriptionUserDto,
    id: string,
  ) {
    const subscription = await this.subscriptionUserRepository
      .createQueryBuilder('subscription_user')
      .where('subscription_user.subscriptionUserId = :id', { id })
      .andWhere('subscription_user.userId = :userId', { userId: userId })
      .getOne();

    if (subscription) {
      if (!subscription.cancelledAt) {
        this.logger.log('Triggering zapier to remove contact from respond.io');
        await this.zapierClient.deleteContactFromRespondIO({
          phonenumber: subscription.subscriptionInfo,
        });

        subscription.cancelledAt = cancelledAt;
        await this.subscriptionUserRepository.save(subscription);

        return this.getFullSubscriptionInfo({ id: subscription.id, userId });
      }
    } else {
      throw new HttpException('Could not find subscription', HttpStatus.BAD_REQUEST);
    }
  }

  async getFullSubscriptionInfo({
    id,
    userId,
  }: {
    id: string;
    userId: string;
  }): Promise<ISubscriptionUser> {
    const subscription = await this.subscriptionUserRepository
      .createQueryBuilder('subscription_user')
      .leftJoinAndSelect('subscription_user.subscription', 'subscription')
      .where('subscription_user.subscriptionUserId = :id', { id })
      .andWhere('subscription_user.userId = :userId', { userId })
      .getOne();

    return formatSubscriptionObject(subscription);
  }

  sanitizePhonenumber = (phonenumber: string) => {
    return phonenumber.replace(/\s/g, ''); // remove spaces
  };

  async softDeleteSubscriptionsForUser(userId): Promise<SubscriptionUserEntity[]> {
    try {
      const subscriptions = await this.subscriptionUserRepository.find({
        where: { userId: userId },
      });
      const cancelledAt = new Date();

      const updatedSubscriptions: SubscriptionUserEntity[] = await Promise.all(
        subscriptions.map(async (subs): Promise<SubscriptionUserEntity> => {
          if (!subs.cancelledAt) {
            try {
              await this.cancelWhatsappSubscription(userId, { cancelledAt }, subs.id);
            } catch (err) {
              this.logger.error(
                `softDeleteSubscriptionsForUser - could not remove contact from respond.io for subscription ${subs.id}. Number retained for manual removal: ${err?.message || 'unknown error'}`,
              );
              return subs;
            }
          }

          const subscription = await this.subscriptionUserRepository.findOne({
            where: { id: subs.id },
          });
          const updatedSubscription = {
            ...subscription,
            subscriptionInfo: `Number Redacted`,
          };

          return await this.subscriptionUserRepository.save(updatedSubscription);
        }),
      );
      this.logger.log(`Redacted number for ${updatedSubscriptions.length} subscription(s)`);
      return updatedSubscriptions;
    } catch (err) {
      throw new HttpException(
        `softDeleteSubscriptionUser error - ${err?.message || 'unknown error'}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }

  async getSubscriptions(userId: string): Promise<SubscriptionUserEntity[]> {
    try {
      const userSubscriptions = await this.subscriptionUserRepository.find({
        where: { userId: userId },
        relations: { subscription: true },
      });

      this.logger.log(`User ${userId} has ${userSubscriptions.length} subscriptions`);

      return userSubscriptions;
    } catch (err) {
      throw new HttpException(
        `getSubscriptions error - ${err?.message || 'unknown error'}`,
        HttpStatus.INTERNAL_SERVER_ERROR,
      );
    }
  }
}
