const mongoose = require("mongoose");
const validator = require("validator");
const bcrypt = require("bcryptjs");
const { toJSON, paginate } = require("./plugins");
const { roles } = require("../config/roles");

const userSchema = new mongoose.Schema(
  {
    name: {
      type: String,
      required: true,
      trim: true,
      maxlength: 100,
    },

    email: {
      type: String,
      required: true,
      unique: true,
      trim: true,
      lowercase: true,
      validate(value) {
        if (!validator.isEmail(value)) {
          throw new Error("Invalid email");
        }
      },
    },

    password: {
      type: String,
      minlength: 8,
      validate(value) {
        if (value && (!value.match(/\d/) || !value.match(/[a-zA-Z]/))) {
          throw new Error(
            "Password must contain at least one letter and one number"
          );
        }
      },
      private: true,
    },

    role: {
      type: String,
      enum: roles,
      default: "user",
    },

    isEmailVerified: {
      type: Boolean,
      default: false,
    },

    oauthProviders: [
      {
        provider: {
          type: String,
          enum: ["google", "facebook", "github"],
        },
        providerId: {
          type: String,
        },
        _id: false,
      },
    ],
  },
  {
    timestamps: true,
  }
);

userSchema.plugin(toJSON);
userSchema.plugin(paginate);

userSchema.statics.isEmailTaken = async function (email, excludeUserId) {
  const user = await this.findOne({ email, _id: { $ne: excludeUserId } });
  return !!user;
};

userSchema.statics.findOrCreateOAuthUser = async function ({
  provider,
  providerId,
  email,
  name,
}) {
  let user = await this.findOne({
    oauthProviders: { $elemMatch: { provider, providerId } },
  });
  if (user) return user;

  user = await this.findOne({ email });
  if (user) {
    user.oauthProviders.push({ provider, providerId });
    await user.save();
    return user;
  }

  user = await this.create({
    name,
    email,
    isEmailVerified: true,
    oauthProviders: [{ provider, providerId }],
  });

  return user;
};

userSchema.methods.isPasswordMatch = async function (password) {
  return bcrypt.compare(password, this.password);
};

userSchema.pre("save", async function () {
  if (this.isModified("password") && this.password) {
    this.password = await bcrypt.hash(this.password, 10);
  }
});

const User = mongoose.models.User || mongoose.model("User", userSchema);

module.exports = User;
