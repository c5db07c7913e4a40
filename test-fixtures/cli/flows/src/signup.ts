import { Analytics } from "@segment/analytics-node";

const analytics = new Analytics({ writeKey: "k" });

export interface Customer {
  id: string;
  email: string;
}

export function signup(customer: Customer): void {
  analytics.identify({ userId: customer.id, traits: { email: customer.email } });
  console.log("signed up", customer.email);
}
