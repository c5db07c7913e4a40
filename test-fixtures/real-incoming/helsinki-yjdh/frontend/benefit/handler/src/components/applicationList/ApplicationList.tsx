import { ALL_APPLICATION_STATUSES, ROUTES } from 'benefit/handler/constants';
import useInstalmentStatusTransition from 'benefit/handler/hooks/useInstalmentStatusTransition';
import {
  ApplicationListTableColumns,
  ApplicationListTableTransforms,
} from 'benefit/handler/types/applicationList';
import {
  getTagStyleForStatus,
  getTalpaTagStyleForStatus,
} from 'benefit/handler/utils/applications';
import {
  APPLICATION_STATUSES,
  INSTALMENT_STATUSES,
  TALPA_STATUSES,
} from 'benefit-shared/constants';
import {
  AhjoError,
  ApplicationAlteration,
  ApplicationListItemData,
  Instalment,
} from 'benefit-shared/types/application';
import { IconSpeechbubbleText, Table, Tag, Tooltip } from 'hds-react';
import { TFunction } from 'next-i18next';
import * as React from 'react';
import LoadingSkeleton from 'react-loading-skeleton';
import { $Link } from 'shared/components/table/Table.sc';
import {
  convertToUIDateAndTimeFormat,
  sortFinnishDate,
  sortFinnishDateTime,
} from 'shared/utils/date.utils';
import { formatFloatToEvenEuros } from 'shared/utils/string.utils';
import { useTheme } from 'styled-components';

import {
  $ActionErrors,
  $ActionMessages,
  $ApplicationList,
  $EmptyHeading,
  $Heading,
  $TableActions,
  $TagWrapper,
  $UnreadMessagesCount,
} from './ApplicationList.sc';
import TalpaStatusChangeModal from './TalpaStatusChangeDialog';
import { useApplicationList } from './useApplicationList';

export interface ApplicationListProps {
  heading: string;
  status: APPLICATION_STATUSES[];
  list?: ApplicationListItemData[];
  isLoading: boolean;
  inPayment?: boolean;
}

const buildApplicationUrl = (
  id: string,
  status: APPLICATION_STATUSES,
  openDrawer = false
): string => {
  if (status === APPLICATION_STATUSES.DRAFT) {
    return `${ROUTES.APPLICATION_FORM_NEW}?id=${id}`;
  }

  const applicationUrl = `${ROUTES.APPLICATION}?id=${id}`;
  if (openDrawer) {
    return `${applicationUrl}&openDrawer=1`;
  }
  return applicationUrl;
};

const getFirstInstalmentTotalAmount = (
  calculatedBenefitAmount?: string,
  secondInstalment?: Instalment,
  alterations?: ApplicationAlteration[]
): string | JSX.Element => {
  const benefitAmount = calculatedBenefitAmount || '0';
  let firstInstalment = Number.parseInt(benefitAmount, 10);
  let recoveryAmount = 0;
  if (secondInstalment) {
    firstInstalment -= Number.parseInt(
      String(secondInstalment.amountAfterRecoveries || 0),
      10
    );
    recoveryAmount = alterations
      ? alterations?.reduce(
          (prev: number, cur: ApplicationAlteration) =>
            prev + Number.parseInt(cur.recoveryAmount || '0', 10),
          0
        )
      : 0;
  }
  return secondInstalment ? (
    <>
      {formatFloatToEvenEuros(firstInstalment)} /{' '}
      {formatFloatToEvenEuros(
        Number.parseInt(benefitAmount, 10) - recoveryAmount
      )}
    </>
  ) : (
    formatFloatToEvenEuros(firstInstalment)
  );
};
const dateForAdditionalInformationNeededBy = (
  dateString: string | Date
): string => ` ${String(dateString).replace(/\d{4}$/, '')}`;

export const renderPaymentTagPerStatus = (
  t: TFunction,
  talpaStatus?: TALPA_STATUSES,
  id?: string,
  clickTalpaTag?: (id: string, talpaStatus: TALPA_STATUSES) => void
): JSX.Element => (
  <$TagWrapper $colors={getTalpaTagStyleForStatus(talpaStatus)}>
    <Tag
      onClick={
        talpaStatus === TALPA_STATUSES.REJECTED_BY_TALPA && id && clickTalpaTag
          ? () => clickTalpaTag(id, talpaStatus)
          : undefined
      }
    >
      {t(`applications.list.columns.talpaStatuses.${String(talpaStatus)}`)}
    </Tag>
  </$TagWrapper>
);

const renderAhjoError = (ahjoError: AhjoError): JSX.Element[] => {
  if (Array.isArray(ahjoError.errorFromAhjo))
    return ahjoError.errorFromAhjo.map(({ id, message }) => (
      <li key={id}>{message}</li>
    ));

  if (
    typeof ahjoError.errorFromAhjo === 'object' &&
    ahjoError.errorFromAhjo.message
  )
    return [
      <li key={ahjoError.errorFromAhjo.id}>
        {ahjoError.errorFromAhjo.message}
      </li>,
    ];

  return [
    <li key={String(ahjoError.errorFromAhjo)}>
      {String(ahjoError.errorFromAhjo)}
    </li>,
  ];
};

const renderApplicationCompanyLink = ({
  id,
  companyName,
  unreadMessagesCount,
  status: applicationStatus,
}: ApplicationListTableTransforms): JSX.Element => (
  <$Link
    href={buildApplicationUrl(
      id || '',
      applicationStatus || ('' as APPLICATION_STATUSES),
      (unreadMessagesCount || 0) > 0
    )}
  >
    {String(companyName)}
  </$Link>
);

const getApplicationOriginColumn = (
  t: TFunction,
  getHeader: (id: string) => string
): ApplicationListTableColumns => ({
  transform: ({ applicationOrigin }: ApplicationListTableTransforms) => (
    <div>
      <Tag>
        {t(
          `common:applications.list.columns.applicationOrigins.${String(
            applicationOrigin
          )}`
        )}
      </Tag>
    </div>
  ),
  headerName: getHeader('origin'),
  key: 'applicationOrigin',
  isSortable: true,
});

const ApplicationList: React.FC<ApplicationListProps> = ({
  heading,
  status,
  list = [],
  isLoading = true,
  inPayment = false,
}) => {
  const { t, translationsBase, getHeader } = useApplicationList();
  const theme = useTheme();

  const isAllStatuses: boolean = status === ALL_APPLICATION_STATUSES;
  const isVisibleOnlyForStatus = React.useMemo(
    () => ({
      draft: status.includes(APPLICATION_STATUSES.DRAFT) && !isAllStatuses,
      received:
        status.includes(APPLICATION_STATUSES.RECEIVED) && !isAllStatuses,
      handling:
        status.includes(APPLICATION_STATUSES.HANDLING) && !isAllStatuses,
      infoRequired:
        status.includes(APPLICATION_STATUSES.INFO_REQUIRED) && !isAllStatuses,
      accepted:
        status.includes(APPLICATION_STATUSES.ACCEPTED) && !isAllStatuses,
      rejected:
        status.includes(APPLICATION_STATUSES.REJECTED) && !isAllStatuses,
    }),
    [isAllStatuses, status]
  );

  const [showTalpaModal, setShowTaplaModal] = React.useState(false);
  const [selectedApplication, setSelectedApplication] = React.useState('');

  const {
    mutate: changeInstalmentStatus,
    isSuccess: isInstalmentStatusChanged,
  } = useInstalmentStatusTransition();

  React.useEffect(() => {
    if (isInstalmentStatusChanged) {
      setShowTaplaModal(false);
    }
  }, [isInstalmentStatusChanged]);

  const renderTableActions = React.useCallback(
    (
      id: string,
      applicationStatus: APPLICATION_STATUSES,
      unreadMessagesCount: number,
      ahjoError?: AhjoError
    ): JSX.Element => (
      <$TableActions>
        {Number(unreadMessagesCount) > 0 ? (
          <$ActionMessages>
            <$Link href={buildApplicationUrl(id, applicationStatus, true)}>
              <IconSpeechbubbleText color={theme.colors.coatOfArms} />
              <$UnreadMessagesCount>
                {Number(unreadMessagesCount)}
              </$UnreadMessagesCount>
            </$Link>
          </$ActionMessages>
        ) : null}
        {ahjoError?.errorFromAhjo && (
          <$ActionErrors
            $errorText={t(
              'common:applications.list.errors.ahjoError.buttonText'
            )}
          >
            <Tooltip
              placement="top"
              boxShadow
              className="custom-tooltip-error"
              tooltipLabel={t(
                'common:applications.list.errors.ahjoError.tooltipLabel'
              )}
              buttonLabel={t(
                'common:applications.list.errors.ahjoError.buttonLabel'
              )}
            >
              <div>
                <strong>
                  Ahjo, {convertToUIDateAndTimeFormat(ahjoError?.modifiedAt)}
                </strong>
              </div>
              <ul>{renderAhjoError(ahjoError)}</ul>
            </Tooltip>
          </$ActionErrors>
        )}
      </$TableActions>
    ),
    [t, theme.colors.coatOfArms]
  );

  const renderTagWrapper = React.useCallback(
    (
      applicationStatus: APPLICATION_STATUSES,
      additionalInformationNeededBy: string | Date
    ): JSX.Element => {
      const label = t(
        `common:applications.list.columns.applicationStatuses.${String(
          applicationStatus
        )}`
      );
      const additionalInformationLabel =
        applicationStatus === APPLICATION_STATUSES.INFO_REQUIRED
          ? dateForAdditionalInformationNeededBy(additionalInformationNeededBy)
          : '';

      return (
        <$TagWrapper $colors={getTagStyleForStatus(applicationStatus)}>
          <Tag>{`${label}${additionalInformationLabel}`}</Tag>
        </$TagWrapper>
      );
    },
    [t]
  );

  const getBasicColumns = React.useCallback(
    (): ApplicationListTableColumns[] => [
      {
        transform: renderApplicationCompanyLink,
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
        headerName: getHeader('employeeName'),
        key: 'employeeName',
        isSortable: true,
      },
    ],
    [getHeader]
  );

  const getStatusDependentColumns = React.useCallback(
    (cols: ApplicationListTableColumns[]) => {
      if (
        isVisibleOnlyForStatus.handling ||
        isVisibleOnlyForStatus.infoRequired
      ) {
        cols.push({
          headerName: getHeader('handlerName'),
          key: 'handlerName',
          isSortable: true,
        });
      }
      if (
        (!status.includes(APPLICATION_STATUSES.DRAFT) &&
          !status.includes(APPLICATION_STATUSES.ACCEPTED) &&
          !status.includes(APPLICATION_STATUSES.REJECTED)) ||
        isAllStatuses
      ) {
        cols.push({
          headerName: getHeader('submittedAt'),
          key: 'submittedAt',
          isSortable: true,
          customSortCompareFunction: sortFinnishDate,
        });
      }

      if (
        (!inPayment && isVisibleOnlyForStatus.accepted) ||
        isVisibleOnlyForStatus.rejected
      ) {
        cols.push({
          headerName: getHeader('handledAt'),
          key: 'handledAt',
          isSortable: true,
          customSortCompareFunction: sortFinnishDate,
        });
      }

      if (isVisibleOnlyForStatus.draft) {
        cols.push({
          headerName: getHeader('modifiedAt'),
          key: 'modifiedAt',
          isSortable: true,
          customSortCompareFunction: sortFinnishDateTime,
        });
      }
    },
    [
      getHeader,
      inPayment,
      isAllStatuses,
      isVisibleOnlyForStatus.accepted,
      isVisibleOnlyForStatus.draft,
      isVisibleOnlyForStatus.handling,
      isVisibleOnlyForStatus.infoRequired,
      isVisibleOnlyForStatus.rejected,
      status,
    ]
  );

  const getActionColumns = React.useCallback(
    (cols: ApplicationListTableColumns[]) => {
      if (
        !inPayment &&
        (isVisibleOnlyForStatus.accepted ||
          isVisibleOnlyForStatus.rejected ||
          isVisibleOnlyForStatus.infoRequired ||
          isVisibleOnlyForStatus.handling ||
          isAllStatuses)
      ) {
        cols.push(
          {
            transform: ({
              status: applicationStatus,
              additionalInformationNeededBy,
            }: ApplicationListTableTransforms) =>
              renderTagWrapper(
                applicationStatus || ('' as APPLICATION_STATUSES),
                additionalInformationNeededBy || ''
              ),
            headerName: getHeader('applicationStatus'),
            key: 'status',
            isSortable: true,
          },

          {
            transform: ({
              id,
              status: applicationStatus,
              unreadMessagesCount,
              ahjoError,
            }: ApplicationListTableTransforms) =>
              renderTableActions(
                id || '',
                applicationStatus || ('' as APPLICATION_STATUSES),
                unreadMessagesCount as number,
                ahjoError
              ),
            headerName: getHeader('unreadMessagesCount'),
            key: 'unreadMessagesCount',
            isSortable: false,
          }
        );
      }

      if (isVisibleOnlyForStatus.received) {
        cols.push(getApplicationOriginColumn(t, getHeader));
      }
    },
    [
      getHeader,
      inPayment,
      isAllStatuses,
      isVisibleOnlyForStatus.accepted,
      isVisibleOnlyForStatus.handling,
      isVisibleOnlyForStatus.infoRequired,
      isVisibleOnlyForStatus.received,
      isVisibleOnlyForStatus.rejected,
      renderTableActions,
      renderTagWrapper,
      t,
    ]
  );

  const getPaymentColumns = React.useCallback(
    (
      cols: ApplicationListTableColumns[],
      onTalpaTagClick: (id: string) => void
    ) => {
      if (inPayment) {
        cols.push(
          {
            customSortCompareFunction: sortFinnishDate,
            headerName: getHeader('decisionDate'),
            key: 'decisionDate',
            isSortable: true,
          },
          {
            headerName: getHeader('paymentStatus'),
            key: 'paymentStatus',
            isSortable: true,
            transform: ({
              talpaStatus,
              firstInstalment,
            }: ApplicationListTableTransforms) =>
              renderPaymentTagPerStatus(
                t,
                talpaStatus as TALPA_STATUSES,
                firstInstalment?.id,
                onTalpaTagClick
              ),
          },
          {
            headerName: getHeader('calculatedBenefitAmount'),
            key: 'calculatedBenefitAmount',
            transform: ({
              calculatedBenefitAmount,
              secondInstalment,
            }: ApplicationListTableTransforms) =>
              getFirstInstalmentTotalAmount(
                calculatedBenefitAmount ? String(calculatedBenefitAmount) : '0',
                secondInstalment || undefined
              ),
          }
        );
      }
    },
    [getHeader, inPayment, t]
  );

  const columns = React.useMemo(() => {
    const cols = getBasicColumns();
    getStatusDependentColumns(cols);
    getActionColumns(cols);

    const onTalpaTagClick = (id: string): void => {
      setShowTaplaModal(true);
      setSelectedApplication(id);
    };

    getPaymentColumns(cols, onTalpaTagClick);

    return cols.filter(Boolean);
  }, [
    getBasicColumns,
    getStatusDependentColumns,
    getActionColumns,
    getPaymentColumns,
  ]);

  if (isLoading) {
    return (
      <>
        {heading && (
          <$Heading
            css={{ marginBottom: theme.spacing.xs }}
          >{`${heading}`}</$Heading>
        )}
        <LoadingSkeleton
          borderRadius={0}
          baseColor={theme.colors.fog}
          height={50}
        />
        <LoadingSkeleton height={67} />
      </>
    );
  }

  const statusAsString = isAllStatuses ? 'all' : status.join(',');
  const handleTalpaStatusChange = (talpaStatus: INSTALMENT_STATUSES): void => {
    changeInstalmentStatus({ id: selectedApplication, status: talpaStatus });
  };

  return (
    <$ApplicationList data-testid={`application-list-${statusAsString}`}>
      {list.length > 0 ? (
        <Table
          heading={`${heading} (${list.length})`}
          theme={theme.components.table}
          indexKey="id"
          rows={list}
          cols={columns}
          zebra
        />
      ) : (
        <$EmptyHeading>
          {t(`${translationsBase}.messages.empty.${statusAsString}`)}
        </$EmptyHeading>
      )}

      <TalpaStatusChangeModal
        isOpen={showTalpaModal}
        onClose={() => setShowTaplaModal(false)}
        onStatusChange={handleTalpaStatusChange}
      />
    </$ApplicationList>
  );
};

export default ApplicationList;
