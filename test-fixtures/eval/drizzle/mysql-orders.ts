import { decimal, int, json, mysqlTable, serial, timestamp, varchar, char } from "drizzle-orm/mysql-core";

export const orders = mysqlTable("orders", {
  id: serial("id").primaryKey(),
  customerId: int("customer_id").notNull(), // @pii none
  customerEmail: varchar("customer_email", { length: 255 }).notNull(), // @pii user.contact.email
  shipToName: varchar("ship_to_name", { length: 160 }), // @pii user.name
  shipToStreet: varchar("ship_to_street", { length: 255 }), // @pii user.contact.address.street
  shipToCity: varchar("ship_to_city", { length: 120 }), // @pii user.contact.address.city
  shipToState: varchar("ship_to_state", { length: 120 }), // @pii user.contact.address.state
  shipToZip: varchar("ship_to_zip", { length: 16 }), // @pii user.contact.address.postal_code
  shipToCountry: char("ship_to_country", { length: 2 }), // @pii user.contact.address.country
  total: decimal("total", { precision: 10, scale: 2 }).notNull(), // @pii none
  currency: char("currency", { length: 3 }).notNull(), // @pii none
  lineItems: json("line_items").$type<{ sku: string; qty: number }[]>(), // @pii none
  placedAt: timestamp("placed_at").defaultNow(), // @pii none
});

export const paymentMethods = mysqlTable("payment_methods", {
  id: serial("id").primaryKey(),
  customerId: int("customer_id").notNull(),
  provider: varchar("provider", { length: 32 }), // @pii none
  providerToken: varchar("provider_token", { length: 255 }), // @pii none  tokenised card reference
  last4: char("last4", { length: 4 }), // @pii user.financial.credit_card
  expMonth: int("exp_month"), // @pii user.financial.credit_card
  expYear: int("exp_year"), // @pii user.financial.credit_card
  cardholderName: varchar("cardholder_name", { length: 160 }), // @pii user.financial.credit_card
});

export const products = mysqlTable("products", {
  id: serial("id").primaryKey(),
  name: varchar("name", { length: 200 }).notNull(), // @pii none
  sku: varchar("sku", { length: 64 }).notNull(),
  countryOfOrigin: char("country_of_origin", { length: 2 }), // @pii none
  country: char("country", { length: 2 }), // @pii none  where the product is sold
  priceCents: int("price_cents"), // @pii none
});

export const customerInsights = mysqlTable("customer_insights", {
  customerId: int("customer_id").primaryKey(),
  purchaseHistory: json("purchase_history").$type<string[]>(), // @pii user.behavior.purchase_history  SKUs bought, newest first
  lastPurchasedSkus: json("last_purchased_skus").$type<string[]>(), // @pii user.behavior.purchase_history
  orderCount: int("order_count"), // @pii none
});
