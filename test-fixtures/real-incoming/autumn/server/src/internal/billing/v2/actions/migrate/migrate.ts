import {
	type AttachBillingContext,
	type BillingPlan,
	type BillingResult,
	ErrCode,
	type FullCusProduct,
	type FullCustomer,
	type FullProduct,
	featureUtils,
	nullish,
	RecaseError,
	type UpdateSubscriptionV1Params,
} from "@autumn/shared";
import type { TransitionRules } from "@shared/api/billing/common/transitionRules";
import { StatusCodes } from "http-status-codes";
import type { AutumnContext } from "@/honoUtils/HonoEnv";
import { billingActions } from "@/internal/billing/v2/actions";

export interface AttachResult {
	billingContext: AttachBillingContext;
	billingPlan?: BillingPlan;
	billingResult?: BillingResult | null;
	checkoutUrl?: string;
}

export async function migrate({
	ctx,
	fullCustomer,
	currentCustomerProduct,
	newProduct,
	options = {},
}: {
	ctx: AutumnContext;
	fullCustomer: FullCustomer;
	currentCustomerProduct: FullCusProduct;
	newProduct: FullProduct;
	options?: {
		noBillingChanges?: boolean;
	};
}) {
	const willTouchStripe = options.noBillingChanges !== true;
	const isHalfCancelled =
		currentCustomerProduct.canceled === true &&
		nullish(currentCustomerProduct.ended_at);
	if (willTouchStripe && isHalfCancelled) {
		throw new RecaseError({
			message: `[migrate] Refusing to migrate cusProduct ${currentCustomerProduct.id} (${currentCustomerProduct.product_id}): canceled=true but ended_at is null. Set noBillingChanges:true or repair ended_at before retrying.`,
			code: ErrCode.InvalidRequest,
			statusCode: StatusCodes.CONFLICT,
		});
	}

	// 1. Build update subscription params
	const entity = fullCustomer.entities.find(
		(e) => e.internal_id === currentCustomerProduct.internal_entity_id,
	);

	const features = newProduct.entitlements.map((e) => e.feature);

	// Reset all features after trial ends
	const transitionRules: TransitionRules = {
		reset_after_trial_end: features
			.filter((f) => !featureUtils.isAllocated(f))
			.map((f) => f.id),
	};

	const updateSubscriptionParams: UpdateSubscriptionV1Params = {
		customer_id: fullCustomer.id || fullCustomer.internal_id,
		customer_product_id: currentCustomerProduct.id,
		entity_id: entity?.id ?? undefined,

		proration_behavior: "none",
		version: newProduct.version, // to trigger update custom plan intent

		transition_rules: transitionRules,
		redirect_mode: "if_required",
		no_billing_changes: options.noBillingChanges,
	};

	ctx.logger.info(
		`----- RUNNING MIGRATION FOR CUSTOMER ${fullCustomer.id}, ENTITY ${entity?.id} -----`,
	);
	await billingActions.updateSubscription({
		ctx,
		params: updateSubscriptionParams,
		contextOverride: {
			productContext: {
				customerProduct: currentCustomerProduct,
				fullProduct: newProduct,

				customPrices: [],
				customEnts: [],
			},

			billingVersion: currentCustomerProduct.billing_version,
		},
	});

	ctx.logger.info(
		`migration summary for ${fullCustomer.id}, entity ${entity?.id}`,
		{
			data2: ctx.extraLogs,
		},
	);

	ctx.extraLogs = {};
}
