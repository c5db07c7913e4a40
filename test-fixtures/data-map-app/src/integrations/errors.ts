import * as Sentry from "@sentry/node";
import type { Customer } from "../models/customer.entity";

export function reportUser(customer: Customer): void {
  Sentry.setUser({ id: customer.id, email: customer.email, ip_address: customer.lastLoginIp });
}
