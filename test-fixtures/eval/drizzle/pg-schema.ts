import { relations } from "drizzle-orm";
import { boolean, date, inet, integer, pgEnum, pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const genderEnum = pgEnum("gender", ["female", "male", "other", "unknown"]);

export const members = pgTable("members", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: varchar("email", { length: 255 }).notNull().unique(), // @pii user.contact.email
  emailVerified: boolean("email_verified").default(false).notNull(), // @pii none
  fullName: text("full_name").notNull(), // @pii user.name
  gender: genderEnum("gender"), // @pii user.demographic.gender
  dob: date("dob"), // @pii user.demographic.date_of_birth
  religion: varchar("religion", { length: 64 }), // @pii user.demographic.religious_belief  chaplaincy service opt-in
  homePhone: varchar("home_phone", { length: 32 }), // @pii user.contact.phone_number
  lastSeenIp: inet("last_seen_ip"), // @pii user.device.ip_address
  createdAt: timestamp("created_at").defaultNow().notNull(),
});

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(), // @pii none
  vatNumber: varchar("vat_number", { length: 32 }), // @pii none  company tax id
  website: text("website"), // @pii none  company website
  headquartersCity: text("headquarters_city"), // @pii none
  seatCount: integer("seat_count").default(5), // @pii none
});

export const memberships = pgTable("memberships", {
  memberId: uuid("member_id").references(() => members.id).notNull(), // @pii none
  organizationId: uuid("organization_id").references(() => organizations.id).notNull(), // @pii none
  title: text("title"), // @pii user.job_title  the member's job title in that organization
  joinedAt: timestamp("joined_at").defaultNow(), // @pii none
});

export const membersRelations = relations(members, ({ many }) => ({
  memberships: many(memberships),
}));
