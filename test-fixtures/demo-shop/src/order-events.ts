import Stripe from "stripe";
import { Analytics } from "@segment/analytics-node";
import type { Customer } from "./customer.entity";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!);
const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY! });

/** Charges the customer and tells analytics about the order. */
export async function placeOrder(customer: Customer, orderId: string, totalCents: number): Promise<void> {
  await stripe.paymentIntents.create({
    amount: totalCents,
    currency: "eur",
    receipt_email: customer.email,
    metadata: { orderId },
  });
  analytics.track({ userId: customer.id, event: "Order Placed", properties: { orderId, totalCents } });
  analytics.identify({ userId: customer.id, traits: { email: customer.email, phone: customer.phone } });
  console.info(`order ${orderId} placed by ${customer.email}`);
}
