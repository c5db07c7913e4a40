import { Document, InferSchemaType, Schema, model } from "mongoose";

const userSchema = new Schema(
  {
    firstName: { type: String, required: true },
    lastName: { type: String, required: true },
    email: { type: String, required: true },
    isHousingLocator: { type: Boolean, required: false },
  },
  // Mongoose will automatically create "createdAt" and "updatedAt" properties
  // and update them accordingly when the document is saved/updated.
  { timestamps: true },
);

export type User = InferSchemaType<typeof userSchema> & Document;

export const UserModel = model<User>("User", userSchema);
