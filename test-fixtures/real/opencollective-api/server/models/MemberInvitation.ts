import config from 'config';
import { pick } from 'lodash';
import { CreateOptions, InferAttributes, InferCreationAttributes, Transaction } from 'sequelize';

import ActivityTypes from '../constants/activities';
import { CollectiveType } from '../constants/collectives';
import roles, { MemberRoleLabels } from '../constants/roles';
import { purgeCacheForCollective } from '../lib/cache';
import { EntityShortIdPrefix } from '../lib/permalink/entity-map';
import sequelize, { DataTypes } from '../lib/sequelize';

import Activity from './Activity';
import Collective from './Collective';
import Member from './Member';
import { ModelWithPublicId } from './ModelWithPublicId';
import User from './User';

export const MEMBER_INVITATION_SUPPORTED_ROLES = [
  roles.ACCOUNTANT,
  roles.ADMIN,
  roles.MEMBER,
  roles.COMMUNITY_MANAGER,
] as const;
export const PRIVATE_ACCOUNTS_SUPPORTED_ROLES = [roles.ACCOUNTANT, roles.ADMIN] as const;

class MemberInvitation extends ModelWithPublicId<
  EntityShortIdPrefix.MemberInvitation,
  InferAttributes<MemberInvitation>,
  InferCreationAttributes<MemberInvitation>
> {
  public static readonly nanoIdPrefix = EntityShortIdPrefix.MemberInvitation;
  public static readonly tableName = 'MemberInvitations' as const;

  declare id: number;
  declare CreatedByUserId: number;
  declare MemberCollectiveId: number;
  declare CollectiveId: number;
  declare TierId: number;
  declare role: roles.ACCOUNTANT | roles.ADMIN | roles.MEMBER | roles.COMMUNITY_MANAGER;
  declare description: string;

  declare createdAt: Date;
  declare updatedAt: Date;
  declare deletedAt?: Date;
  declare since: Date | string;

  declare collective?: Collective;
  declare memberCollective?: Collective;

  declare sendEmail: (
    remoteUser: User,
    skipDefaultAdmin: boolean,
    sequelizeParams?: CreateOptions,
    privateNote?: string,
    options?: { isNewUser?: boolean },
  ) => Promise<void>;

  declare invite: (
    collective,
    memberParams,
    {
      transaction,
      skipDefaultAdmin,
      privateNote,
      isNewUser,
    }?: {
      transaction?: Transaction;
      skipDefaultAdmin?: boolean;
      privateNote?: string;
      isNewUser?: boolean;
    },
  ) => Promise<MemberInvitation>;

  declare accept: () => Promise<MemberInvitation>;

  declare decline: () => Promise<void>;

  /**
   * Class Methods
   */
  static async invite(
    collective,
    memberParams,
    {
      transaction,
      skipDefaultAdmin,
      privateNote,
      isNewUser,
    }: {
      transaction?: Transaction;
      skipDefaultAdmin?: boolean;
      privateNote?: string;
      isNewUser?: boolean;
    } = {},
  ) {
    const sequelizeParams = transaction ? { transaction } : undefined;

    // Check params
    if (!MEMBER_INVITATION_SUPPORTED_ROLES.includes(memberParams.role)) {
      throw new Error(`Member invitation roles can only be one of: ${MEMBER_INVITATION_SUPPORTED_ROLES.join(', ')}`);
    } else if (collective.isPrivate && !PRIVATE_ACCOUNTS_SUPPORTED_ROLES.includes(memberParams.role)) {
      throw new Error(`Private accounts do not support the ${memberParams.role} role`);
    } else if (collective.type === CollectiveType.USER) {
      throw new Error('Individual accounts do not support members');
    }

    // Ensure the user is not already a member
    const existingMember = await Member.findOne({
      where: {
        CollectiveId: collective.id,
        MemberCollectiveId: memberParams.MemberCollectiveId,
        role: memberParams.role,
      },
      ...sequelizeParams,
    });

    if (existingMember) {
      throw new Error(`This user already have the ${memberParams.role} role on this Collective`);
    }

    // Update the existing invitation if it exists
    let invitation = await MemberInvitation.findOne({
      include: [{ association: 'collective' }],
      where: {
        CollectiveId: collective.id,
        MemberCollectiveId: memberParams.MemberCollectiveId,
      },
      ...sequelizeParams,
    });

    if (invitation) {
      const updateData = pick(memberParams, ['role', 'description', 'since']);
      await invitation.update(updateData, sequelizeParams);
    } else {
      // Ensure collective has not invited too many people
      const memberCountWhere = { CollectiveId: collective.id, role: MEMBER_INVITATION_SUPPORTED_ROLES };
      const nbMembers = await Member.count({ where: memberCountWhere, ...sequelizeParams });
      const nbInvitations = await MemberInvitation.count({ where: memberCountWhere, ...sequelizeParams });
      if (nbMembers + nbInvitations > config.limits.maxCoreContributorsPerAccount) {
        throw new Error('You exceeded the maximum number of members for this account');
      }

      // Create new member invitation
      invitation = await MemberInvitation.create({ ...memberParams, CollectiveId: collective.id }, sequelizeParams);
      invitation.collective = collective;

      const memberCollective = await Collective.findByPk(memberParams.MemberCollectiveId, sequelizeParams);
      await Activity.create(
        {
          type: ActivityTypes.COLLECTIVE_CORE_MEMBER_INVITED,
          CollectiveId: collective.id,
          FromCollectiveId: memberParams.MemberCollectiveId,
          HostCollectiveId: collective.approvedAt ? collective.HostCollectiveId : null,
          UserId: memberParams.CreatedByUserId,
          data: {
            notify: false,
            memberCollective: memberCollective.activity,
            collective: collective.activity,
            invitation: pick(invitation, ['id', 'role', 'description', 'since']),
          },
        },
        sequelizeParams,
      );
    }

    // Load remote user
    // TODO: We should make `createdByUser` a required param
    const createdByUser = await User.findByPk(memberParams.CreatedByUserId, {
      include: [{ association: 'collective' }],
      ...sequelizeParams,
    });

    // If this is a freshly-created user account, flag their collective so they're prompted
    // to complete their profile before they can accept the invitation. Mirrors the signup flow.
    if (isNewUser) {
      const inviteeCollective = await Collective.findByPk(memberParams.MemberCollectiveId, sequelizeParams);
      if (inviteeCollective) {
        const newData = { ...inviteeCollective.data, requiresProfileCompletion: true };
        await inviteeCollective.update({ data: newData }, sequelizeParams);
      }
    }

    await invitation.sendEmail(createdByUser, skipDefaultAdmin, sequelizeParams, privateNote, { isNewUser });
    return invitation;
  }
}

MemberInvitation.init(
  {
    id: {
      type: DataTypes.INTEGER,
      primaryKey: true,
      autoIncrement: true,
    },
    publicId: {
      type: DataTypes.STRING,
      unique: true,
    },

    CreatedByUserId: {
      type: DataTypes.INTEGER,
      references: {
        model: 'Users',
        key: 'id',
      },
      onDelete: 'SET NULL',
      onUpdate: 'CASCADE',
    },

    MemberCollectiveId: {
      type: DataTypes.INTEGER,
      references: {
        model: 'Collectives',
        key: 'id',
      },
      onDelete: 'CASCADE',
      onUpdate: 'CASCADE',
      allowNull: false,
    },

    CollectiveId: {
      type: DataTypes.INTEGER,
      references: {
        model: 'Collectives',
        key: 'id',
      },
      onDelete: 'SET NULL',
      onUpdate: 'CASCADE',
      allowNull: false,
    },

    TierId: {
      type: DataTypes.INTEGER,
      references: {
        model: 'Tiers',
        key: 'id',
      },
      onDelete: 'SET NULL',
      onUpdate: 'CASCADE',
    },

    role: {
      type: DataTypes.STRING,
      allowNull: false,
      defaultValue: 'member',
      validate: {
        isIn: {
          args: [MEMBER_INVITATION_SUPPORTED_ROLES],
          msg: 'Must be ACCOUNTANT, ADMIN, MEMBER or COMMUNITY_MANAGER',
        },
      },
    },

    description: {
      type: DataTypes.STRING,
    },

    // Dates.
    createdAt: {
      type: DataTypes.DATE,
      defaultValue: DataTypes.NOW,
    },
    updatedAt: {
      type: DataTypes.DATE,
      defaultValue: DataTypes.NOW,
    },
    deletedAt: {
      type: DataTypes.DATE,
    },
    since: {
      type: DataTypes.DATE,
      defaultValue: DataTypes.NOW,
    },
  },
  {
    sequelize,
    paranoid: true,
  },
);

// ---- Instance methods ----

MemberInvitation.prototype.accept = async function () {
  const existingMember = await Member.findOne({
    where: {
      MemberCollectiveId: this.MemberCollectiveId,
      CollectiveId: this.CollectiveId,
      TierId: this.TierId,
      role: this.role,
    },
  });

  // Ignore if membership already exists
  if (existingMember) {
    return this.destroy();
  }

  const user = await User.findOne({
    where: { CollectiveId: this.MemberCollectiveId },
    include: {
      model: Collective,
      as: 'collective',
      attributes: ['id'],
      where: { type: CollectiveType.USER, isIncognito: false },
    },
  });

  if (!user) {
    throw new Error(`No profile found for this user. Please contact support`);
  }

  const collective = await Collective.findByPk(this.CollectiveId);
  if (!collective) {
    throw new Error(`No collective found for this invitation. Please contact support`);
  }

  const member = await collective.addUserWithRole(user, this.role, {
    TierId: this.TierId,
    CreatedByUserId: this.CreatedByUserId,
    description: this.description,
    since: this.since,
  });
  purgeCacheForCollective(collective.slug);

  if (MEMBER_INVITATION_SUPPORTED_ROLES.includes(this.role)) {
    const memberCollective = await Collective.findByPk(this.MemberCollectiveId);
    await Activity.create({
      type: ActivityTypes.COLLECTIVE_CORE_MEMBER_ADDED,
      UserId: this.CreatedByUserId,
      CollectiveId: this.CollectiveId,
      FromCollectiveId: this.MemberCollectiveId,
      HostCollectiveId: collective.approvedAt ? collective.HostCollectiveId : null,
      data: {
        notify: false,
        memberCollective: memberCollective.activity,
        collective: collective.activity,
        member: member.info,
      },
    });
  }

  return this.destroy();
};

MemberInvitation.prototype.decline = async function () {
  await this.destroy();
  const collective = this.collective || (await this.getCollective());
  const memberCollective = this.memberCollective || (await this.getMemberCollective());
  await Activity.create({
    type: ActivityTypes.COLLECTIVE_CORE_MEMBER_INVITATION_DECLINED,
    CollectiveId: this.CollectiveId,
    FromCollectiveId: this.MemberCollectiveId,
    HostCollectiveId: collective.approvedAt ? collective.HostCollectiveId : null,
    data: {
      notify: false,
      memberCollective: memberCollective.activity,
      collective: collective.activity,
      invitation: pick(this, ['id', 'role', 'description', 'since']),
    },
  });
};

MemberInvitation.prototype.sendEmail = async function (
  remoteUser,
  skipDefaultAdmin = false,
  sequelizeParams = null,
  privateNote = null,
  { isNewUser = false }: { isNewUser?: boolean } = {},
) {
  // Load invitee
  const invitedUser = await User.findOne({
    where: { CollectiveId: this.MemberCollectiveId },
    include: [{ model: Collective, as: 'collective' }],
    ...sequelizeParams,
  });

  if (!invitedUser) {
    throw new Error('Cannot find invited user');
  }

  // Load collective
  const collective = this.collective || (await this.getCollective(sequelizeParams));

  // Send member invitation
  await Activity.create(
    {
      type: ActivityTypes.COLLECTIVE_MEMBER_INVITED,
      CollectiveId: collective.id,
      FromCollectiveId: this.MemberCollectiveId,
      HostCollectiveId: collective.approvedAt ? collective.HostCollectiveId : null,
      UserId: remoteUser?.id,
      data: {
        role: MemberRoleLabels[this.role] || this.role.toLowerCase(),
        invitation: pick(this, ['id', 'role', 'description', 'since']),
        collective: collective.activity,
        memberCollective: invitedUser.collective.activity,
        invitedByUser: remoteUser ? { collective: remoteUser.collective?.activity } : null,
        skipDefaultAdmin: skipDefaultAdmin,
        privateNote: privateNote || null,
        isNewUser: isNewUser || false,
      },
    },
    sequelizeParams,
  );
};

export default MemberInvitation;
