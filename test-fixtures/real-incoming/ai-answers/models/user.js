import mongoose from 'mongoose';
import bcrypt from 'bcryptjs';

const userSchema = new mongoose.Schema({
  email: {
    type: String,
    required: true,
    unique: true,
    trim: true,
    lowercase: true
  },
  password: {
    type: String,
    required: true
  },
  role: {
    type: String,
    enum: ['admin', 'partner'],
    default: 'partner'
  },
  active: {
    type: Boolean,
    default: true
  },
  // Two factor authentication fields
  twoFACode: {
    type: String,
    default: null,
  },
  twoFAExpires: {
    type: Date,
    default: null,
  }
  ,
  // If using otplib TOTP flow, store a per-user secret
  twoFASecret: {
    type: String,
    default: null,
  },
  // Password reset fields
  // Permanent secret for TOTP password reset codes
  resetPasswordSecret: {
    type: String,
    default: null,
  },
  // Track failed reset code attempts for account-level lockout
  resetPasswordAttempts: {
    type: Number,
    default: 0,
  },
  // Lockout timestamp after too many failed reset attempts
  resetPasswordLockedUntil: {
    type: Date,
    default: null,
  },

}, {
  timestamps: true,
  versionKey: false,
  id: false
});

// Hash password before saving
userSchema.pre('save', async function (next) {
  if (!this.isModified('password')) return next();
  this.password = await bcrypt.hash(this.password, 10);
  next();
});

// Method to compare password
userSchema.methods.comparePassword = async function (candidatePassword) {
  return bcrypt.compare(candidatePassword, this.password);
};

export const User = mongoose.models.User || mongoose.model('User', userSchema);