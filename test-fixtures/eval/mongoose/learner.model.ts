import mongoose, { Schema, type InferSchemaType } from "mongoose";

const enrollmentSchema = new Schema(
  {
    course: { type: Schema.Types.ObjectId, ref: "Course", required: true },
    progressPercent: { type: Number, default: 0 }, // @pii none
    completedAt: Date, // @pii none
    certificateName: String, // @pii user.name  name as printed on the certificate
  },
  { _id: false },
);

const learnerSchema = new Schema(
  {
    displayName: { type: String, required: true, trim: true }, // @pii user.name
    nickname: { type: String }, // @pii user.name
    email: { type: String, required: true, lowercase: true, unique: true }, // @pii user.contact.email
    emailConfirmed: { type: Boolean, default: false }, // @pii none
    birthYear: Number, // @pii user.demographic.date_of_birth
    gender: { type: String, enum: ["female", "male", "non_binary", "prefer_not_to_say"] }, // @pii user.demographic.gender
    spokenLanguages: [String], // @pii user.demographic.language
    schoolName: String, // @pii user.contact.organization
    address: { // @pii user.contact.address  a whole postal-address object (labelling guide)
      street: String, // @pii user.contact.address.street
      city: String, // @pii user.contact.address.city
      state: String, // @pii user.contact.address.state
      zip: String, // @pii user.contact.address.postal_code
    },
    learningDisability: { type: String }, // @pii user.health_and_medical  used to grant extra exam time
    guardianEmail: String, // @pii user.contact.email
    enrollments: [enrollmentSchema],
    streakDays: { type: Number, default: 0 }, // @pii none
    lastLoginAt: Date, // @pii none
    passwordResetToken: String, // @pii none
  },
  { timestamps: true },
);

learnerSchema.index({ email: 1 });

learnerSchema.virtual("initials").get(function () {
  return this.displayName
    .split(/\s+/)
    .map((part) => part[0])
    .join("");
});

const courseSchema = new Schema({
  title: { type: String, required: true }, // @pii none
  name: String, // @pii none  internal course code name
  instructorName: String, // @pii user.name
  language: String, // @pii none  language the course is taught in
  country: String, // @pii none  catalogue region
  price: Number,
});

export type Learner = InferSchemaType<typeof learnerSchema>;
export const LearnerModel = mongoose.model("Learner", learnerSchema);
export const CourseModel = mongoose.model("Course", courseSchema);
