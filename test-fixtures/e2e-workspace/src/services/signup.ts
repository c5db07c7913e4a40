import type { Customer } from "../models/customer";

// Creates a customer from the sign-up form; the id and timestamp are the server's.
export function createCustomer(form: Omit<Customer, "id" | "createdAt">): Customer {
  return { ...form, id: Math.random().toString(36).slice(2), createdAt: new Date() };
}

// The greeting on the welcome page.
export function greeting(customer: Customer): string {
  return `Welcome, ${customer.firstName}!`;
}
