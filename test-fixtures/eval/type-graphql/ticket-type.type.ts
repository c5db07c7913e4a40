import { Field, Float, ObjectType } from "type-graphql";

@ObjectType()
export class TicketType {
  @Field()
  name!: string; // @pii none

  @Field(() => Float)
  price!: number; // @pii none

  @Field()
  currency!: string; // @pii none

  @Field()
  minimumAge!: number; // @pii none  admission rule of the ticket, not a person's age
}

@ObjectType()
export class TicketHolderSummary {
  @Field()
  holderName!: string; // @pii user.name

  @Field({ nullable: true })
  holderAge?: number; // @pii user.demographic.age_range

  @Field()
  seat!: string; // @pii none

  @Field()
  purchasedVia!: string; // @pii none
}
