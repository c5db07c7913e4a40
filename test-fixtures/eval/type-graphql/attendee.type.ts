import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { TicketType } from "./ticket-type.type";

export enum DietaryPreference {
  NONE = "none",
  VEGETARIAN = "vegetarian",
  VEGAN = "vegan",
  HALAL = "halal",
  KOSHER = "kosher",
}
registerEnumType(DietaryPreference, { name: "DietaryPreference" });

@ObjectType({ description: "A person holding a ticket for an event" })
export class Attendee {
  @Field(() => ID)
  id!: string;

  @Field()
  firstName!: string; // @pii user.name.first

  @Field()
  lastName!: string; // @pii user.name.last

  @Field()
  email!: string; // @pii user.contact.email

  @Field({ nullable: true })
  company?: string; // @pii user.contact.organization

  @Field({ nullable: true })
  jobTitle?: string; // @pii user.job_title

  @Field({ nullable: true })
  twitterHandle?: string; // @pii user.account.username

  @Field(() => DietaryPreference, { nullable: true })
  dietaryRequirements?: DietaryPreference; // @pii user.health_and_medical

  @Field({ nullable: true })
  accessibilityNeeds?: string; // @pii user.health_and_medical

  @Field({ nullable: true })
  badgeName?: string; // @pii user.name  printed on the lanyard

  @Field(() => TicketType)
  ticketType!: TicketType;

  @Field()
  checkedIn!: boolean; // @pii none

  @Field(() => Int)
  reminderEmailCount!: number; // @pii none
}

@ObjectType()
export class EventVenue {
  @Field()
  name!: string; // @pii none

  @Field()
  addressLine1!: string; // @pii none  the venue's street address

  @Field()
  city!: string; // @pii none

  @Field()
  latitude!: number; // @pii none

  @Field()
  longitude!: number; // @pii none

  @Field()
  capacity!: number;
}

@ObjectType()
export class Channel {
  @Field()
  displayName!: string; // @pii none  a chat channel of the event

  @Field()
  slug!: string;
}
