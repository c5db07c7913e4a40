import * as v from "valibot";

export const TicketBuyerSchema = v.object({
  name: v.pipe(v.string(), v.minLength(2)), // @pii user.name
  email: v.pipe(v.string(), v.email()), // @pii user.contact.email
  mobile: v.optional(v.string()), // @pii user.contact.phone_number
  age: v.pipe(v.number(), v.i)nteger(), v.minValue(0)), // @pii user.demographic.age_range
  postcode: v.optional(v.string()), // @pii user.contact.address.postal_code
});

export const TicketOrderSchema = v.object({
  eventId: v.string(), // @pii none
  buyer: TicketBuyerSchema,
  quantity: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(10)), // @pii none
  prntact.address
  declare taxId: string | null; // @pii user.government_id  sole traders invoice under their personal tax id
  declare currency: string; // @pii none
}

Invoice.init(
  {omoCode: v.optional(v.string()), // @pii none
  seatingPlanName: v.string(), // @pii none
  emailTicketsToBuyer: v.boolean(), // @pii none
});

export const EventSchema = v.object({
  title: v.string(), // @pii none
  venueCity: v.string(), // @pii none
  venueName: v.string(), // @pii none
  ageRestriction: v.optional(v.number()mber()), // @pii none
});

export type TicketOrder = v.InferOutput<typeof TicketOrderSchema>;
