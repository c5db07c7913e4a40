const braintree = require("braintree");
const { Client, CheckoutAPI } = require("@adyen/api-library");
const { logger } = require("./clients.cjs");

const gateway = new braintree.BraintreeGateway({
  environment: braintree.Environment.Production,
  merchantId: process.env.BT_MERCHANT_ID,
  publicKey: process.env.BT_PUBLIC_KEY,
  privateKey: process.env.BT_PRIVATE_KEY,
});

const adyen = new CheckoutAPI(new Client({ apiKey: process.env.ADYEN_API_KEY, environment: "LIVE" }));

const PAYPAL_API = "https://api-m.paypal.com";

async function createVaultCustomer(buyer) {
  const result = await gateway.customer.create({
    firstName: buyer.firstName,
    lastName: buyer.lastName,
    phone: buyer.phone,
    paymentMethodNonce: buyer.nonce,
  });
  if (!result.success) {
    logger.warn("braintree customer create failed", { message: result.message });
  }
  return result.customer.id;
}

async function createPayPalOrder(buyer, invoice, accessToken) {
  const res = await fetch(`${PAYPAL_API}/v2/checkout/orders`, {
    method: "POST",
    headers: { Authorization: `Bearer ${accessToken}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      intent: "CAPTURE",
      payer: {
        email_address: buyer.email,
      },
      purchase_units: [{ reference_id: invoice.number, amount: { currency_code: invoice.currency, value: invoice.total } }],
    }),
  });
  return res.json();
}

async function chargeCard(buyer, invoice, encryptedCard, clientIp) {
  const response = await adyen.PaymentsApi.payments({
    merchantAccount: process.env.ADYEN_MERCHANT_ACCOUNT,
    reference: invoice.number,
    amount: { currency: invoice.currency, value: Math.round(invoice.total * 100) },
    paymentMethod: { type: "scheme", ...encryptedCard },
    shopperEmail: buyer.email,
    shopperIP: clientIp,
    returnUrl: "https://app.acme-crm.example/billing/return",
  });
  logger.info("adyen payment", { reference: invoice.number, resultCode: response.resultCode });
  return response;
}

module.exports = { createVaultCustomer, createPayPalOrder, chargeCard };
