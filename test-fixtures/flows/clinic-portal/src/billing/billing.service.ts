import Stripe from "stripe";
import type { Patient } from "../patients/patient.types";

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });

export async function createBillingCustomer(patient: Patient): Promise<string> {
  const customer = await stripe.customers.create({
    email: patient.email,
    name: `${patient.firstName} ${patient.lastName}`,
    address: {
      line1: patient.address.line1,
      line2: patient.address.line2,
      city: patient.address.city,
      postal_code: patient.address.postalCode,
      country: patient.address.country,
    },
    metadata: { patientId: patient.id },
  });
  return customer.id;
}

export async function chargeCopay(stripeCustomerId: string, amountCents: number): Promise<string> {
  const intent = await stripe.paymentIntents.create({
    amount: amountCents,
    currency: "usd",
    customer: stripeCustomerId,
    description: "Visit copay",
    automatic_payment_methods: { enabled: true },
  });
  return intent.client_secret ?? "";
}

export async function refundCopay(paymentIntentId: string): Promise<void> {
  await stripe.refunds.create({ payment_intent: paymentIntentId, reason: "requested_by_customer" });
}
