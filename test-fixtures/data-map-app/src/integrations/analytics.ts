import { Analytics } from "@segment/analytics-node";
import mixpanel from "mixpanel";
import type { Customer } from "../models/customer.entity";

const analytics = new Analytics({ writeKey: process.env.SEGMENT_KEY ?? "" });
const mp = mixpanel.init(process.env.MIXPANEL_TOKEN ?? "");

export function identify(customer: Customer): void {
  analytics.identify({ userId: customer.id, traits: { email: customer.email, firstName: customer.firstName } });
}

export function trackSignup(customer: Customer): void {
  mp.track("signup", { distinct_id: customer.id, phone: customer.phoneNumber });
}
