import { create } from 'zustand';
import { persist, createJSONStorage } from 'zustand/middleware';
import type { CartItem, RepairCartItem, ProductCartItem, MiscCartItem, CustomerResult, RepairDrillState, TicketMeta } from './types';
import { useAuthStore } from '@/stores/authStore';

// WEB-UIUX-899: cashier PIN verifications expire after 10 minutes of idle
// so a second staff member cannot reuse a previous verification at an
// unattended register.
const POS_PIN_TTL_MS = 10 * 60 * 1000;

// Discriminated union for the POS checkout success payload.
// Server route: POST /pos/checkout-with-ticket
// The client merges the server data with a `mode` field before storing.
interface CheckoutTicketRef {
  id: number;
  order_id: string;
  c_first_name?: string | null;
  c_last_name?: string | null;
  customer?: { first_name: string; last_name: string; phone?: string | null; email?: string | null } | null;
  devices?: Array<{ id: number; device_name: string; device_type?: string; service_name?: string }>;
}
interface CheckoutInvoiceRef {
  id: number;
  order_id: string;
  total?: number;
  first_name?: string | null;
  last_name?: string | null;
  customer_phone?: string | null;
  customer_email?: string | null;
}
/** Common optional fallback fields the SuccessScreen reads for legacy compatibility */
interface CheckoutSuccessExtras {
  // Legacy flat fields that may appear on older server responses or
  // are spread from the server data object in callers.
  ticket_id?: number | null;
  order_id?: string | null;
  invoice_id?: number | null;
  total?: number;
  change?: number;
  customer_name?: string | null;
  customer_phone?: string | null;
  customer_email?: string | null;
  devices?: Array<{ id: number; device_name: string; device_type?: string; service_name?: string }>;
  store_credit_issued?: number;
  checkin_default_category?: string | null;
  auto_print_label?: boolean;
  // WEB-FH-008: when the BlockChyp terminal declined / errored AFTER the
  // invoice was created, the cashier needs an unmissable visual cue on the
  // success screen so they don't hand the customer a "complete" receipt.
  // Undefined for non-card sales and successful card sales.
  card_declined?: boolean;
  card_decline_message?: string | null;
}

export type CheckoutSuccessPayload = CheckoutSuccessExtras & (
  | {
      mode: 'checkout';
      ticket: CheckoutTicketRef | null;
      invoice: CheckoutInvoiceRef;
    }
  | {
      mode: 'create_ticket';
      ticket: CheckoutTicketRef;
      invoice?: CheckoutInvoiceRef | null;
    }
);

/** Returns a user-scoped localStorage key so each user gets their own POS state */
function getUserPosKey(): string {
  const user = useAuthStore.getState().user;
  const userId = user?.id ?? 'anon';
  return `pos-store-u${userId}`;
}

/**
 * WEB-UIUX-867: Returns a per-register draft key so two cashiers sharing the
 * same login on different tills (or browser tabs) no longer clobber each other.
 *
 * The register ID is stored in sessionStorage so it survives page refreshes on
 * the same tab but is NOT shared with other tabs (each tab = one register).
 * If no register ID has been minted yet for this session we create one with
 * crypto.randomUUID() (falls back to timestamp+random for older Safari).
 */
// BUGHUNT-2026-05-19: every persisted-state read/write in this module funnels
// through getRegisterPosKey(). Safari private-mode (and any browser with
// storage quota disabled) throws SecurityError / QuotaExceededError on the
// first `sessionStorage.getItem` — which would propagate out of every Zustand
// selector and crash the POS at boot before the cashier can even type a price.
// Fall back to a per-tab in-memory register id so the store still functions,
// just without survive-the-refresh persistence.
let inMemoryRegisterId: string | null = null;
function getRegisterPosKey(): string {
  const REGISTER_ID_KEY = 'pos_register_id';
  let registerId: string | null = null;
  try {
    registerId = sessionStorage.getItem(REGISTER_ID_KEY);
  } catch { /* private mode / storage disabled */ }
  if (!registerId) {
    registerId = inMemoryRegisterId ??
      globalThis.crypto?.randomUUID?.() ??
      `reg-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
    try {
      sessionStorage.setItem(REGISTER_ID_KEY, registerId);
    } catch {
      // Keep the in-memory copy so the same id is used across calls
      // within this tab lifetime.
      inMemoryRegisterId = registerId;
    }
  }
  const user = useAuthStore.getState().user;
  const userId = user?.id ?? 'anon';
  return `pos-store-u${userId}-r${registerId}`;
}

interface UnifiedPosState {
  // Customer
  customer: CustomerResult | null;
  setCustomer: (c: CustomerResult | null) => void;

  // WEB-FH-001 / WEB-FH-002: stable idempotency key for the current cart
  // session. Minted once when the first item is added (or after a reset)
  // and reused for every retry of the SAME checkout submission. Server
  // idempotent middleware caches responses on (user, url, key) so a
  // double-click or flaky-network retry returns the cached result rather
  // than processing a second charge.
  checkoutIdempotencyKey: string | null;
  ensureIdempotencyKey: () => string;
  rotateIdempotencyKey: () => void;

  // Cart
  cartItems: CartItem[];
  addRepair: (item: RepairCartItem) => void;
  addProduct: (item: ProductCartItem, opts?: { stockCap?: number }) => void;
  addMisc: (item: MiscCartItem) => void;
  updateCartItem: (id: string, updates: Partial<CartItem>) => void;
  updateProductQty: (id: string, delta: number) => void;
  removeCartItem: (id: string) => void;
  clearCart: () => void;

  // Repair drill-down
  drillState: RepairDrillState;
  setDrillState: (state: RepairDrillState) => void;
  resetDrill: () => void;

  // Discount
  discount: number;
  discountReason: string;
  setDiscount: (amount: number, reason: string) => void;
  memberDiscountApplied: boolean;
  setMemberDiscountApplied: (applied: boolean) => void;
  // WEB-UIUX-1245: opt-in stacking of manual + membership discount. When
  // false (default) server picks max(manual, membership). When true server
  // sums both, capped at invoiceSubtotal.
  stackMembership: boolean;
  setStackMembership: (enabled: boolean) => void;

  // Ticket metadata
  meta: TicketMeta;
  setMeta: (updates: Partial<TicketMeta>) => void;

  // Source ticket (when checking out an existing ticket)
  sourceTicketId: number | null;
  setSourceTicketId: (id: number | null) => void;

  // UI
  activeTab: 'repairs' | 'products' | 'misc';
  setActiveTab: (tab: 'repairs' | 'products' | 'misc') => void;
  // WEB-UIUX-795: barcode pre-fill for MiscTab when a scan has no catalogue match
  pendingMiscName: string | null;
  setPendingMiscName: (name: string | null) => void;
  showCheckout: boolean;
  setShowCheckout: (show: boolean) => void;
  showSuccess: CheckoutSuccessPayload | null;
  setShowSuccess: (data: CheckoutSuccessPayload | null) => void;

  // Server-side PIN gate (WEB-W1-P0): set true after PinModal verifies
  // the user's PIN so the X-Pos-Pin-Verified header can be sent to the
  // server. Consumed (set back to false) after the API call completes.
  // WEB-UIUX-899: posPinVerifiedAt records when the PIN was verified so
  // isPosPinVerified() can enforce a 10-minute idle TTL — preventing a
  // second staff member from reusing a previous cashier's verification.
  posPinVerified: boolean;
  posPinVerifiedAt: number | null;
  setPosPinVerified: (verified: boolean) => void;
  /** Returns true only if the PIN was verified AND the verification is
   *  still within POS_PIN_TTL_MS (10 min). Use this everywhere instead
   *  of reading posPinVerified directly. */
  isPosPinVerified: () => boolean;

  // Reset everything
  clearDraft: () => void;
  resetAll: () => void;
}

const DEFAULT_META: TicketMeta = {
  assignedTo: null,
  dueDate: '',
  source: 'Walk-in',
  internalNotes: '',
  labels: '',
  discountReason: '',
  referralSource: '',
};

// WEB-FH-001 / WEB-FH-002: mint a stable idempotency key. Pure helper so
// both `ensureIdempotencyKey` and `rotateIdempotencyKey` use identical
// fallbacks when crypto.randomUUID is unavailable (older Safari etc).
function mintIdempotencyKey(): string {
  return (
    globalThis.crypto?.randomUUID?.() ??
    `pos-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`
  );
}

export const useUnifiedPosStore = create<UnifiedPosState>()(persist((set, get) => ({
  customer: null,
  setCustomer: (customer) => set({ customer }),

  // WEB-FH-001 / WEB-FH-002 — see interface comment.
  checkoutIdempotencyKey: null,
  ensureIdempotencyKey: () => {
    const existing = get().checkoutIdempotencyKey;
    if (existing) return existing;
    const next = mintIdempotencyKey();
    set({ checkoutIdempotencyKey: next });
    return next;
  },
  rotateIdempotencyKey: () => set({ checkoutIdempotencyKey: mintIdempotencyKey() }),

  cartItems: [],
  addRepair: (item) => set((s) => ({
    cartItems: [...s.cartItems, item],
    // WEB-FH-001 / WEB-FH-002: ensure the cart-session has a stable
    // idempotency key the moment the cart becomes non-empty. Reused for
    // every retry of the eventual checkout.
    checkoutIdempotencyKey: s.checkoutIdempotencyKey ?? mintIdempotencyKey(),
  })),
  addProduct: (item, opts) => set((s) => {
    // WEB-FH-013: dedupe inside a single set() callback — same-tick
    // double-fire (Enter+Click race, double-scan) reads the same `s` and
    // would otherwise append two rows. Folding here makes the second add
    // increment qty rather than create a duplicate cart line.
    // WEB-FH-004: cap incremented quantity at the supplied stock count
    // (passed by the caller from `product.in_stock`); unbounded otherwise
    // (services have no stock cap, callers pass undefined).
    const stockCap = opts?.stockCap;
    const existing = s.cartItems.find(
      (c) => c.type === 'product' && (c as ProductCartItem).inventoryItemId === item.inventoryItemId
    );
    if (existing && existing.type === 'product') {
      const currentQty = existing.quantity;
      const requestedQty = currentQty + (item.quantity || 1);
      const clampedQty = stockCap != null ? Math.min(requestedQty, stockCap) : requestedQty;
      return {
        cartItems: s.cartItems.map((c) =>
          c.id === existing.id && c.type === 'product'
            ? { ...c, quantity: clampedQty } as ProductCartItem
            : c
        ),
        checkoutIdempotencyKey: s.checkoutIdempotencyKey ?? mintIdempotencyKey(),
      };
    }
    const initialQty = item.quantity || 1;
    const clampedQty = stockCap != null ? Math.min(initialQty, Math.max(0, stockCap)) : initialQty;
    // If stockCap is 0, refuse the add entirely (matches the disabled
    // out-of-stock button on ProductsTab; protects barcode/search paths).
    if (stockCap === 0) return s;
    return {
      cartItems: [...s.cartItems, { ...item, quantity: clampedQty }],
      checkoutIdempotencyKey: s.checkoutIdempotencyKey ?? mintIdempotencyKey(),
    };
  }),
  addMisc: (item) => set((s) => ({
    cartItems: [...s.cartItems, item],
    checkoutIdempotencyKey: s.checkoutIdempotencyKey ?? mintIdempotencyKey(),
  })),
  updateCartItem: (id, updates) => set((s) => ({
    cartItems: s.cartItems.map((c) => (c.id === id ? { ...c, ...updates } as CartItem : c)),
  })),
  updateProductQty: (id, delta) => set((s) => ({
    cartItems: s.cartItems
      .map((c) => {
        if (c.id !== id) return c;
        // Both product and misc lines carry a `quantity` and surface the
        // +/- buttons in the cart UI. Repair lines are 1:1 services and
        // intentionally skip qty controls.
        if (c.type === 'product') {
          const newQty = c.quantity + delta;
          return newQty <= 0 ? null : { ...c, quantity: newQty } as ProductCartItem;
        }
        if (c.type === 'misc') {
          const newQty = c.quantity + delta;
          return newQty <= 0 ? null : { ...c, quantity: newQty } as MiscCartItem;
        }
        return c;
      })
      .filter(Boolean) as CartItem[],
  })),
  removeCartItem: (id) => set((s) => ({ cartItems: s.cartItems.filter((c) => c.id !== id) })),
  // Clearing the cart starts a NEW logical cart-session — drop the
  // current idempotency key so the next checkout gets a fresh one.
  clearCart: () => set({ cartItems: [], checkoutIdempotencyKey: null }),

  drillState: { step: 'CATEGORY' },
  setDrillState: (drillState) => set({ drillState }),
  resetDrill: () => set({ drillState: { step: 'CATEGORY' } }),

  discount: 0,
  discountReason: '',
  setDiscount: (discount, discountReason) => set({ discount, discountReason }),
  memberDiscountApplied: false,
  setMemberDiscountApplied: (memberDiscountApplied) => set({ memberDiscountApplied }),
  stackMembership: false,
  setStackMembership: (stackMembership) => set({ stackMembership }),

  meta: { ...DEFAULT_META },
  setMeta: (updates) => set((s) => ({ meta: { ...s.meta, ...updates } })),

  sourceTicketId: null,
  setSourceTicketId: (sourceTicketId) => set({ sourceTicketId }),

  activeTab: 'repairs',
  setActiveTab: (activeTab) => set({ activeTab }),
  pendingMiscName: null,
  setPendingMiscName: (pendingMiscName) => set({ pendingMiscName }),
  showCheckout: false,
  setShowCheckout: (showCheckout) => set({ showCheckout }),
  showSuccess: null,
  setShowSuccess: (showSuccess) => set({ showSuccess }),
  posPinVerified: false,
  posPinVerifiedAt: null,
  setPosPinVerified: (posPinVerified) => set({
    posPinVerified,
    // WEB-UIUX-899: stamp the verification time so isPosPinVerified() can
    // enforce the 10-minute TTL; clear the timestamp when resetting.
    posPinVerifiedAt: posPinVerified ? Date.now() : null,
  }),
  isPosPinVerified: () => {
    const { posPinVerified, posPinVerifiedAt } = get();
    if (!posPinVerified || posPinVerifiedAt === null) return false;
    return Date.now() - posPinVerifiedAt < POS_PIN_TTL_MS;
  },

  clearDraft: () => set({
    customer: null,
    cartItems: [],
    drillState: { step: 'CATEGORY' },
    discount: 0,
    discountReason: '',
    memberDiscountApplied: false,
    stackMembership: false,
    meta: { ...DEFAULT_META },
    sourceTicketId: null,
    activeTab: 'repairs',
    showCheckout: false,
    posPinVerified: false,
    posPinVerifiedAt: null,
    // WEB-FH-001 / WEB-FH-002: cart fully reset → drop idempotency key so
    // the next sale doesn't accidentally collide with the previous one.
    checkoutIdempotencyKey: null,
  }),
  resetAll: () => set({
    customer: null,
    cartItems: [],
    drillState: { step: 'CATEGORY' },
    discount: 0,
    discountReason: '',
    memberDiscountApplied: false,
    stackMembership: false,
    meta: { ...DEFAULT_META },
    sourceTicketId: null,
    activeTab: 'repairs',
    showCheckout: false,
    showSuccess: null,
    posPinVerified: false,
    posPinVerifiedAt: null,
    // WEB-FH-001 / WEB-FH-002: cart fully reset → drop idempotency key so
    // the next sale doesn't accidentally collide with the previous one.
    checkoutIdempotencyKey: null,
  }),
}), {
  name: 'pos-store', // base name (actual key is user-scoped)
  storage: createJSONStorage(() => ({
    // BUGHUNT-2026-05-19: same private-mode failure mode as
    // getRegisterPosKey above. Without these guards, the Zustand persist
    // adapter would throw on every cart mutation and the cashier would
    // see a blank checkout. Degrade gracefully to in-memory state.
    getItem: (name: string) => {
      const key = getRegisterPosKey();
      try { return sessionStorage.getItem(key) ?? localStorage.getItem(key); } catch { return null; }
    },
    setItem: (name: string, value: string) => {
      const key = getRegisterPosKey();
      try { sessionStorage.setItem(key, value); } catch { /* private mode / quota */ }
      try { localStorage.removeItem(key); } catch { /* private mode */ }
    },
    removeItem: (name: string) => {
      const key = getRegisterPosKey();
      try { sessionStorage.removeItem(key); } catch { /* private mode */ }
      try { localStorage.removeItem(key); } catch { /* private mode */ }
    },
  })),
  // Only persist essential data, not transient UI state
  partialize: (state) => ({
    customer: state.customer,
    cartItems: state.cartItems,
    drillState: state.drillState,
    discount: state.discount,
    discountReason: state.discountReason,
    meta: state.meta,
    sourceTicketId: state.sourceTicketId,
    activeTab: state.activeTab,
    // WEB-FH-001 / WEB-FH-002: persist so a page refresh mid-checkout
    // (browser crash, accidental cmd-R) still uses the same idempotency
    // key on resume — the server-side cache (5 min) guarantees no
    // double-charge if the original request did process.
    checkoutIdempotencyKey: state.checkoutIdempotencyKey,
    // WEB-UIUX-775: stamp the persisted snapshot so a cart that was
    // hydrated from a previous business day (tax-rate changes, member
    // tier changes, price updates overnight) can be invalidated on
    // wake. `onRehydrateStorage` below reads this back.
    _persistedAt: Date.now(),
  }),
  // WEB-UIUX-775: discard persisted carts older than 12 hours so the
  // first morning sale starts on a clean slate even if last night's
  // cashier left the tab open. 12h is short enough to catch overnight
  // config drifts (tax updates, customer-group rate changes) but long
  // enough to survive an end-of-shift coffee break.
  onRehydrateStorage: () => (state) => {
    if (!state) return;
    const persistedAt = (state as unknown as { _persistedAt?: number })._persistedAt;
    if (typeof persistedAt === 'number' && Date.now() - persistedAt > 12 * 60 * 60 * 1000) {
      // Reach into the store after rehydrate completes so the listener
      // path runs through resetAll's auto-persist machinery.
      setTimeout(() => {
        try { useUnifiedPosStore.getState().resetAll?.(); } catch { /* ignore */ }
      }, 0);
    }
  },
}));

// WEB-UIUX-748: clear POS cart on auth-cleared so a stale cart from cashier A
// never persists into cashier B's session after re-login. Module-level listener
// mirrors the pattern used by planStore / useDraft / api/client. resetAll()
// wipes cart, customer, discounts, UI state, and the idempotency key so every
// new session starts completely clean.
if (typeof window !== 'undefined') {
  window.addEventListener('bizarre-crm:auth-cleared', () => {
    useUnifiedPosStore.getState().resetAll();
  });
}
