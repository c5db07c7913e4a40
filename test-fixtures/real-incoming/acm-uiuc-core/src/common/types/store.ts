import * as z from "zod/v4";

// ============ Constants ============
export const DEFAULT_VARIANT_ID = "DEFAULT";

// ============ Enums ============
export const orderStatusEnum = z.enum([
  "PENDING",    // Cart created, payment not yet confirmed
  "CAPTURING",  // Waiting to capture payment
  "ACTIVE",     // Payment confirmed, order is active
  "REFUNDED",   // Order has been fully refunded
  "CANCELLED",  // Order was cancelled (payment voided or failed)
]);

export type OrderStatus = z.infer<typeof orderStatusEnum>;

export const limitTypeEnum = z.enum(["PER_PRODUCT", "PER_VARIANT"]);
export type LimitType = z.infer<typeof limitTypeEnum>;

// ============ Limit Configuration ============
export const limitConfigurationSchema = z.object({
  limitType: limitTypeEnum,
  maxQuantity: z.number().int().positive(),
});

export type LimitConfiguration = z.infer<typeof limitConfigurationSchema>;

// ============ Variant Schema (DynamoDB item) ============
export const variantSchema = z.object({
  productId: z.string().min(1),
  variantId: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  memberLists: z.array(z.string()).default(["acmpaid"]), // Lists user must be in for member pricing
  memberPriceId: z.string().min(1), // Stripe price ID for members
  nonmemberPriceId: z.string().min(1), // Stripe price ID for non-members
  inventoryCount: z.number().int().min(0).nullable().optional(), // null = unlimited
  soldCount: z.number().int().min(0).default(0),
  exchangesAllowed: z.boolean().default(true),
  memberPriceCents: z.number().int().nonnegative().meta({
    description: "The cost to purchase this variant if the customer is a member of `memberLists`."
  }),
  nonmemberPriceCents: z.number().int().nonnegative().meta({
    description: "The cost to purchase this variant if the customer is NOT a member of `memberLists`."
  }),
});

export type Variant = z.infer<typeof variantSchema>;

// ============ Product Schema (DEFAULT variant + metadata) ============
const variantFriendlyName = z.string().min(1).max(30).optional().meta({
  description: "A user-friendly name for a product variant.",
  examples: ["Size", "Partner Organization"]
});

const requestingImageUpload = z.optional(z.object({
  mimeType: z.enum(['image/webp']),
  contentMd5Hash: z.string().min(1),
  fileSize: z.number().min(1).max(5e6),
  width: z.number().int().min(100).max(4096),
  height: z.number().int().min(100).max(4096),
}).refine(
  (data) => data.width === data.height,
  { message: "Image must be square (width must equal height)" }
)).meta({ description: "If specified, will return an S3 presigned URL to upload the product image." })

export const productSchema = z.object({
  productId: z.string().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  imageUrl: z.string().optional(),
  openAt: z.number().int().gte(0).optional(), // Unix timestamp when sales open
  closeAt: z.number().int().min(0).optional(), // Unix timestamp when sales close
  stripeProductId: z.string().optional(), // Stripe product ID
  limitConfiguration: limitConfigurationSchema.optional(),
  verifiedIdentityRequired: z.boolean().default(true),
  inventoryMode: limitTypeEnum.default("PER_VARIANT").meta({
    description: "Whether inventory is tracked per-variant or as a total across all variants.",
  }),
  totalInventoryCount: z.number().int().min(0).nullable().optional().meta({
    description: "Total inventory across all variants. Only used when inventoryMode is PER_PRODUCT.",
  }),
  totalSoldCount: z.number().int().min(0).default(0).optional(),
  additionalEmailText: z.string().min(1).optional().meta({ description: "This additional text will be included on confirmation emails sent to purchasers." }),
  variantFriendlyName: variantFriendlyName.default("Size"),
});

export type Product = z.infer<typeof productSchema>;

export const modifyProductSchema = productSchema.pick({
  name: true,
  description: true,
  openAt: true,
  closeAt: true,
  limitConfiguration: true,
  verifiedIdentityRequired: true,
  additionalEmailText: true,
  variantFriendlyName: true,
}).partial().extend({
  verifiedIdentityRequired: z.boolean().optional(), // Override to remove the default
  variantFriendlyName,
  requestingImageUpload
}).refine(
  (data) =>
    !data.openAt || !data.closeAt || data.openAt < data.closeAt,
  { message: "openAt must be before closeAt" },
);

export type ModifyProductRequest = z.infer<typeof modifyProductSchema>;

// ============ Product with Variants (for API responses) ============
export const productWithVariantsSchema = productSchema.extend({
  variants: z.array(variantSchema.omit({ productId: true })),
});

export const productWithVariantsPublicCountSchema = productSchema.extend({
  variants: z.array(variantSchema.omit({ productId: true, soldCount: true, memberPriceId: true, nonmemberPriceId: true })),
}).omit({ stripeProductId: true, totalSoldCount: true });

export type ProductWithVariants = z.infer<typeof productWithVariantsSchema>;

// ============ Line Item Schema (DynamoDB item) ============
export const lineItemSchema = z.object({
  orderId: z.string().min(1),
  lineItemId: z.string().min(1),
  productId: z.string().min(1),
  variantId: z.string().min(1),
  quantity: z.number().int().positive(),
  priceId: z.string(), // Stripe price ID used
  unitPriceCents: z.number().int().min(0).optional(),
  createdAt: z.number().int(),
  itemId: z.string().optional(), // For GSI: `${productId}#${variantId}`
  isFulfilled: z.boolean(),
  userId: z.string().min(1).optional(),
  status: orderStatusEnum.optional(),
});

export type LineItem = z.infer<typeof lineItemSchema>;

// ============ Order Schema (DynamoDB item metadata) ============
export const orderSchema = z.object({
  orderId: z.string().min(1),
  userId: z.string().email(), // User's email
  status: orderStatusEnum,
  stripePaymentIdentifier: z.string().optional(),
  createdAt: z.number().int(),
  confirmedAt: z.number().int().optional(),
  cancelledAt: z.number().int().optional(),
  refundId: z.string().optional(),
  expiresAt: z.number().int().optional(),
});

export type Order = z.infer<typeof orderSchema>;

// ============ Order with Line Items (for API responses) ============
export const orderWithLineItemsSchema = orderSchema.extend({
  lineItems: z.array(lineItemSchema),
});

export type OrderWithLineItems = z.infer<typeof orderWithLineItemsSchema>;

// ============ API Request Schemas ============

// Create Checkout Request
export const createCheckoutRequestSchema = z.object({
  items: z.array(z.object({
    productId: z.string().min(1),
    variantId: z.string().min(1),
    quantity: z.number().int().positive().max(10),
  })).min(1).max(20), // Max 20 items, max 10 of each
  successRedirPath: z.string().startsWith('/').max(512),
  cancelRedirPath: z.string().startsWith('/').max(512),
  email: z.email().optional()
});

export type CreateCheckoutRequest = z.infer<typeof createCheckoutRequestSchema>;

// ============ API Response Schemas ============

// Create Checkout Response
export const createCheckoutResponseSchema = z.object({
  checkoutUrl: z.url(),
  orderId: z.string().min(1),
  expiresAt: z.number().int(),
});

export type CreateCheckoutResponse = z.infer<typeof createCheckoutResponseSchema>;

// List Products Response
export const listProductsAdminResponseSchema = z.object({
  products: z.array(productWithVariantsSchema.extend({ isOpen: z.boolean() })),
});

export type AdminListProductsResponse = z.infer<typeof listProductsAdminResponseSchema>;

export const listProductsResponseSchema = z.object({
  products: z.array(productWithVariantsSchema),
});
export const listProductsPublicResponseSchema = z.object({
  products: z.array(productWithVariantsPublicCountSchema),
});

export type ListProductsResponse = z.infer<typeof listProductsResponseSchema>;

// Get Product Response
export const getProductResponseSchema = productWithVariantsSchema;

export type GetProductResponse = z.infer<typeof getProductResponseSchema>;

// List Orders Response
export const listOrdersResponseSchema = z.object({
  items: z.array(lineItemSchema),
});

export type ListOrdersResponse = z.infer<typeof listOrdersResponseSchema>;

// Get Order Response
export const getOrderResponseSchema = orderWithLineItemsSchema;

export type GetOrderResponse = z.infer<typeof getOrderResponseSchema>;

// ============ Webhook Metadata Schema ============
export const storeWebhookMetadataSchema = z.object({
  initiator: z.literal("acm-store"),
  orderId: z.string().min(1),
  userId: z.email(),
});

export type StoreWebhookMetadata = z.infer<typeof storeWebhookMetadataSchema>;

// ============ Sellability Check Result ============
export const sellabilityResultSchema = z.object({
  priceId: z.string().min(1),
  unitPriceCents: z.number().int().min(0).optional(),
  isMemberPrice: z.boolean(),
});

export type SellabilityResult = z.infer<typeof sellabilityResultSchema>;

export const createVariantRequestSchema = variantSchema
  .omit({
    productId: true,
    variantId: true,
    memberPriceId: true,
    nonmemberPriceId: true,
    soldCount: true
  })
  .extend({
    memberPriceCents: z.number().int().min(0),
    nonmemberPriceCents: z.number().int().min(0),
  });

// 2. Product Request (User provides metadata + variants)
export const createProductRequestSchema = productSchema
  .omit({
    stripeProductId: true, // We will generate this
    totalSoldCount: true,
    imageUrl: true
  })
  .extend({
    variants: z.array(createVariantRequestSchema).min(1),
    requestingImageUpload
  })

export const createProductFunctionSchema = productSchema
  .omit({
    stripeProductId: true, // We will generate this
    totalSoldCount: true,
  })
  .extend({
    variants: z.array(createVariantRequestSchema).min(1),
  })

export type CreateProductRequest = z.infer<typeof createProductRequestSchema>;
export type CreateProductDataInputs = z.infer<typeof createProductFunctionSchema>;
