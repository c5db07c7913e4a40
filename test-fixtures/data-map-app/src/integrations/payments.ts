import Stripe from "stripe";
import type { Customer } from "../models/customer.entity";

const stripe = new Stripe(process.env.STRIPE_KEY ?? "");

export async function createStripeCustomer(customer: Customer) {
  return stripe.customers.create({ email: customer.email, name: `${customer.firstName} ${customer.lastName}`, phone: customer.phoneNumber });
}
