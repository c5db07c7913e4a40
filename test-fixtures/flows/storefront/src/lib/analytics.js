import { AnalyticsBrowser } from "@segment/analytics-next";
import mixpanel from "mixpanel-browser";
import posthog from "posthog-js";
import * as amplitude from "@amplitude/analytics-browser";

export const analytics = AnalyticsBrowser.load({ writeKey: process.env.NEXT_PUBLIC_SEGMENT_WRITE_KEY });

export function initAnalytics() {
  mixpanel.init(process.env.NEXT_PUBLIC_MIXPANEL_TOKEN, { persistence: "localStorage", track_pageview: false });
  posthog.init(process.env.NEXT_PUBLIC_POSTHOG_KEY, { api_host: "https://eu.i.posthog.com", capture_pageview: false });
  amplitude.init(process.env.NEXT_PUBLIC_AMPLITUDE_KEY, { defaultTracking: false });
}

export function identifyShopper(user) {
  analytics.identify(user.id, {
    email: user.email,
    plan: user.plan,
    createdAt: user.createdAt,
  });

  mixpanel.identify(user.id);
  mixpanel.people.set({
    $name: `${user.firstName} ${user.lastName}`,
    plan: user.plan,
    marketing_opt_in: user.marketingOptIn,
  });

  window.heap.identify(user.email);
}

export function trackSearch(query, resultCount) {
  mixpanel.track("Product Search", { query, result_count: resultCount });
}

export function trackProductViewed(product) {
  amplitude.track("Product Viewed", {
    product_id: product.id,
    category: product.category,
    price: product.price,
  });
}

export function trackAddressSaved(address) {
  amplitude.track("Address Saved", {
    postal_code: address.postalCode,
    is_default: address.isDefault,
  });
}

export function trackOrderCompleted(order) {
  analytics.track("Order Completed", {
    order_id: order.id,
    total: order.total,
    currency: order.currency,
    coupon: order.couponCode,
  });
  window.gtag("event", "purchase", {
    transaction_id: order.id,
    value: order.total,
    currency: order.currency,
  });
  window.gtag("set", "user_data", {
    email: order.customer.email,
    phone_number: order.customer.phone,
  });
}

export function trackPageView(url, referrer) {
  posthog.capture("$pageview", {
    $current_url: url,
    $referrer: referrer,
  });
}

export function trackThemeToggled(theme) {
  posthog.capture("theme_toggled", { theme });
}
