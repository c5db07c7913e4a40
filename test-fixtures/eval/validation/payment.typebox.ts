import { Type, type Static } from "@sinclair/typebox";

export const CardPaymentRequest = Type.Object({
  amount: Type.Integer({ minimum: 1 }), // @pii none
  currency: Type.String({ minLength: 3, maxLength: 3 }), // @pii none
  cardNumber: Type.String({ pattern: "^[0-9]{12,19}$" }), // @pii user.financial.credit_card
  cvv: Type.String({ pattern: "^[0-9]{3,4}$" }), // @pii user.financial.credit_card
  expiryDate: Type.String({ pattern: "^(0[1-9]|1[0-2])/[0-9]{2}$" }), // @pii user.financial.credit_card
  receiptEmail: Type.Optional(Type.String({ format: "email" })), // @pii user.contact.email
  billingPostcode: Type.String(), // @pii user.contact.address.postal_code
  idempotencyKey: Type.String({ format: "uuid" }), // @pii none
  merchantReference: Type.Optional(Type.String()), // @pii none
});

export const BankTransferRequest = Type.Object({
  accountHolder: Type.String(), // @pii user.financial.bank_account  the holder of the account beside its IBAN: bank details (issue 12 lists the account holder; the guide counts card holder data as card data)
  iban: Type.String({ pattern: "^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$" }), // @pii user.financial.bank_account
  bic: Type.Optional(Type.String()), // @pii user.financial.bank_account  part of a person's bank details (issue 12: BIC, sort code, IBAN)
  routingNumber: Type.Optional(Type.String()), // @pii user.financial.bank_account
  amount: Type.Integer(), // @pii none
});

export const PaymentWebhookConfig = Type.Object({
  name: Type.String(), // @pii none
  url: Type.String({ format: "uri" }), // @pii none
  signingSecret: Type.String(), // @pii none
});

export type CardPaymentRequest = Static<typeof CardPaymentRequest>;
