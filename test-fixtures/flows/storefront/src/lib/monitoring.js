import LogRocket from "logrocket";
import Bugsnag from "@bugsnag/js";
import { datadogRum } from "@datadog/browser-rum";
import Intercom from "@intercom/messenger-js-sdk";

const INTERCOM_APP_ID = "x7k2p9qa";

export function startMonitoring() {
  LogRocket.init("acme/storefront");
  Bugsnag.start({ apiKey: process.env.NEXT_PUBLIC_BUGSNAG_API_KEY, releaseStage: process.env.NODE_ENV });
}

export function attachUser(user) {
  const fullName = `${user.firstName} ${user.lastName}`;

  LogRocket.identify(user.id, {
    email: user.email,
    subscriptionType: user.plan,
  });

  Bugsnag.setUser(user.id, user.email, fullName);

  datadogRum.setUser({
    id: user.id,
    name: fullName,
    plan: user.plan,
  });

  if (window.newrelic) {
    window.newrelic.setCustomAttribute("customerEmail", user.email);
  }

  Intercom({
    app_id: INTERCOM_APP_ID,
    user_id: user.id,
    name: user.firstName,
    created_at: Math.floor(new Date(user.createdAt).getTime() / 1000),
  });
}

export function reportCheckoutError(error, step) {
  Bugsnag.notify(error);
  datadogRum.addError(error, { step });
  LogRocket.track("checkout_error", { step });
}
