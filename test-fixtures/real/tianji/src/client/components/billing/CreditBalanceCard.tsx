import { useTranslation } from '@i18next-toolkit/react';
import { LuCoins, LuHistory } from 'react-icons/lu';
import React from 'react';

import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card';
import { Spinner } from '@/components/ui/spinner';
import { TipIcon } from '@/components/TipIcon';
import { useCurrentWorkspaceId } from '@/store/user';
import { trpc } from '@/api/trpc';
import { Button } from '@/components/ui/button';
import { useNavigate } from '@tanstack/react-router';

interface CreditBalanceCardProps {
  className?: string;
  refetchInterval?: number;
}

export const CreditBalanceCard: React.FC<CreditBalanceCardProps> = React.memo(
  ({ className, refetchInterval }: CreditBalanceCardProps) => {
    const { t } = useTranslation();
    const workspaceId = useCurrentWorkspaceId();
    const navigate = useNavigate();

    const { data, isLoading } = trpc.billing.credit.useQuery(
      {
        workspaceId,
      },
      {
        enabled: Boolean(workspaceId),
        refetchInterval,
      }
    );

    return (
      <Card className={className}>
        <CardHeader className="flex flex-row items-center justify-between">
          <div className="flex items-center gap-2">
            <LuCoins className="h-4 w-4" />
            <CardTitle className="text-sm font-medium">
              {t('Available Credits')}
            </CardTitle>
            <TipIcon
              content={t(
                'Workspace credits can be consumed when using Tianji AI features.'
              )}
            />
          </div>
          <Button
            variant="outline"
            size="sm"
            onClick={() => navigate({ to: '/settings/billing/history' })}
          >
            <LuHistory className="mr-2 h-4 w-4" />
            {t('History')}
          </Button>
        </CardHeader>
        <CardContent>
          {isLoading ? (
            <div className="text-muted-foreground flex items-center gap-2">
              <Spinner className="h-4 w-4" />
              {t('Loading...')}
            </div>
          ) : (
            <div className="text-2xl font-semibold">
              {Number(data?.credit ?? 0).toLocaleString()}
            </div>
          )}
        </CardContent>
      </Card>
    );
  }
);
CreditBalanceCard.displayName = 'CreditBalanceCard';
