/**
 * Ticket and content purchases: commercial information.
 */
export interface TicketOrder {
  orderId: string;
  delegateId: string;
  eventId: string;
  totalCents: number;
  cardholderName: string;
  cardLast4: string;
  purchaseHistory: string[];
}

export interface Sponsor {
  id: string;
  name: string;
  tier: "gold" | "silver" | "bronze";
}
