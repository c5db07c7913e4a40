// SPDX-FileCopyrightText: 2024 The Ossi Developers
//
// SPDX-License-Identifier: MIT

import {
  type CreationOptional,
  DataTypes,
  type ForeignKey,
  type InferAttributes,
  type InferCreationAttributes,
  Model,
} from 'sequelize';

import {sequelize} from '..';
import AplusGradeSource from './aplusGradeSource';
import CourseTask from './courseTask';
import ExternalSource from './externalSource';
import User from './user';

export default class TaskGrade extends Model<
  InferAttributes<TaskGrade>,
  InferCreationAttributes<TaskGrade>
> {
  declare id: CreationOptional<number>;
  declare userId: ForeignKey<User['id']>;
  declare courseTaskId: ForeignKey<CourseTask['id']>;
  declare graderId: ForeignKey<User['id']>;
  /**
    * @deprecated, use externalSourceId instead
    */
  declare aplusGradeSourceId: CreationOptional<ForeignKey<
    AplusGradeSource['id']
  > | null>;

  declare externalSourceId: CreationOptional<ForeignKey<ExternalSource['id']> | null>;
  declare grade: number;
  // Date when course part is completed (e.g., deadline or exam date)
  declare date: Date | string; // Database outputs 'yyyy-mm-dd' but inserting date is allowed
  declare expiryDate: Date | string | null; // Database outputs 'yyyy-mm-dd' but inserting date is allowed
  declare comment: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
  grader?: User;
  User?: User;
  CourseTask?: CourseTask;
  AplusGradeSource?: AplusGradeSource;
  ExternalSource?: ExternalSource;
}

TaskGrade.init(
  {
    id: {
      type: DataTypes.INTEGER,
      autoIncrement: true,
      primaryKey: true,
    },
    userId: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: {
        model: 'user',
        key: 'id',
      },
    },
    courseTaskId: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: {
        model: 'course_part',
        key: 'id',
      },
    },
    graderId: {
      type: DataTypes.INTEGER,
      allowNull: false,
      references: {
        model: 'user',
        key: 'id',
      },
    },
    aplusGradeSourceId: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: {
        model: 'aplus_grade_source',
        key: 'id',
      },
    },
    externalSourceId: {
      type: DataTypes.INTEGER,
      allowNull: true,
      references: {
        model: 'external_source',
        key: 'id',
      },
    },
    grade: {
      type: DataTypes.FLOAT,
      allowNull: false,
    },
    date: {
      type: DataTypes.DATEONLY,
      allowNull: false,
    },
    expiryDate: {
      type: DataTypes.DATEONLY,
      allowNull: true,
    },
    comment: {
      type: DataTypes.STRING,
      allowNull: true,
    },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  {
    sequelize,
    tableName: 'task_grade',
  }
);

User.hasMany(TaskGrade, {onDelete: 'CASCADE', onUpdate: 'CASCADE'});
TaskGrade.belongsTo(User, {foreignKey: 'userId'});

CourseTask.hasMany(TaskGrade, {
  onDelete: 'RESTRICT',
  onUpdate: 'CASCADE',
});
TaskGrade.belongsTo(CourseTask, {foreignKey: 'courseTaskId'});

User.hasMany(TaskGrade, {
  foreignKey: 'graderId',
  onDelete: 'NO ACTION',
  onUpdate: 'CASCADE',
});
TaskGrade.belongsTo(User, {foreignKey: 'graderId', as: 'grader'});

AplusGradeSource.hasMany(TaskGrade, {
  onDelete: 'RESTRICT',
  onUpdate: 'CASCADE',
});
TaskGrade.belongsTo(AplusGradeSource, {foreignKey: 'aplusGradeSourceId'});

ExternalSource.hasMany(TaskGrade, {
  onDelete: 'SET NULL',
  onUpdate: 'CASCADE',
});
TaskGrade.belongsTo(ExternalSource, {foreignKey: 'externalSourceId'});
