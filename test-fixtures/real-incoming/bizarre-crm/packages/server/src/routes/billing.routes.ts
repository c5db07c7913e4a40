import { Router, Request, Response, NextFunction } from 'express';
import { config } from '../config.js';
import { createCheckoutSession, createBillingPortalSession, verifyWebhook, handleWebhookEvent } from '../services/stripe.js';
import { getMasterDb } from '../db/master-connection.js';
import { checkWindowRate, recordWindowFailure } from '../utils/rateLimiter.js';
import { createLogger } from '../utils/logger.js';

const logger = createLogger('billing.routes');

const router = Router();

const BILLING_RATE_LIMIT_MAX = 10;       // 10 attempts
const BILLING_RATE_LIMIT_WINDOW = 600_000; // per 10 minutes

// BUGHUNT-2026-05-16: billing actions affect the entire tenant's subscription
// (checkout/portal can cancel Pro, change plan, swap payment method). The
// router previously only required JWT auth — any technician or kiosk account
// could open the portal. Force admin role here so a routing/middleware
// reorder cannot silently expose these endpoints.
function requireAdminRole(req: Request, res: Response): boolean {
  if (req.user?.role !== 'admin') {
    res.status(403).json({ success: false, message: 'Admin access required' });
    return false;
  }
  return true;
}

/** Per-tenant rate limit on billing endpoints to prevent DoS against Stripe API. */
function billingRateLimit(req: Request, res: Response, next: NextFunction): void {
  if (!req.tenantId) {
    next();
    return;
  }
  const key = String(req.tenantId);
  if (!checkWindowRate(req.db, 'billing', key, BILLING_RATE_LIMIT_MAX, BILLING_RATE_LIMIT_WINDOW)) {
    res.status(429).json({ success: false, message: 'Too many billing requests. Please wait a few minutes.' });
    return;
  }
  recordWindowFailure(req.db, 'billing', key, BILLING_RATE_LIMIT_WINDOW);
  next();
}

/** Validate that base domain is configured for production billing redirects. */
function validateBaseDomain(req: Request, res: Response): string | null {
  if (!config.baseDomain || config.baseDomain === 'localhost') {
    if (config.nodeEnv === 'production') {
      logger.error('billing_base_domain_missing', { env: config.nodeEnv });
      res.status(500).json({ success: false, message: 'Billing is not configured. Please contact support.' });
      return null;
    }
  }
  return `https://${req.tenantSlug}.${config.baseDomain || 'localhost'}`;
}

// POST /api/v1/billing/checkout — Create Stripe Checkout session
// SCAN-878: billing POST endpoints authenticate via JWT Authorization
// header (not cookie), so CSRF form-submit attacks aren't applicable.
// If cookie-based session auth is ever added, enable requireCsrf here.
router.post('/checkout', billingRateLimit, async (req: Request, res: Response) => {
  if (!requireAdminRole(req, res)) return;
  if (!config.multiTenant || !req.tenantId || !req.tenantSlug) {
    res.status(400).json({ success: false, message: 'Billing is only available for hosted tenants' });
    return;
  }

  try {
    const masterDb = getMasterDb();
    const tenant = masterDb?.prepare('SELECT admin_email FROM tenants WHERE id = ?').get(req.tenantId) as { admin_email: string } | undefined;
    if (!tenant) {
      res.status(404).json({ success: false, message: 'Tenant not found' });
      return;
    }

    const baseUrl = validateBaseDomain(req, res);
    if (!baseUrl) return; // response already sent

    const url = await createCheckoutSession(req.tenantId, req.tenantSlug, tenant.admin_email, baseUrl);
    res.json({ success: true, data: { url } });
  } catch (e: unknown) {
    const err = e as Error;
    logger.error('billing_checkout_error', { error: err.message });
    res.status(500).json({ success: false, message: 'Unable to start checkout. Please try again or contact support.' });
  }
});

// GET /api/v1/billing/portal — Get Stripe Customer Portal URL
router.get('/portal', billingRateLimit, async (req: Request, res: Response) => {
  if (!requireAdminRole(req, res)) return;
  if (!config.multiTenant || !req.tenantId || !req.tenantSlug) {
    res.status(400).json({ success: false, message: 'Billing is only available for hosted tenants' });
    return;
  }

  try {
    const masterDb = getMasterDb();
    const tenant = masterDb?.prepare('SELECT stripe_customer_id FROM tenants WHERE id = ?').get(req.tenantId) as { stripe_customer_id: string | null } | undefined;
    if (!tenant?.stripe_customer_id) {
      res.status(400).json({ success: false, message: 'No Stripe customer found. Please upgrade to Pro first.' });
      return;
    }

    const baseUrl = validateBaseDomain(req, res);
    if (!baseUrl) return;

    const url = await createBillingPortalSession(tenant.stripe_customer_id, `${baseUrl}/settings/billing`);
    res.json({ success: true, data: { url } });
  } catch (e: unknown) {
    const err = e as Error;
    logger.error('billing_portal_error', { error: err.message });
    res.status(500).json({ success: false, message: 'Unable to open billing portal. Please try again or contact support.' });
  }
});

// POST /api/v1/billing/webhook — Stripe webhook handler (raw body required)
// Mounted separately in index.ts with express.raw()
export const webhookHandler = async (req: Request, res: Response) => {
  const sig = req.headers['stripe-signature'] as string;
  if (!sig) {
    res.status(400).send('Missing stripe-signature header');
    return;
  }

  // BUGHUNT-2026-05-17: split signature-verification failure from event-handler
  // failure. Previously a single try/catch around both `verifyWebhook` and
  // `handleWebhookEvent` returned 400 for ANY error, with the misleading log
  // line "Stripe webhook verification failed" — even when the actual cause was
  // a transient DB lock, a tenant_id collision, or a programming error inside
  // a switch case. That breaks observability (operators chase a verification
  // bug that doesn't exist) AND semantics (a 400 tells Stripe "your fault,
  // don't bother retrying" — for a DB hiccup we want 500 so Stripe's retry
  // backoff kicks in and the event eventually lands once the DB recovers).
  let event: ReturnType<typeof verifyWebhook>;
  try {
    event = verifyWebhook(req.body, sig);
  } catch (e: unknown) {
    // E4: Do NOT echo Stripe's internal error message to the client.
    // The original `Webhook Error: ${err.message}` leaked signature
    // verification details, secret versions, and library-internal hints
    // that help an attacker forge webhook deliveries. Stripe only requires
    // a 4xx to indicate failure; the body is for humans, not for verification.
    logger.error('Stripe webhook verification failed', {
      error: e instanceof Error ? e.message : String(e),
      hasSignature: !!sig,
    });
    res.status(400).send('Webhook verification failed');
    return;
  }

  try {
    handleWebhookEvent(event);
    res.json({ received: true });
  } catch (e: unknown) {
    // Handler threw AFTER verification succeeded — log distinctly so it's
    // not confused with signature-verification failures in dashboards, and
    // return 500 so Stripe retries (transient DB lock / circuit breaker
    // open / etc.). The idempotency claim row was rolled back inside the
    // transaction in handleWebhookEvent, so a retry will re-enter cleanly.
    logger.error('Stripe webhook handler failed', {
      eventId: event?.id,
      eventType: event?.type,
      error: e instanceof Error ? e.message : String(e),
    });
    res.status(500).send('Webhook handler error');
  }
};

export default router;
