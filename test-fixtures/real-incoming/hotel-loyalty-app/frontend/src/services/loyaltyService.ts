import axios from 'axios';
import { addAuthTokenInterceptor } from '../utils/axiosInterceptor';
import { API_BASE_URL } from '../utils/apiConfig';
import { logger } from '../utils/logger';

// Create axios instance with unified auth interceptor
const api = axios.create({
  baseURL: API_BASE_URL,
  headers: {
    'Content-Type': 'application/json',
  },
  withCredentials: true, // Required for CSRF cookies
});

// Use the unified auth token interceptor
addAuthTokenInterceptor(api);

export interface TierBenefitsContent {
  description: string;
  perks: string[];
}

/**
 * Bilingual payload stored in tiers.benefits. Legacy rows used the flat
 * { description, perks } shape (Thai copy); resolveTierBenefits() in
 * utils/tierBenefits handles both, so keep the legacy fields optional here.
 */
export interface TierBenefits {
  en?: TierBenefitsContent;
  th?: TierBenefitsContent;
  description?: string;
  perks?: string[];
}

export interface Tier {
  id: string;
  name: string;
  min_points: number; // Not used - kept for legacy compatibility (always 0)
  min_nights: number; // ONLY requirement for tier - membership based on nights stayed
  benefits: TierBenefits;
  color: string;
  sort_order: number;
  is_active: boolean;
}

export interface AdminTier {
  id: string;
  name: string;
  min_nights: number;
  benefits: TierBenefits;
  color: string;
  sort_order: number;
  is_active: boolean;
  user_count: number;
}

export interface TierUpsertRequest {
  name?: string;
  min_nights?: number;
  color?: string;
  sort_order?: number;
  is_active?: boolean;
  benefits?: { en: TierBenefitsContent; th: TierBenefitsContent };
}

/**
 * Error thrown by the tier admin mutations (createTier/updateTier) so the
 * management form can distinguish a 409 duplicate-name conflict or a server
 * 400 validation failure from a plain network error. `serverMessage` carries
 * the backend's human-readable `message` field verbatim when a response came
 * back; both fields are undefined for network-level failures. Other service
 * methods keep throwing generic `Error`s.
 */
export class TierApiError extends Error {
  status?: number;
  serverMessage?: string;

  constructor(message: string, status?: number, serverMessage?: string) {
    super(message);
    this.name = 'TierApiError';
    this.status = status;
    this.serverMessage = serverMessage;
  }
}

/**
 * Builds a TierApiError from an unknown failure, capturing the HTTP status
 * and the backend's `{ error, message }` body when a response exists.
 */
function toTierApiError(error: unknown, fallbackMessage: string): TierApiError {
  if (axios.isAxiosError(error) && error.response) {
    const data: unknown = error.response.data;
    let serverMessage: string | undefined;
    if (data !== null && typeof data === 'object' && 'message' in data) {
      const message = (data as { message: unknown }).message;
      if (typeof message === 'string' && message.length > 0) {
        serverMessage = message;
      }
    }
    return new TierApiError(serverMessage ?? fallbackMessage, error.response.status, serverMessage);
  }
  return new TierApiError(fallbackMessage);
}

/** Summary of the member-tier recalculation run after a threshold change. */
export interface TierRecalculation {
  users_checked: number;
  tiers_changed: number;
}

export interface TierUpsertResult {
  tier: AdminTier;
  recalculation: TierRecalculation | null;
}

export interface UserLoyaltyStatus {
  user_id: string;
  current_points: number; // Points for redemption only
  total_nights: number; // Total nights stayed - ONLY factor determining tier
  tier_name: string;
  tier_color: string;
  tier_benefits: Record<string, unknown> | {
    description: string;
    perks: string[];
  };
  tier_level: number;
  progress_percentage: number; // Progress to next tier based on nights only
  next_tier_nights: number | null; // Nights needed for next tier
  next_tier_name: string | null;
  nights_to_next_tier: number | null; // Remaining nights to next tier
}

export interface PointsTransaction {
  id: string;
  user_id: string;
  points: number;
  type: string;
  description: string | null;
  reference_id: string | null;
  admin_user_id: string | null;
  admin_reason: string | null;
  admin_email?: string;
  expires_at: string | null;
  created_at: string;
}

export interface AdminTransaction extends PointsTransaction {
  user_email?: string;
  user_membership_id?: string | null;
  user_first_name?: string | null;
  user_last_name?: string | null;
  admin_email?: string;
  admin_first_name?: string | null;
  admin_last_name?: string | null;
  admin_membership_id?: string | null;
  nights_stayed?: number | null;
}

export interface PointsCalculation {
  current_points: number;
  expiring_points: number;
  next_expiry_date: string | null;
}

export interface PointsHistoryResponse {
  transactions: PointsTransaction[];
  total: number;
}

export interface AdminUserLoyalty extends UserLoyaltyStatus {
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  email: string;
  oauth_provider: string | null;
  oauth_provider_id: string | null;
  user_created_at: string;
  membership_id?: string | null;
}

export interface AdminUsersResponse {
  users: AdminUserLoyalty[];
  total: number;
}

export class LoyaltyService {
  /**
   * Get all available loyalty tiers
   */
  async getTiers(): Promise<Tier[]> {
    try {
      const response = await api.get('/loyalty/tiers');
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching tiers:', error);
      throw new Error('Failed to fetch loyalty tiers');
    }
  }

  /**
   * Get current user's loyalty status
   * Transforms the nested Rust API response into the flat UserLoyaltyStatus format
   */
  async getUserLoyaltyStatus(): Promise<UserLoyaltyStatus> {
    try {
      const response = await api.get('/loyalty/status');
      const raw = response.data.data;
      // Rust API returns nested structure: { tier: { name, color, ... }, next_tier: { name, ... } }
      // Frontend expects flat structure: { tier_name, tier_color, ... }
      return {
        user_id: raw.user_id,
        current_points: raw.current_points ?? 0,
        total_nights: raw.total_nights ?? 0,
        tier_name: raw.tier?.name ?? 'Bronze',
        tier_color: raw.tier?.color ?? '#CD7F32',
        tier_benefits: raw.tier?.benefits ?? {},
        tier_level: raw.tier?.min_nights ?? 0,
        progress_percentage: raw.next_tier?.progress_percentage ?? 100,
        next_tier_nights: raw.next_tier?.min_nights ?? null,
        next_tier_name: raw.next_tier?.name ?? null,
        nights_to_next_tier: raw.next_tier?.nights_needed ?? null,
      };
    } catch (error) {
      logger.error('Error fetching loyalty status:', error);
      throw new Error('Failed to fetch loyalty status');
    }
  }

  /**
   * Get detailed points calculation
   */
  async getPointsCalculation(): Promise<PointsCalculation> {
    try {
      const response = await api.get('/loyalty/points/calculation');
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching points calculation:', error);
      throw new Error('Failed to fetch points calculation');
    }
  }

  /**
   * Get user's points transaction history
   */
  async getPointsHistory(limit: number = 50, offset: number = 0): Promise<PointsHistoryResponse> {
    try {
      const page = Math.floor(offset / limit) + 1;
      const response = await api.get('/loyalty/transactions', {
        params: { page, limit }
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching points history:', error);
      throw new Error('Failed to fetch points history');
    }
  }

  /**
   * Simulate earning points for a hotel stay
   */
  async simulateStayEarning(amountSpent: number, stayId?: string): Promise<{
    transactionId: string;
    loyaltyStatus: UserLoyaltyStatus;
  }> {
    try {
      const response = await api.post('/loyalty/simulate-stay', {
        amountSpent,
        stayId
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error simulating stay earning:', error);
      throw new Error('Failed to simulate stay earning');
    }
  }

  // Admin methods

  /**
   * Get all users' loyalty status (admin only)
   */
  async getAllUsersLoyaltyStatus(
    limit: number = 50,
    offset: number = 0,
    searchTerm?: string
  ): Promise<AdminUsersResponse> {
    try {
      const params: Record<string, number | string> = { limit, offset };
      if (searchTerm) {
        params.search = searchTerm;
      }

      const response = await api.get('/loyalty/admin/users', { params });
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching all users loyalty status:', error);
      throw new Error('Failed to fetch users loyalty status');
    }
  }

  /**
   * Award points to a user (admin only)
   */
  async awardPoints(
    userId: string,
    points: number,
    description?: string,
    referenceId?: string
  ): Promise<{
    transactionId: string;
    loyaltyStatus: UserLoyaltyStatus;
  }> {
    try {
      const response = await api.post('/loyalty/admin/award-points', {
        userId,
        points,
        description,
        referenceId
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error awarding points:', error);
      throw new Error('Failed to award points');
    }
  }

  /**
   * Deduct points from a user (admin only)
   */
  async deductPoints(
    userId: string,
    points: number,
    reason: string
  ): Promise<{
    transactionId: string;
    loyaltyStatus: UserLoyaltyStatus;
  }> {
    try {
      const response = await api.post('/loyalty/admin/deduct-points', {
        userId,
        points,
        reason
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error deducting points:', error);
      throw new Error('Failed to deduct points');
    }
  }

  /**
   * Get all admin transactions (admin only)
   */
  async getAdminTransactions(
    limit: number = 50,
    offset: number = 0
  ): Promise<{ transactions: AdminTransaction[]; total: number }> {
    try {
      const response = await api.get('/loyalty/admin/transactions', {
        params: { limit, offset }
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching admin transactions:', error);
      throw new Error('Failed to fetch admin transactions');
    }
  }

  /**
   * Get specific user's points history (admin only)
   */
  async getUserPointsHistoryAdmin(
    userId: string,
    limit: number = 50,
    offset: number = 0
  ): Promise<PointsHistoryResponse> {
    try {
      const response = await api.get(`/loyalty/admin/user/${userId}/history`, {
        params: { limit, offset }
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching user points history (admin):', error);
      throw new Error('Failed to fetch user points history');
    }
  }

  /**
   * Get points earning rules (admin only)
   */
  async getEarningRules(): Promise<Array<Record<string, unknown>>> {
    try {
      const response = await api.get('/loyalty/admin/earning-rules');
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching earning rules:', error);
      throw new Error('Failed to fetch earning rules');
    }
  }

  /**
   * Manually trigger points expiration (admin only)
   */
  async expirePoints(): Promise<{ expiredCount: number }> {
    try {
      const response = await api.post('/loyalty/admin/expire-points');
      return response.data.data;
    } catch (error) {
      logger.error('Error expiring points:', error);
      throw new Error('Failed to expire points');
    }
  }

  /**
   * Award spending points with optional nights stayed (admin only)
   */
  async awardSpendingWithNights(
    userId: string,
    amountSpent: number,
    nightsStayed: number,
    referenceId?: string,
    description?: string
  ): Promise<{
    transactionId: string;
    pointsEarned: number;
    newTotalNights: number;
    newTierName: string;
    loyaltyStatus: UserLoyaltyStatus;
  }> {
    try {
      const response = await api.post('/loyalty/admin/award-spending-with-nights', {
        userId,
        amountSpent,
        nightsStayed,
        referenceId,
        description
      });
      return response.data.data;
    } catch (error) {
      logger.error('Error awarding spending with nights:', error);
      throw new Error('Failed to award spending with nights');
    }
  }

  /**
   * Get all tiers including inactive ones, with member counts (admin only)
   */
  async getAdminTiers(): Promise<AdminTier[]> {
    try {
      const response = await api.get('/loyalty/admin/tiers');
      return response.data.data;
    } catch (error) {
      logger.error('Error fetching admin tiers:', error);
      throw new Error('Failed to fetch tiers');
    }
  }

  /**
   * Create a tier (admin only). Triggers a member-tier recalculation when
   * the new tier is active.
   */
  async createTier(request: TierUpsertRequest): Promise<TierUpsertResult> {
    try {
      const response = await api.post('/loyalty/admin/tiers', request);
      return response.data.data;
    } catch (error) {
      logger.error('Error creating tier:', error);
      throw toTierApiError(error, 'Failed to create tier');
    }
  }

  /**
   * Update a tier (admin only). Changing min_nights or is_active triggers
   * a member-tier recalculation, summarized in the result.
   */
  async updateTier(tierId: string, request: TierUpsertRequest): Promise<TierUpsertResult> {
    try {
      const response = await api.put(`/loyalty/admin/tiers/${tierId}`, request);
      return response.data.data;
    } catch (error) {
      logger.error('Error updating tier:', error);
      throw toTierApiError(error, 'Failed to update tier');
    }
  }
}

// Export singleton instance
export const loyaltyService = new LoyaltyService();