const { DataTypes } = require('sequelize');
const sequelize = require('../db');

const User = sequelize.define(
  'User',
  {
    id: {
      type: DataTypes.UUID,
      defaultValue: DataTypes.UUIDV4,
      primaryKey: true,
    },
    email: { // @pii user.contact.email
      type: DataTypes.STRING,
      allowNull: false,
      unique: true,
      validate: { isEmail: true },
    },
    name: DataTypes.STRING, // @pii user.name
    login: { type: DataTypes.STRING, unique: true }, // @pii user.account.username
    passwordDigest: DataTypes.STRING, // @pii none
    lastLoginIp: DataTypes.INET, // @pii user.device.ip_address
    emailHash: DataTypes.STRING(64), // @pii none  sha256 for Gravatar and duplicate lookup
    phoneHash: DataTypes.STRING(64), // @pii none
    failedLoginCount: { type: DataTypes.INTEGER, defaultValue: 0 }, // @pii none
    isAdmin: { type: DataTypes.BOOLEAN, defaultValue: false }, // @pii none
  },
  { tableName: 'users', underscored: true },
);

const Folder = sequelize.define('Folder', {
  name: { type: DataTypes.STRING, allowNull: false }, // @pii none
  ownerId: DataTypes.UUID, // @pii none
  color: DataTypes.STRING,
});

User.hasMany(Folder, { foreignKey: 'ownerId' });

module.exports = { User, Folder };
