/**
 * Referral types and schemas
 */

import { z } from "zod/v4";

/**
 * Referral entity
 */
export const ReferralSchema = z.object({
	id: z.string(),
	code: z.string(),
	registrationId: z.string(),
	eventId: z.string(),
	isActive: z.boolean(),
	createdAt: z.coerce.date(),
	updatedAt: z.coerce.date()
});
export type Referral = z.infer<typeof ReferralSchema>;

/**
 * Referral link response
 */
export const ReferralLinkSchema = z.object({
	id: z.string(),
	referralLink: z.url(),
	referralCode: z.string(),
	eventId: z.string()
});
export type ReferralLink = z.infer<typeof ReferralLinkSchema>;

/**
 * Referral validation request
 */
export const ReferralValidateRequestSchema = z.object({
	code: z.string().min(1),
	eventId: z.string()
});
export type ReferralValidateRequest = z.infer<typeof ReferralValidateRequestSchema>;

/**
 * Referral validation response
 */
export const ReferralValidationSchema = z.object({
	isValid: z.boolean(),
	referrerId: z.string().nullable()
});
export type ReferralValidation = z.infer<typeof ReferralValidationSchema>;

/**
 * Referral usage entity
 */
export const ReferralUsageSchema = z.object({
	id: z.string(),
	referralId: z.string(),
	registrationId: z.string(),
	eventId: z.string(),
	usedAt: z.coerce.date()
});
export type ReferralUsage = z.infer<typeof ReferralUsageSchema>;

/**
 * Referral overview
 */
export const ReferralOverviewSchema = z.object({
	totalReferrals: z.number().int().min(0),
	successfulReferrals: z.number().int().min(0),
	conversionRate: z.number().min(0).max(100),
	topReferrers: z.array(
		z.object({
			id: z.string(),
			email: z.email(),
			referralCount: z.number().int().min(0)
		})
	)
});
export type ReferralOverview = z.infer<typeof ReferralOverviewSchema>;

/**
 * Referral leaderboard
 */
export const ReferralLeaderboardSchema = z.object({
	ranking: z.array(
		z.object({
			rank: z.number().int().min(1),
			registrationId: z.string(),
			email: z.email(),
			referralCount: z.number().int().min(0),
			successfulReferrals: z.number().int().min(0)
		})
	)
});
export type ReferralLeaderboard = z.infer<typeof ReferralLeaderboardSchema>;

/**
 * Referral tree
 */
export const ReferralTreeSchema = z.object({
	root: z.object({
		id: z.string(),
		email: z.email(),
		status: z.string()
	}),
	children: z.array(
		z.object({
			id: z.string(),
			email: z.email(),
			status: z.string(),
			registeredAt: z.coerce.date(),
			children: z.array(z.unknown()).optional()
		})
	)
});
export type ReferralTree = z.infer<typeof ReferralTreeSchema>;

/**
 * Qualified referrer
 */
export const QualifiedReferrerSchema = z.object({
	id: z.string(),
	email: z.email(),
	referralCount: z.number().int().min(0),
	isQualified: z.boolean(),
	qualificationThreshold: z.number().int().min(0)
});
export type QualifiedReferrer = z.infer<typeof QualifiedReferrerSchema>;

/**
 * Draw result
 */
export const DrawResultSchema = z.object({
	winners: z.array(
		z.object({
			id: z.string(),
			email: z.email(),
			referralCount: z.number().int().min(0)
		})
	),
	drawDate: z.coerce.date(),
	totalParticipants: z.number().int().min(0)
});
export type DrawResult = z.infer<typeof DrawResultSchema>;

/**
 * Referral tree node (recursive structure)
 */
export const ReferralTreeNodeSchema: z.ZodType<{
	id: string;
	email: string;
	name: string;
	referralCode?: string;
	createdAt: Date;
	children: Array<{
		id: string;
		email: string;
		name: string;
		referralCode?: string;
		createdAt: Date;
		children: unknown[];
	}>;
}> = z.lazy(() =>
	z.object({
		id: z.string(),
		email: z.string(),
		name: z.string(),
		referralCode: z.string().optional(),
		createdAt: z.coerce.date(),
		children: z.array(ReferralTreeNodeSchema)
	})
);
export type ReferralTreeNode = z.infer<typeof ReferralTreeNodeSchema>;

/**
 * Prisma date filter type
 */
export const PrismaDateFilterSchema = z.object({
	gte: z.coerce.date().optional(),
	lte: z.coerce.date().optional()
});
export type PrismaDateFilter = z.infer<typeof PrismaDateFilterSchema>;
