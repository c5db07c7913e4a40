import { useEffect, useRef, useState } from "react";

import { usePayPal } from "./usePayPal";
import { usePayPalDispatch } from "./usePayPalDispatch";
import {
  INSTANCE_DISPATCH_ACTION,
  INSTANCE_LOADING_STATE,
  type EligiblePaymentMethodsOutput,
  type FindEligibleMethodsOptions,
} from "../types";
import { useError } from "./useError";
import { deepEqual, useDeepCompareMemoize } from "../utils";

export interface UseEligibleMethodsOptions {
  payload?: FindEligibleMethodsOptions;
}

export interface UseEligibleMethodsResult {
  eligiblePaymentMethods: EligiblePaymentMethodsOutput | null;
  isLoading: boolean;
  error: Error | null;
}

/** @deprecated Renamed to `UseEligibleMethodsOptions`. */
export type UseFetchEligibleMethodsOptions = UseEligibleMethodsOptions;
/** @deprecated Renamed to `UseEligibleMethodsResult`. */
export type UseFetchEligibleMethodsResult = UseEligibleMethodsResult;

/**
 * Client-side hook to access eligible payment methods from the PayPal context.
 *
 * This hook handles both server-hydrated and client-fetch scenarios:
 * - If eligibility was pre-fetched server-side, returns it immediately
 * - If not present, fetches via the SDK and stores in context
 * - Prevents duplicate API calls across components
 *
 * @param options - Configuration for the eligibility request
 * @param options.payload - Optional request payload with customer/purchase details
 * @returns Object containing eligibility state
 * @returns eligiblePaymentMethods - The eligible payment methods
 * @returns isLoading - True while fetching eligibility
 * @returns error - Any error that occurred during the fetch
 *
 * @example
 * function Checkout({props}) {
 *     const { handleClick } = usePayLaterOneTimePaymentSession(props);
 *     const { eligiblePaymentMethods, isLoading, error } = useEligibleMethods({
 *         payload: { purchase_units: [{ amount: { currency_code: "USD" } }] }
 *     });
 *
 *     const payLaterDetails = eligiblePaymentMethods?.getDetails?.("paylater");
 *     const countryCode = payLaterDetails?.countryCode;
 *     const productCode = payLaterDetails?.productCode;
 *
 *     if (isLoading) return <Spinner />;
 *     if (error) return <Error message={error.message} />;
 *     return (
 *       <paypal-pay-later-button
 *          onClick={handleClick}
 *          countryCode={countryCode}
 *          productCode={productCode}
 *       />
 *      );
 * }
 */
export function useEligibleMethods(
  options: UseEligibleMethodsOptions = {},
): UseEligibleMethodsResult {
  const { payload } = options;
  const {
    sdkInstance,
    eligiblePaymentMethods,
    eligiblePaymentMethodsPayload,
    error: contextError,
    eligibilityHydrationStatus,
  } = usePayPal();
  const dispatch = usePayPalDispatch();
  const [eligibilityError, setError] = useError();
  const [isFetching, setIsFetching] = useState(false);

  // Use ref to access eligiblePaymentMethods in effect without adding to deps
  const eligiblePaymentMethodsRef = useRef(eligiblePaymentMethods);
  const eligiblePaymentMethodsPayloadRef = useRef(
    eligiblePaymentMethodsPayload,
  );
  eligiblePaymentMethodsRef.current = eligiblePaymentMethods;
  eligiblePaymentMethodsPayloadRef.current = eligiblePaymentMethodsPayload;

  // Memoize payload to avoid unnecessary re-fetches when object reference changes
  const memoizedPayload = useDeepCompareMemoize(payload);

  // Track what we've fetched (instance + payload combo) to prevent duplicate fetches
  const lastFetchRef = useRef<{
    instance: typeof sdkInstance;
    payload: typeof memoizedPayload;
  } | null>(null);

  useEffect(() => {
    // Only fetch if:
    // 1. sdkInstance is available
    // 2. Haven't already fetched for THIS sdkInstance with THIS payload
    // 3. Eligibility not already in context (from server hydration or another fetch)
    //    UNLESS the payload has changed from what was used to fetch it
    if (!sdkInstance) {
      return;
    }

    // Hydrated data always has payload null, so it can only ever satisfy a
    // no-payload call. Only block those on hydration; let payload-specific
    // calls fetch immediately since hydration will never answer them.
    if (
      eligibilityHydrationStatus === INSTANCE_LOADING_STATE.PENDING &&
      memoizedPayload === undefined
    ) {
      return;
    }

    const hasFetchedThisConfig =
      lastFetchRef.current?.instance === sdkInstance &&
      lastFetchRef.current?.payload === memoizedPayload;

    // Skip if we already fetched with this exact config
    if (hasFetchedThisConfig) {
      return;
    }

    // If eligibility exists and we haven't fetched anything yet (e.g., server hydration),
    // mark as fetched to avoid unnecessary re-fetch with same payload.
    // Use deepEqual instead of === because different component instances will have
    // different memoizedPayload references even if the values are the same.
    if (
      eligiblePaymentMethodsRef.current &&
      lastFetchRef.current === null &&
      // Normalize null to undefined so a server-hydrated payload (stored as
      // null by PayPalProvider) matches a consumer that passes no payload
      // (undefined). Mirrors the isStaleData normalization below.
      deepEqual(
        eligiblePaymentMethodsPayloadRef.current ?? undefined,
        memoizedPayload ?? undefined,
      )
    ) {
      lastFetchRef.current = {
        instance: sdkInstance,
        payload: memoizedPayload,
      };
      return;
    }

    // Mark as fetched before starting
    lastFetchRef.current = {
      instance: sdkInstance,
      payload: memoizedPayload,
    };

    let isSubscribed = true;
    setIsFetching(true);
    // Clear any prior error when a new fetch begins so a successful refetch
    // (e.g. after the consumer changes the payload) doesn't return fresh data
    // alongside a stale error from the previous attempt.
    setError(null);

    sdkInstance
      .findEligibleMethods(memoizedPayload)
      .then((result) => {
        if (isSubscribed) {
          dispatch({
            type: INSTANCE_DISPATCH_ACTION.SET_ELIGIBILITY,
            value: {
              eligiblePaymentMethods: result,
              payload: memoizedPayload,
            },
          });
        }
      })
      .catch((err) => {
        if (isSubscribed) {
          setError(err);
        }
      })
      .finally(() => {
        if (isSubscribed) {
          setIsFetching(false);
        }
      });

    return () => {
      isSubscribed = false;
      lastFetchRef.current = null; // Reset fetch tracking on unmount or dependency change
    };
  }, [
    sdkInstance,
    memoizedPayload,
    dispatch,
    setError,
    eligibilityHydrationStatus,
  ]);

  // isLoading should be true (unless an error is present) if:
  // 1. We're actively fetching, OR
  // 2. We don't have eligibility data yet, OR
  // 3. Eligibility data exists but was fetched with a different payload
  //    (e.g., navigating from VAULT_WITHOUT_PAYMENT to ONE_TIME_PAYMENT)
  // This prevents a flash of stale buttons before the new fetch completes
  const isStaleData =
    !!eligiblePaymentMethods &&
    // Normalize null to undefined so deepEqual doesn't treat
    // null (no stored payload) as different from undefined (no provided payload)
    !deepEqual(
      eligiblePaymentMethodsPayload ?? undefined,
      memoizedPayload ?? undefined,
    );
  // Forced false whenever an error is present so a consumer that checks
  // isLoading before error never shows a perpetual spinner over a failure.
  const isLoading =
    !eligibilityError && (isFetching || !eligiblePaymentMethods || isStaleData);

  if (contextError) {
    return {
      eligiblePaymentMethods,
      isLoading: false,
      error: new Error(`PayPal context error: ${contextError}`),
    };
  }

  return {
    eligiblePaymentMethods,
    isLoading,
    error: eligibilityError,
  };
}
