import { getTagStyleForStatus } from 'benefit/handler/utils/applications';
import {
  ALTERATION_STATE,
  APPLICATION_STATUSES,
} from 'benefit-shared/constants';
import {
  ApplicationAlterationData,
  ApplicationData,
} from 'benefit-shared/types/application';
import {
  IconAlertCircle,
  IconCheck,
  IconCross,
  IconHistory,
  Table,
  Tag,
} from 'hds-react';
import { useTranslation } from 'next-i18next';
import * as React from 'react';
import LoadingSkeleton from 'react-loading-skeleton';
import { $Link } from 'shared/components/table/Table.sc';
import { sortFinnishDate } from 'shared/utils/date.utils';
import { useTheme } from 'styled-components';

import {
  $AlterationBadge,
  $TagWrapper,
} from '../applicationList/ApplicationList.sc';
import { $ArchiveCount, $CompanyNameDisabled } from './ApplicationsArchive.sc';
import { prepareSearchData } from './useApplicationsArchive';

type SearchProps = {
  data: ApplicationData[];
  isSearchLoading: boolean;
};

const STATUS_SORT_RANK: Record<string, number> = {
  [APPLICATION_STATUSES.ACCEPTED]: 1,
  [APPLICATION_STATUSES.REJECTED]: 0,
  [APPLICATION_STATUSES.CANCELLED]: -1,
  [APPLICATION_STATUSES.ARCHIVAL]: -2,
};

const sortByStatus = (
  a: APPLICATION_STATUSES,
  b: APPLICATION_STATUSES
): number => STATUS_SORT_RANK[a] - STATUS_SORT_RANK[b];

interface TableTransforms {
  id: string;
  companyName: string;
  status: APPLICATION_STATUSES;
  alterations: ApplicationAlterationData[];
}

const renderCompanyNameCell = ({
  id,
  companyName,
  status,
}: TableTransforms): JSX.Element =>
  status === APPLICATION_STATUSES.ARCHIVAL ? (
    <$CompanyNameDisabled>{String(companyName)}</$CompanyNameDisabled>
  ) : (
    <$Link href={`/application?id=${String(id)}`}>{String(companyName)}</$Link>
  );

const renderAlterationBadge = ({
  alterations,
}: TableTransforms): JSX.Element | string =>
  alterations?.length > 0 ? (
    <$AlterationBadge
      $requiresAttention={alterations.some((a) =>
        [ALTERATION_STATE.RECEIVED, ALTERATION_STATE.OPENED].includes(
          a.state as ALTERATION_STATE
        )
      )}
    >
      {alterations.length}
    </$AlterationBadge>
  ) : (
    ''
  );

const getTransformForArchivedStatus = (
  t: (key: string) => string,
  { status }: TableTransforms
): JSX.Element => (
  <$TagWrapper $colors={getTagStyleForStatus(status)}>
    <Tag
      iconStart={
        <>
          {status === APPLICATION_STATUSES.ACCEPTED && <IconCheck />}
          {status === APPLICATION_STATUSES.REJECTED && <IconCross />}
          {status === APPLICATION_STATUSES.CANCELLED && <IconAlertCircle />}
          {status === APPLICATION_STATUSES.ARCHIVAL && <IconHistory />}
        </>
      }
    >
      {t(
        `common:applications.list.columns.applicationStatuses.${String(status)}`
      )}
    </Tag>
  </$TagWrapper>
);

const ApplicationArchiveList: React.FC<SearchProps> = ({
  data = [],
  isSearchLoading,
}) => {
  const { t } = useTranslation();

  const theme = useTheme();

  const rows = React.useMemo(() => prepareSearchData(data), [data]);

  const translationsBase = 'common:applications.list';

  const cols = React.useMemo(() => {
    const getHeader = (id: string): string =>
      t(`${translationsBase}.columns.${id}`);
    return [
      {
        transform: renderCompanyNameCell,
        headerName: getHeader('companyName'),
        key: 'companyName',
        isSortable: true,
      },
      {
        headerName: getHeader('companyId'),
        key: 'companyId',
        isSortable: true,
      },
      {
        headerName: getHeader('applicationNum'),
        key: 'applicationNum',
        isSortable: true,
      },
      {
        headerName: getHeader('employeeNameArchive'),
        key: 'employeeName',
        isSortable: true,
      },
      {
        headerName: getHeader('handledAt'),
        key: 'handledAt',
        isSortable: true,
        customSortCompareFunction: sortFinnishDate,
      },
      {
        headerName: getHeader('calculationEndDate'),
        key: 'calculationEndDate',
        isSortable: true,
        customSortCompareFunction: sortFinnishDate,
      },
      {
        transform: (row: TableTransforms) =>
          getTransformForArchivedStatus(t, row),
        headerName: t(`${translationsBase}.columns.statusArchive`)?.toString(),
        key: 'status',
        isSortable: true,
        customSortCompareFunction: sortByStatus,
      },
      {
        transform: renderAlterationBadge,
        headerName: '',
        key: 'alterations',
      },
    ];
  }, [t, translationsBase]);

  const hasSearchLoadedWithResults = !isSearchLoading && data.length > 0;
  const hasSearchLoadedWithNoResults = !isSearchLoading && data.length === 0;

  return (
    <>
      {isSearchLoading && (
        <>
          <$ArchiveCount>{t('common:search.performingSearch')}</$ArchiveCount>
          <LoadingSkeleton
            borderRadius={0}
            baseColor={theme.colors.fog}
            height={50}
          />
          <LoadingSkeleton height={67} />
        </>
      )}
      {hasSearchLoadedWithResults && (
        <>
          <$ArchiveCount>{`${t(`${translationsBase}.total.count`, {
            count: data?.length || 0,
          })}`}</$ArchiveCount>
          <Table
            aria-live="polite"
            indexKey="id"
            initialSortingColumnKey="handledAt"
            initialSortingOrder="desc"
            theme={theme.components.table}
            rows={rows}
            cols={cols}
            zebra
          />
        </>
      )}

      {hasSearchLoadedWithNoResults && (
        <h2 aria-live="polite">{t('common:search.noResults')}</h2>
      )}
    </>
  );
};

export default ApplicationArchiveList;
