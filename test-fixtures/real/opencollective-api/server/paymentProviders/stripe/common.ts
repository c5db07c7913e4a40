import config from 'config';
import { get, result, toUpper } from 'lodash';
import moment from 'moment';
import assert from 'node:assert';
import type { CreateOptions } from 'sequelize';
import Stripe from 'stripe';

import { Service } from '../../constants/connected-account';
import { SupportedCurrency } from '../../constants/currencies';
import { PAYMENT_METHOD_SERVICE, PAYMENT_METHOD_TYPE } from '../../constants/paymentMethods';
import { RefundKind } from '../../constants/refund-kind';
import * as constants from '../../constants/transactions';
import { convertToCurrency, isSupportedCurrency, roundCentsAmount } from '../../lib/currency';
import logger from '../../lib/logger';
import {
  createRefundTransaction,
  getHostFee,
  getHostFeeSharePercent,
  getPlatformTip,
  isPlatformTipEligible,
} from '../../lib/payments';
import { reportMessageToSentry } from '../../lib/sentry';
import stripe, { convertFromStripeAmount, extractFees, retrieveChargeWithRefund } from '../../lib/stripe';
import models, { Collective, ConnectedAccount } from '../../models';
import Order from '../../models/Order';
import PaymentMethod from '../../models/PaymentMethod';
import Transaction, { TransactionCreationAttributes, TransactionData } from '../../models/Transaction';
import User from '../../models/User';
import { BasePaymentProviderService } from '../types';

export const APPLICATION_FEE_INCOMPATIBLE_CURRENCIES = ['BRL'];

/** Refund a given transaction */
export const refundTransaction: BasePaymentProviderService['refundTransaction'] = async (
  transaction: Transaction,
  user?: User,
  reason?: string,
  refundKind?: RefundKind,
): Promise<Transaction> => {
  /* What's going to be refunded */
  const chargeId: string = result(transaction.data, 'charge.id');
  if (transaction.data?.refund?.['status'] === 'pending') {
    throw new Error(`Transaction #${transaction.id} refund was already requested and it is pending`);
  }

  /* From which stripe account it's going to be refunded */
  const collective = await models.Collective.findByPk(
    transaction.type === 'CREDIT' ? transaction.CollectiveId : transaction.FromCollectiveId,
  );
  const hostStripeAccount = await collective.getHostStripeAccount();

  /* Refund both charge & application fee */
  const fees = get(transaction.data, 'balanceTransaction.fee_details', []) as Stripe.BalanceTransaction.FeeDetail[];
  const hasApplicationFees = fees.some(fee => fee.type === 'application_fee' && fee.amount > 0);
  const refund = await stripe.refunds.create(
    { charge: chargeId, refund_application_fee: hasApplicationFees }, // eslint-disable-line camelcase
    { stripeAccount: hostStripeAccount.username },
  );
  assert(refund, `Refund for charge ${chargeId} failed for host #${hostStripeAccount.CollectiveId}`);

  // Record the refund reference on the original transaction (and its opposite ledger entry) so that
  // a concurrent/duplicate refund request is blocked by the guard above while it's still pending on Stripe.
  // We only add the `refund` key here, we don't touch the rest of the original transaction's data
  // (e.g. `charge`, `balanceTransaction`), which must keep reflecting the original charge.
  const oppositeTransaction = await transaction.getOppositeTransaction();
  await Promise.all(
    [transaction, oppositeTransaction].filter(Boolean).map(t => t.update({ data: { ...t.data, refund } })),
  );

  const charge = await stripe.charges.retrieve(chargeId, { stripeAccount: hostStripeAccount.username });
  assert(charge, `Charge ${chargeId} not found in Stripe for host #${hostStripeAccount.CollectiveId}`);
  const refundBalance = await stripe.balanceTransactions.retrieve(refund.balance_transaction as string, {
    stripeAccount: hostStripeAccount.username,
  });
  const refundedFees = extractFees(refundBalance, refundBalance.currency);

  /* Create negative transactions for the received transaction */
  return await createRefundTransaction(
    transaction,
    refundedFees.stripeFee, // TODO: Ignoring `other` fees here could be a problem
    {
      ...transaction.data,
      refund,
      // This is no longer replicated into the original set of transactions, but we keep it here for backward compatibility with existing transactions
      balanceTransaction: refundBalance,
      charge,
      refundReason: reason,
    },
    user,
    null,
    null,
    refundKind,
  );
};

/** Refund a given transaction that was already refunded
 * in stripe but not in our database
 */
export const refundTransactionOnlyInDatabase: BasePaymentProviderService['refundTransactionOnlyInDatabase'] = async (
  transaction: Transaction,
  user?: User,
  reason?: string,
  refundKind?: RefundKind,
): Promise<Transaction> => {
  /* What's going to be refunded */
  const chargeId = result(transaction.data, 'charge.id');

  /* From which stripe account it's going to be refunded */
  const collective = await models.Collective.findByPk(
    transaction.type === 'CREDIT' ? transaction.CollectiveId : transaction.FromCollectiveId,
  );
  const hostStripeAccount = await collective.getHostStripeAccount();

  /* Refund both charge & application fee */
  const { charge, refund, dispute } = await retrieveChargeWithRefund(chargeId, hostStripeAccount);
  if (!refund && !dispute) {
    throw new Error('No refund or dispute found in Stripe.');
  }
  const refundBalance = await stripe.balanceTransactions.retrieve(
    (refund?.balance_transaction || dispute?.balance_transactions[0].id) as string,
    {
      stripeAccount: hostStripeAccount.username,
    },
  );
  const fees = extractFees(refundBalance, refundBalance.currency);

  /* Create negative transactions for the received transaction */
  return await createRefundTransaction(
    transaction,
    refund ? fees.stripeFee : 0, // With disputes, we get 1500 as a value but will not handle this
    { ...transaction.data, charge, refund, balanceTransaction: refundBalance, refundReason: reason },
    user,
    null,
    null,
    refundKind,
  );
};

export const createChargeTransactions = async (
  charge: Stripe.Charge,
  {
    order,
  }: {
    order: Order;
  },
) => {
  const host = await order.collective.getHostCollective();
  const hostStripeAccount = await order.collective.getHostStripeAccount();
  const isPlatformRevenueDirectlyCollected =
    host && APPLICATION_FEE_INCOMPATIBLE_CURRENCIES.includes(toUpper(host.currency))
      ? false
      : (host?.settings?.isPlatformRevenueDirectlyCollected ?? true);

  const hostFeeSharePercent = await getHostFeeSharePercent(order);
  const isSharedRevenue = !!hostFeeSharePercent;
  const balanceTransaction = await stripe.balanceTransactions.retrieve(charge.balance_transaction as string, {
    stripeAccount: hostStripeAccount.username,
  });

  // Create a Transaction
  const amountInHostCurrency = convertFromStripeAmount(balanceTransaction.currency, balanceTransaction.amount);
  const hostCurrency = balanceTransaction.currency.toUpperCase() as SupportedCurrency; // This is supposed to match host currency (see the check below)
  if (!isSupportedCurrency(hostCurrency)) {
    reportMessageToSentry(`Stripe: Unsupported currency for order`, {
      severity: 'error',
      extra: { currency: hostCurrency, balanceTransaction, order },
    });
  } else if (hostCurrency !== host.currency) {
    reportMessageToSentry(`Stripe currency does not match host currency for order`, {
      severity: 'error',
      extra: { currency: hostCurrency, hostCurrency: host.currency, balanceTransaction, host, order },
    });
  }

  const amountInOrderCurrency =
    order.currency === hostCurrency
      ? amountInHostCurrency
      : await convertToCurrency(amountInHostCurrency, hostCurrency, order.currency);

  const hostCurrencyFxRate = amountInHostCurrency / amountInOrderCurrency;

  const hostFee = await getHostFee(order);
  const hostFeeInHostCurrency = roundCentsAmount(hostFee * hostCurrencyFxRate, hostCurrency);

  const fees = extractFees(balanceTransaction, balanceTransaction.currency);

  const platformTipEligible = await isPlatformTipEligible(order);
  const platformTip = getPlatformTip(order); // TODO: We may end up charging too much fees here if the order amount doesn't match the charged amount (rare)

  let platformTipInHostCurrency, platformFeeInHostCurrency;
  if (platformTip) {
    platformTipInHostCurrency = isSharedRevenue
      ? roundCentsAmount(platformTip * hostCurrencyFxRate, hostCurrency) || 0
      : fees.applicationFee;
  } else if (config.env === 'test' || config.env === 'ci') {
    // Retro Compatibility with some tests expecting Platform Fees, not for production anymore
    // TODO: we need to stop supporting this
    platformFeeInHostCurrency = fees.applicationFee;
  }

  const clearedAtField = charge.created;
  const clearedAt = clearedAtField ? moment.unix(clearedAtField).toDate() : null;

  const paymentProcessorFeeInHostCurrency = fees.stripeFee;

  const data = {
    charge,
    balanceTransaction,
    hasPlatformTip: platformTip ? true : false,
    isSharedRevenue,
    platformTipEligible,
    platformTip,
    platformTipInHostCurrency,
    hostFeeSharePercent,
    tax: order.data?.tax,
    isPlatformRevenueDirectlyCollected,
  } as TransactionData;

  const transactionPayload = {
    CreatedByUserId: order.CreatedByUserId,
    FromCollectiveId: order.FromCollectiveId,
    CollectiveId: order.CollectiveId,
    PaymentMethodId: order.PaymentMethodId,
    type: constants.TransactionTypes.CREDIT,
    OrderId: order.id,
    amount: amountInOrderCurrency,
    currency: order.currency,
    amountInHostCurrency,
    hostCurrency,
    hostCurrencyFxRate,
    paymentProcessorFeeInHostCurrency,
    hostFeeInHostCurrency,
    platformFeeInHostCurrency,
    taxAmount: order.taxAmount,
    description: order.description,
    data,
    clearedAt,
  } as TransactionCreationAttributes;

  return models.Transaction.createFromContributionPayload(transactionPayload);
};

/**
 * Returns the stripe card payment method to be used for this order.
 */
export async function resolvePaymentMethodForOrder(
  hostStripeAccount: string,
  order: Order,
): Promise<{ id: string; customer: string }> {
  const isPlatformHost = hostStripeAccount === config.stripe.accountId;

  const user = await order.getUser();

  let paymentMethod = order.paymentMethod;
  // a new card token to attach on the platform account
  if (!paymentMethod.customerId) {
    paymentMethod = await attachCardToPlatformCustomer(paymentMethod, order.fromCollective, user);
  }

  const isPlatformPaymentMethod =
    !paymentMethod.data?.stripeAccount || paymentMethod.data?.stripeAccount === config.stripe.accountId;

  if (isPlatformHost && !isPlatformPaymentMethod) {
    throw new Error('Cannot clone payment method from connected account to platform account');
  }

  if (!isPlatformPaymentMethod && paymentMethod.data?.stripeAccount !== hostStripeAccount) {
    throw new Error('Cannot clone payment method that are not attached to the platform account');
  }

  if ((isPlatformHost && isPlatformPaymentMethod) || paymentMethod.data?.stripeAccount === hostStripeAccount) {
    return {
      id: paymentMethod.data?.stripePaymentMethodId,
      customer: paymentMethod.customerId,
    };
  }

  // in the previous implementation, each user card was cloned to a different host stripe customer.
  // the corresponding customer was stored here, and we used its default source to charge.
  // we will still use this customer (present in some payment methods created before 2022), as these cards
  // might have expired and are not clonable.
  if (paymentMethod.data?.customerIdForHost && paymentMethod.data?.customerIdForHost?.[hostStripeAccount]) {
    const customerId = paymentMethod.data?.customerIdForHost?.[hostStripeAccount];
    const customer = await stripe.customers.retrieve(customerId, {
      stripeAccount: hostStripeAccount,
    });
    if (customer.deleted) {
      throw new Error(`Legacy Stripe customer ${customerId} was deleted on Stripe`);
    }

    // `default_source` is not expanded, so it's a string ID at runtime. It can also be null for
    // legacy customers, in which case we fall back to the first source.
    const paymentMethodId =
      (get(customer, 'default_source') as string | null) || (get(customer, 'sources.data[0].id') as string);
    if (!paymentMethodId) {
      throw new Error(`No default source found on legacy Stripe customer ${customerId}`);
    }

    return {
      id: paymentMethodId,
      customer: customerId,
    };
  }

  const hostCustomer = await getOrCreateStripeCustomer(hostStripeAccount, order.fromCollective, user);
  return await getOrCloneCardPaymentMethod(paymentMethod, order.fromCollective, hostStripeAccount, hostCustomer);
}

export async function getOrCreateStripeCustomer(
  stripeAccount: string,
  collective: Collective,
  user: User,
): Promise<string> {
  let stripeCustomerConnectedAccount = await collective.getCustomerStripeAccount(stripeAccount);
  // customer was not yet created for this host, so create it
  if (!stripeCustomerConnectedAccount) {
    const customer = await stripe.customers.create(
      {
        email: user?.email,
        description: `${config.host.website}/${collective.slug}`,
      },
      {
        stripeAccount,
      },
    );

    stripeCustomerConnectedAccount = await models.ConnectedAccount.create({
      clientId: stripeAccount,
      username: customer.id,
      CollectiveId: collective.id,
      service: Service.STRIPE_CUSTOMER,
    });
  }

  return stripeCustomerConnectedAccount.username;
}

export async function attachCardToPlatformCustomer(
  paymentMethod: PaymentMethod,
  collective: Collective,
  user: User,
): Promise<PaymentMethod> {
  const platformCustomer = await getOrCreateStripeCustomer(config.stripe.accountId, collective, user);

  let stripePaymentMethod = await stripe.paymentMethods.create({
    type: 'card',
    card: {
      token: paymentMethod.token,
    },
  });

  stripePaymentMethod = await stripe.paymentMethods.attach(stripePaymentMethod.id, {
    customer: platformCustomer,
  });

  return await paymentMethod.update({
    customerId: platformCustomer,
    data: {
      ...paymentMethod.data,
      stripePaymentMethodId: stripePaymentMethod.id,
      fingerprint: stripePaymentMethod.card.fingerprint,
    },
  });
}

export async function getOrCloneCardPaymentMethod(
  platformPaymentMethod: PaymentMethod,
  collective: Collective,
  hostStripeAccount: string,
  hostCustomer: string,
): Promise<{ id: string; customer: string }> {
  let platformCardTokenCardId = platformPaymentMethod.data?.stripePaymentMethodId;
  let platformCardFingerprint = platformPaymentMethod.data?.fingerprint;

  // store platform card payment method id and fingerprint for reuse.
  if (!platformCardTokenCardId || !platformCardFingerprint) {
    const platformCardToken = await stripe.tokens.retrieve(platformPaymentMethod.token);
    platformCardFingerprint = platformCardToken.card.fingerprint;
    platformCardTokenCardId = platformCardToken.card.id;

    await platformPaymentMethod.update({
      data: {
        ...platformPaymentMethod.data,
        fingerprint: platformCardFingerprint,
        stripePaymentMethodId: platformCardTokenCardId,
      },
    });
  }

  if (platformPaymentMethod.data?.stripePaymentMethodByHostCustomer?.[hostCustomer]) {
    return {
      id: platformPaymentMethod.data?.stripePaymentMethodByHostCustomer[hostCustomer],
      customer: hostCustomer,
    };
  }

  // clone payment method to host stripe account
  let clonedPaymentMethod = await stripe.paymentMethods.create(
    {
      // this is the customer on the platform account which holds the original card
      customer: platformPaymentMethod.customerId,
      // eslint-disable-next-line camelcase
      payment_method: platformCardTokenCardId,
    },
    {
      stripeAccount: hostStripeAccount,
    },
  );

  // we attach the newly cloned payment method to the customer in the fiscal host account
  clonedPaymentMethod = await stripe.paymentMethods.attach(
    clonedPaymentMethod.id,
    {
      customer: hostCustomer,
    },
    {
      stripeAccount: hostStripeAccount,
    },
  );

  await platformPaymentMethod.update({
    data: {
      ...platformPaymentMethod.data,
      stripePaymentMethodByHostCustomer: {
        ...platformPaymentMethod.data?.stripePaymentMethodByHostCustomer,
        [hostCustomer]: clonedPaymentMethod.id,
      },
    },
  });

  return {
    id: platformPaymentMethod.data?.stripePaymentMethodByHostCustomer[hostCustomer],
    customer: hostCustomer,
  };
}

function formatPaymentMethodName(
  paymentMethod: Stripe.PaymentMethod,
  chargePaymentMethodDetails?: Stripe.Charge.PaymentMethodDetails,
) {
  switch (paymentMethod.type) {
    case PAYMENT_METHOD_TYPE.US_BANK_ACCOUNT: {
      return `${paymentMethod.us_bank_account.bank_name} ****${paymentMethod.us_bank_account.last4}`;
    }
    case PAYMENT_METHOD_TYPE.SEPA_DEBIT: {
      return `${paymentMethod.sepa_debit.bank_code} ****${paymentMethod.sepa_debit.last4}`;
    }
    case 'card': {
      return paymentMethod.card.last4;
    }
    case PAYMENT_METHOD_TYPE.BACS_DEBIT: {
      return `${paymentMethod.bacs_debit.sort_code} ****${paymentMethod.bacs_debit.last4}`;
    }
    case PAYMENT_METHOD_TYPE.BANCONTACT: {
      return `${chargePaymentMethodDetails?.bancontact?.bank_code} ***${chargePaymentMethodDetails?.bancontact?.iban_last4}`;
    }
    // TODO
    // support PAYMENT_METHOD_TYPE.LINK
    default: {
      return '';
    }
  }
}

function mapStripePaymentMethodExtraData(
  pm: Stripe.PaymentMethod,
  chargePaymentMethodDetails?: Stripe.Charge.PaymentMethodDetails,
): object {
  if (pm.type === 'card') {
    return {
      brand: pm.card.brand,
      country: pm.card.country,
      expYear: pm.card.exp_year,
      expMonth: pm.card.exp_month,
      funding: pm.card.funding,
      fingerprint: pm.card.fingerprint,
      wallet: pm.card.wallet,
    };
  }

  if (pm.type === 'bancontact') {
    return {
      ...pm['bancontact'],
      ...chargePaymentMethodDetails?.['bancontact'],
    };
  }

  return pm[pm.type];
}

const coercePaymentMethodType = (paymentMethodType: Stripe.PaymentMethod.Type): PAYMENT_METHOD_TYPE => {
  switch (paymentMethodType) {
    case 'card':
      return PAYMENT_METHOD_TYPE.CREDITCARD;
    case 'sepa_debit':
      return PAYMENT_METHOD_TYPE.SEPA_DEBIT;
    case 'bacs_debit':
      return PAYMENT_METHOD_TYPE.BACS_DEBIT;
    case 'us_bank_account':
      return PAYMENT_METHOD_TYPE.US_BANK_ACCOUNT;
    case 'alipay':
      return PAYMENT_METHOD_TYPE.ALIPAY;
    case 'bancontact':
      return PAYMENT_METHOD_TYPE.BANCONTACT;
    case 'link':
      return PAYMENT_METHOD_TYPE.LINK;
    default:
      logger.warn(`Unknown payment method type: ${paymentMethodType}`);
      return paymentMethodType as PAYMENT_METHOD_TYPE;
  }
};

export async function createPaymentMethod(
  {
    stripePaymentMethod,
    stripeAccount,
    stripeCustomer,
    attachedToCustomer,
    originPaymentIntent,
    extraData,
    CollectiveId,
    CreatedByUserId,
  }: {
    stripePaymentMethod: Stripe.PaymentMethod;
    stripeAccount: string;
    stripeCustomer: string;
    attachedToCustomer?: boolean;
    originPaymentIntent?: Stripe.PaymentIntent;
    extraData?: object;
    CollectiveId?: number;
    CreatedByUserId?: number;
  },
  createOptions?: CreateOptions,
): Promise<PaymentMethod> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const paymentIntentCharge: Stripe.Charge = (originPaymentIntent as any)?.charges?.data?.[0];
  const paymentMethodChargeDetails = paymentIntentCharge?.payment_method_details;

  const paymentMethodData: Record<string, unknown> = {
    stripePaymentMethodId: stripePaymentMethod.id,
    stripeAccount,
    ...mapStripePaymentMethodExtraData(stripePaymentMethod, paymentMethodChargeDetails),
    ...extraData,
  };

  const paymentMethodName = formatPaymentMethodName(stripePaymentMethod, paymentMethodChargeDetails);
  let expiryDate;
  if (paymentMethodData.expYear && paymentMethodData.expMonth) {
    const { expYear, expMonth } = paymentMethodData;
    expiryDate = moment.utc(`${expYear}-${expMonth}`, 'YYYY-MM').endOf('month');
  }

  return await PaymentMethod.create(
    {
      type: coercePaymentMethodType(stripePaymentMethod.type),
      service: PAYMENT_METHOD_SERVICE.STRIPE,
      name: paymentMethodName,
      token: stripePaymentMethod.id,
      customerId: stripeCustomer,
      CollectiveId,
      CreatedByUserId,
      saved:
        attachedToCustomer ||
        (stripePaymentMethod.type !== 'bancontact' && originPaymentIntent?.setup_future_usage === 'off_session'),
      confirmedAt: new Date(),
      data: paymentMethodData,
      expiryDate,
    },
    createOptions,
  );
}

export async function createOrRetrievePaymentMethodFromSetupIntent(
  setupIntent: Stripe.SetupIntent,
): Promise<PaymentMethod> {
  const stripePaymentMethodId =
    typeof setupIntent.payment_method === 'string' ? setupIntent.payment_method : setupIntent.payment_method.id;

  const existingPaymentMethod = await PaymentMethod.findOne({
    where: {
      data: {
        stripePaymentMethodId,
      },
    },
  });

  if (existingPaymentMethod) {
    if (existingPaymentMethod.type === PAYMENT_METHOD_TYPE.BANCONTACT) {
      return await PaymentMethod.findOne({
        where: {
          data: {
            stripePaymentMethodId: existingPaymentMethod.data.generated_sepa_debit,
          },
        },
      });
    }
    return existingPaymentMethod;
  }

  if (['requires_payment_method', 'canceled'].includes(setupIntent.status)) {
    throw new Error(`Invalid setup intent status: ${setupIntent.status}`);
  }

  const customerId = typeof setupIntent.customer === 'string' ? setupIntent.customer : setupIntent.customer.id;
  if (!customerId) {
    throw new Error('Setup intent not attached to a customer');
  }

  const customerConnectedAccount = await ConnectedAccount.findOne({
    where: {
      service: Service.STRIPE_CUSTOMER,
      username: customerId,
    },
    include: [
      {
        model: Collective,
        as: 'collective',
        required: true,
      },
    ],
  });

  if (!customerConnectedAccount) {
    throw new Error('Customer connected account not found');
  }

  const originalPaymentMethod = await createOrRetrieveStripePaymentMethod(
    stripePaymentMethodId,
    customerConnectedAccount,
    {
      saved: setupIntent.usage === 'off_session',
      confirmed: 'succeeded' === setupIntent.status,
    },
  );

  if (originalPaymentMethod.type === PAYMENT_METHOD_TYPE.BANCONTACT) {
    let latestAttempt = setupIntent.latest_attempt;

    if (typeof latestAttempt === 'string') {
      const si = await stripe.setupIntents.retrieve(
        setupIntent.id,
        {
          expand: ['latest_attempt'],
        },
        {
          stripeAccount: customerConnectedAccount.clientId,
        },
      );

      latestAttempt = si.latest_attempt as Stripe.SetupAttempt;
    }

    await originalPaymentMethod.update({
      data: {
        ...originalPaymentMethod.data,
        ...latestAttempt.payment_method_details?.['bancontact'],
      },
    });

    const generatedSepaPaymentId = latestAttempt.payment_method_details.bancontact.generated_sepa_debit as string;
    const generatedPaymentMethod = await createOrRetrieveStripePaymentMethod(
      generatedSepaPaymentId,
      customerConnectedAccount,
      {
        saved: setupIntent.usage === 'off_session',
        confirmed: 'succeeded' === setupIntent.status,
      },
    );

    return generatedPaymentMethod;
  }

  return originalPaymentMethod;
}

async function createOrRetrieveStripePaymentMethod(
  stripePaymentMethodId: string,
  customerConnectedAccount: ConnectedAccount,
  options?: {
    saved?: boolean;
    confirmed?: boolean;
  },
) {
  const existingPaymentMethod = await PaymentMethod.findOne({
    where: {
      data: {
        stripePaymentMethodId,
      },
    },
  });
  if (existingPaymentMethod) {
    return existingPaymentMethod;
  }

  const stripeAccount = customerConnectedAccount.clientId;
  const stripePaymentMethod = await stripe.paymentMethods.retrieve(stripePaymentMethodId, {
    stripeAccount,
  });

  if (!stripePaymentMethod) {
    throw new Error(`Stripe Payment Method ${stripePaymentMethodId} not found for account ${stripeAccount}`);
  }

  const paymentMethodData = {
    stripePaymentMethodId,
    stripeAccount,
    ...mapStripePaymentMethodExtraData(stripePaymentMethod),
  };

  const paymentMethodName = formatPaymentMethodName(stripePaymentMethod);

  return await PaymentMethod.create({
    type: coercePaymentMethodType(stripePaymentMethod.type),
    service: PAYMENT_METHOD_SERVICE.STRIPE,
    name: paymentMethodName,
    token: stripePaymentMethod.id,
    customerId: customerConnectedAccount.username,
    CollectiveId: customerConnectedAccount.CollectiveId,
    CreatedByUserId: customerConnectedAccount.CreatedByUserId,
    saved: options?.saved,
    confirmedAt: options?.confirmed ? new Date() : null,
    data: paymentMethodData,
  });
}

export const UNKNOWN_ERROR_MSG = 'Something went wrong with the payment, please contact support@opencollective.com.';

export function userFriendlyErrorMessage(error: { message: string }) {
  const identifiedErrors = {
    // This object cannot be accessed right now because another API request or Stripe process is currently accessing it.
    // If you see this error intermittently, retry the request.
    // If you see this error frequently and are making multiple concurrent requests to a single object, make your requests serially or at a lower rate.
    'This object cannot be accessed right now because another API request or Stripe process is currently accessing it.':
      'Payment Processing error (API request).',
    // You cannot confirm this PaymentIntent because it's missing a payment method.
    // To confirm the PaymentIntent with cus_9cNHqpdWYOV4aH, specify a payment method attached to this customer along with the customer ID.
    "You cannot confirm this PaymentIntent because it's missing a payment method.":
      'Internal Payment error (invalid PaymentIntent)',
    // You have exceeded the maximum number of declines on this card in the last 24 hour period.
    // Please contact us via https://support.stripe.com/contact if you need further assistance.
    'You have exceeded the maximum number of declines on this card': 'Your card was declined.',
    // An error occurred while processing your card. Try again in a little bit.
    'An error occurred while processing your card.': 'Payment Processing error (API error).',
    // This account cannot currently make live charges.
    // If you are a customer trying to make a purchase, please contact the owner of this site.
    // Your transaction has not been processed.
    'This account cannot currently make live charges.': 'Payment Processing error (Host error).',
    // This is a new unhandled error. We think customers should delete the card and add it again.
    // eslint-disable-next-line camelcase
    card_error_authentication_required: 'There is an issue with your card, please contact support@opencollective.com.',
  };
  const errorKey = Object.keys(identifiedErrors).find(errorMessage => error.message.includes(errorMessage));
  if (errorKey) {
    return identifiedErrors[errorKey];
  }

  return null;
}
