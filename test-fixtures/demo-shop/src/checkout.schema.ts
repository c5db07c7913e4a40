import { z } from "zod";

export const shippingAddressSchema = z.object({
  line1: z.string().min(1),
  line2: z.string().optional(),
  city: z.string(),
  postcode: z.string(),
  country: z.string().length(2),
});

export const checkoutSchema = z.object({
  email: z.string().email(),
  fullName: z.string(),
  shippingAddress: shippingAddressSchema,
  giftMessage: z.string().max(200).optional(),
  marketingOptIn: z.boolean().default(false),
});
