import * as Sentry from "@sentry/node";
import type { Request } from "express";
import type { Patient } from "../patients/patient.types";

Sentry.init({
  dsn: process.env.SENTRY_DSN,
  environment: process.env.NODE_ENV,
  tracesSampleRate: 0.1,
});

export function bindRequestUser(req: Request & { user?: Patient }): void {
  if (!req.user) return;
  Sentry.setUser({
    id: req.user.id,
    email: req.user.email,
    ip_address: req.ip,
  });
}

export function recordLoginAttempt(email: string, succeeded: boolean): void {
  Sentry.addBreadcrumb({
    category: "auth",
    message: `login attempt for ${email}`,
    data: { succeeded },
  });
}

export function reportError(err: unknown): void {
  Sentry.captureException(err);
}
