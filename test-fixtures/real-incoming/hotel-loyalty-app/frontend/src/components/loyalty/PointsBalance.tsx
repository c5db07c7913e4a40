import { UserLoyaltyStatus } from '../../services/loyaltyService';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FiStar } from 'react-icons/fi';
import { Card } from '../ui/Card';
import { resolveTierBenefits } from '../../utils/tierBenefits';
import { tierTheme } from '../../utils/tierTheme';

interface PointsBalanceProps {
  loyaltyStatus: UserLoyaltyStatus;
  // Legacy props kept for compatibility but no longer used since points never expire
  expiringPoints?: number;
  nextExpiryDate?: string | null;
}

export default function PointsBalance({
  loyaltyStatus
}: PointsBalanceProps) {
  const { t, i18n } = useTranslation();
  const theme = tierTheme(loyaltyStatus.tier_name, loyaltyStatus.tier_color);
  const benefits = resolveTierBenefits(loyaltyStatus.tier_benefits, i18n.language);

  return (
    <Card className="border-l-4" style={{ borderLeftColor: theme.accent }}>
      <div className="flex items-center justify-between mb-4">
        <div className="flex items-center space-x-3">
          <div
            className="p-2 rounded-lg"
            style={{ backgroundColor: theme.tintBg }}
            data-testid="star-icon-container"
          >
            <FiStar
              className="w-6 h-6"
              style={{ color: theme.accent }}
              data-testid="tier-star-icon"
            />
          </div>
          <div>
            <h3 className="text-lg font-semibold text-stone-900">
              {t('loyalty.pointsBalance')}
            </h3>
            <p className="text-sm text-stone-600" data-testid="loyalty-tier">
              {loyaltyStatus.tier_name} {t('loyalty.member')}
            </p>
          </div>
        </div>
        <div className="text-right">
          <div
            className="text-display"
            style={{ color: theme.accent }}
            data-testid="loyalty-points"
          >
            {loyaltyStatus.current_points.toLocaleString()}
          </div>
          <div className="text-sm text-stone-600">
            {t('loyalty.availablePoints')}
          </div>
        </div>
      </div>

      {/* Points never expire - no expiration display needed */}

      {/* Tier Benefits Preview */}
      <div className="border-t pt-4">
        <div className="text-sm font-semibold text-stone-700 mb-2">
          {t('loyalty.tierBenefits')}
        </div>
        <div className="text-sm text-stone-600">
          {benefits.description || t('loyalty.noDescription')}
        </div>
        {benefits.perks.length > 0 && (
          <div className="mt-2">
            <ul className="text-xs text-stone-600 space-y-1">
              {benefits.perks.slice(0, 2).map((perk, index) => (
                <li key={index} className="flex items-center space-x-1">
                  <span
                    className="w-1.5 h-1.5 rounded-full"
                    style={{ backgroundColor: theme.accent }}
                    data-testid={`perk-bullet-${index}`}
                  />
                  <span>{perk}</span>
                </li>
              ))}
              {benefits.perks.length > 2 && (
                <li className="text-stone-500">
                  <Link
                    to="/benefits"
                    className="hover:underline"
                    aria-label={t('tierBenefits.viewAll')}
                  >
                    +{benefits.perks.length - 2} {t('loyalty.moreBenefits')}
                  </Link>
                </li>
              )}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
