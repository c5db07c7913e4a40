import React, { useEffect } from "react";

import { usePayPalSubscriptionPaymentSession } from "../hooks/usePayPalSubscriptionPaymentSession";
import { usePayPal } from "../hooks/usePayPal";

import type { ButtonProps } from "../types";
import type { UsePayPalSubscriptionPaymentSessionProps } from "../hooks/usePayPalSubscriptionPaymentSession";

export type PayPalSubscriptionButtonProps =
  UsePayPalSubscriptionPaymentSessionProps &
    ButtonProps & {
      autoRedirect?: never;
    };

/**
 * `PayPalSubscriptionButton` is a button that provides a PayPal subscription payment flow.
 *
 * `PayPalSubscriptionButtonProps` combines the arguments for {@link UsePayPalSubscriptionPaymentSessionProps}
 * and {@link ButtonProps}.
 *
 * Note, `autoRedirect` is not allowed because if given a `presentationMode` of `"redirect"` the button
 * would not be able to provide back `redirectURL` from `start`. Advanced integrations that need
 * `redirectURL` should use the {@link usePayPalSubscriptionPaymentSession} hook directly.
 *
 * `presentationMode` is optional and defaults to `"auto"`.
 *
 * @example
 * <PayPalSubscriptionButton
 *   onApprove={() => {
 *      // ... on approve logic
 *   }}
 *   createSubscription={() => Promise.resolve({ subscriptionId: "SUB-123" })}
 * />
 */
export const PayPalSubscriptionButton = ({
  type = "subscribe",
  disabled = false,
  ...hookProps
}: PayPalSubscriptionButtonProps): JSX.Element | null => {
  const { error, isPending, handleClick } =
    usePayPalSubscriptionPaymentSession(hookProps);
  const { isHydrated } = usePayPal();

  useEffect(() => {
    if (error) {
      console.error(error);
    }
  }, [error]);

  return isHydrated ? (
    <paypal-button
      onClick={handleClick}
      type={type}
      disabled={disabled || isPending || error !== null ? true : undefined}
    ></paypal-button>
  ) : (
    <div />
  );
};
