import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ChangeEvent, JSX } from 'react';

import type { FetcherWithComponents, SetURLSearchParams } from 'react-router';
import { useFetcher, useSearchParams } from 'react-router';

import { useTranslation } from 'react-i18next';

import type { LocalizedLookupModel, PageMetadata, RequestReadModel, User } from '~/.server/domain/models';
import { InputLabel } from '~/components/input-label';
import { InputSelect } from '~/components/input-select';
import { LoadingButton } from '~/components/loading-button';
import { LoadingLink } from '~/components/loading-link';
import { Column, ColumnOptions, ColumnSearch, ColumnSort, ServerTable } from '~/components/server-table';
import { RequestStatusTag } from '~/components/status-tag';
import { REQUEST_CATEGORY, REQUEST_STATUSES } from '~/domain/constants';
import { useFetcherState } from '~/hooks/use-fetcher-state';
import { useLanguage } from '~/hooks/use-language';
import { formatDateTimeInZone } from '~/utils/date-utils';
import { formatWithMask } from '~/utils/string-utils';

interface RequestTablesProps {
  activeRequestsPage: PageMetadata;
  activeRequests: RequestReadModel[];
  inactiveRequestsPage: PageMetadata;
  inactiveRequests: RequestReadModel[];
  requestStatuses: readonly LocalizedLookupModel[];
  workUnits: LocalizedLookupModel[];
  hrAdvisors?: readonly User[];
  baseTimeZone: string;
  view: 'hr-advisor' | 'hiring-manager';
}

export default function RequestsTables({
  activeRequestsPage,
  activeRequests,
  inactiveRequestsPage,
  inactiveRequests,
  requestStatuses,
  workUnits,
  hrAdvisors,
  baseTimeZone,
  view,
}: RequestTablesProps): JSX.Element {
  const [searchParams, setSearchParams] = useSearchParams({ filter: 'all' });
  const fetcher = useFetcher();
  const fetcherState = useFetcherState(fetcher);
  const isSubmitting = fetcherState.submitting;
  const { t } = useTranslation('app');
  const enableRequestsFilter = view === 'hr-advisor';
  const [browserTZ, setBrowserTZ] = useState<string | null>(null);
  const [srAnnouncement, setSrAnnouncement] = useState('');
  const [requestsFilter, setRequestsFilter] = useState<string>(searchParams.get('filter') ?? 'all');

  useEffect(() => {
    setBrowserTZ(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, []);

  const formatDateYMD = useMemo(
    () => (iso?: string) => (iso ? formatDateTimeInZone(iso, browserTZ ?? baseTimeZone, 'yyyy-MM-dd') : '0000-00-00'),
    [browserTZ, baseTimeZone],
  );

  const requestsOptions = useMemo(
    () => [
      {
        value: 'me',
        children: t('requests-tables.my-requests'),
      },
      {
        value: 'all',
        children: t('requests-tables.all-requests'),
      },
    ],
    [t],
  );

  const activeRequestsOptions = useMemo(
    () =>
      requestStatuses.filter((s) =>
        REQUEST_STATUSES.filter((req) => req.category === REQUEST_CATEGORY.active).some((req) => req.code === s.code),
      ),
    [requestStatuses],
  );

  const inactiveRequestsOptions = useMemo(
    () =>
      requestStatuses.filter((s) =>
        REQUEST_STATUSES.filter((req) => req.category === REQUEST_CATEGORY.inactive).some((req) => req.code === s.code),
      ),
    [requestStatuses],
  );

  return (
    <>
      {/* ARIA live region for screen reader announcements */}
      <div aria-live="polite" role="status" className="sr-only">
        {srAnnouncement}
      </div>
      <div className="mb-8 space-y-4">
        {view === 'hiring-manager' && (
          <fetcher.Form method="post" noValidate className="mb-8">
            <LoadingButton
              name="action"
              variant="primary"
              size="sm"
              disabled={isSubmitting}
              loading={isSubmitting}
              value="create"
            >
              {t('requests-tables.create-request')}
            </LoadingButton>
          </fetcher.Form>
        )}
        <section className="mt-8 mb-12">
          {enableRequestsFilter ? (
            <section className="xs:flex-row mb-5 flex flex-col justify-between gap-8">
              <h2 className="font-lato text-xl font-bold">{t('requests-tables.active-requests')}</h2>
              <div className="flex flex-col items-end">
                <InputLabel id="selectRequestsLabel" htmlFor="selectRequests" className="mt-2 text-right">
                  {t('table.filter-table')}
                </InputLabel>
                <InputSelect
                  id="selectRequests"
                  name="selectRequests"
                  ariaDescribedbyId="selectRequestsLabel"
                  required={false}
                  options={requestsOptions}
                  defaultValue={requestsFilter}
                  onChange={({ target }) => {
                    const params = new URLSearchParams(searchParams.toString());
                    params.delete('activePage');
                    params.delete('inactivePage');
                    params.set('filter', target.value);
                    setSearchParams(params);
                    setRequestsFilter(target.value);
                    const message =
                      target.value === 'me'
                        ? t('requests-tables.table-updated.my-requests')
                        : t('requests-tables.table-updated.all-requests');
                    setSrAnnouncement(message);
                  }}
                />
              </div>
            </section>
          ) : (
            <h2 className="font-lato text-xl font-bold">{t('requests-tables.active-requests')}</h2>
          )}

          <RequestsColumns
            title={t('requests-tables.active-requests')}
            keyPrefix="active"
            fetcher={fetcher}
            page={activeRequestsPage}
            requests={activeRequests}
            requestStatuses={activeRequestsOptions}
            workUnits={workUnits}
            hrAdvisors={hrAdvisors}
            view={view}
            isSubmitting={isSubmitting}
            formatDateYMD={formatDateYMD}
            searchParams={searchParams}
            setSearchParams={setSearchParams}
          />
        </section>

        <section>
          <h2 className="font-lato text-xl font-bold">{t('requests-tables.inactive-requests')}</h2>
          <RequestsColumns
            title={t('requests-tables.inactive-requests')}
            keyPrefix="inactive"
            fetcher={fetcher}
            page={inactiveRequestsPage}
            requests={inactiveRequests}
            requestStatuses={inactiveRequestsOptions}
            workUnits={workUnits}
            hrAdvisors={hrAdvisors}
            view={view}
            isSubmitting={isSubmitting}
            formatDateYMD={formatDateYMD}
            searchParams={searchParams}
            setSearchParams={setSearchParams}
          />
        </section>
      </div>
    </>
  );
}

interface RequestColumnsProps {
  title: string;
  keyPrefix: string;
  fetcher: FetcherWithComponents<unknown>;
  page: PageMetadata;
  requests: RequestReadModel[];
  requestStatuses: readonly LocalizedLookupModel[];
  workUnits: LocalizedLookupModel[];
  hrAdvisors?: readonly User[];
  view: 'hr-advisor' | 'hiring-manager';
  isSubmitting: boolean;
  formatDateYMD: (iso?: string | undefined) => string;
  searchParams: URLSearchParams;
  setSearchParams: SetURLSearchParams;
}

function RequestsColumns({
  title,
  keyPrefix,
  fetcher,
  page,
  requests,
  view,
  requestStatuses,
  workUnits,
  hrAdvisors = [],
  isSubmitting,
  formatDateYMD,
  searchParams,
  setSearchParams,
}: RequestColumnsProps) {
  const { currentLanguage } = useLanguage();
  const { t } = useTranslation('app');
  const urlParams = {
    page: `${keyPrefix}Page`,
    sort: `${keyPrefix}Sort`,
  };

  const updateHrAdvisor = useCallback(
    (id: string, hrAdvisorId: string) => {
      const formData = new FormData();
      formData.set('requestId', id);
      formData.set('hrAdvisorId', hrAdvisorId);
      void fetcher.submit(formData, { method: 'post' });
    },
    [fetcher.submit],
  );

  // Helper function to get HR advisor name
  const getHrAdvisorName = (hrAdvisor: RequestReadModel['hrAdvisor']) => {
    return hrAdvisor ? `${hrAdvisor.firstName} ${hrAdvisor.lastName}` : '';
  };

  // Sort HR advisors once, outside the cell renderer
  const sortedHrAdvisors = useMemo(
    () => [...hrAdvisors].sort((a, b) => (a.firstName ?? '').localeCompare(b.firstName ?? '')),
    [hrAdvisors],
  );

  return (
    <ServerTable
      page={page}
      data={requests}
      searchParams={searchParams}
      setSearchParams={setSearchParams}
      urlParams={urlParams}
      resultsTitle={title}
    >
      <Column
        accessorKey={`${keyPrefix}Id`}
        accessorFn={(row: RequestReadModel) => row.id}
        header={({ ColumnHeader }) => (
          <ColumnHeader title={t('requests-tables.requestId')}>
            <ColumnSearch />
            <ColumnSort filterParam="Id" />
          </ColumnHeader>
        )}
        cell={(info) => {
          return <span>{formatWithMask(info.row.original.id, '####-####-##')}</span>;
        }}
        sortingFn={(rowA, rowB) => {
          const a = rowA.original.id;
          const b = rowB.original.id;
          return a - b;
        }}
      />
      <Column
        accessorKey={`${keyPrefix}Group`}
        accessorFn={(row: RequestReadModel) => row.classification?.code ?? ''}
        header={({ ColumnHeader }) => (
          <ColumnHeader title={t('requests-tables.classification')}>
            <ColumnSearch />
          </ColumnHeader>
        )}
        cell={(info) => <span>{info.row.original.classification?.code}</span>}
      />
      {view === 'hr-advisor' && (
        <Column
          accessorKey={`${keyPrefix}Branch`}
          accessorFn={(row: RequestReadModel) => {
            // Branch is the parent if work unit has one, otherwise the work unit itself
            const branch = row.workUnit?.parent ?? row.workUnit;
            return currentLanguage === 'en' ? branch?.nameEn : branch?.nameFr;
          }}
          header={({ ColumnHeader }) => (
            <ColumnHeader title={t('requests-tables.work-unit')}>
              <ColumnOptions options={workUnits} showClearAll />
            </ColumnHeader>
          )}
          cell={(info) => {
            // Branch is the parent if work unit has one, otherwise the work unit itself
            const branch = info.row.original.workUnit?.parent ?? info.row.original.workUnit;
            return <span>{currentLanguage === 'en' ? branch?.nameEn : branch?.nameFr}</span>;
          }}
        />
      )}
      <Column
        accessorKey="hrAdvisor"
        accessorFn={(row: RequestReadModel) => getHrAdvisorName(row.hrAdvisor)}
        header={({ ColumnHeader }) => (
          <ColumnHeader title={t('requests-tables.hr-advisor')}>
            <ColumnSort />
          </ColumnHeader>
        )}
        cell={(info) => {
          if (view !== 'hr-advisor') {
            const hrAdvisorName = getHrAdvisorName(info.row.original.hrAdvisor) || t('requests-tables.not-assigned');
            return <span className="text-neutral-600">{hrAdvisorName}</span>;
          }
          const hrAdvisorValue = info.row.original.hrAdvisor?.id;
          const selectOptions = [{ id: 'not-assigned', firstName: undefined, lastName: undefined }, ...sortedHrAdvisors].map(
            (hrAdvisor) => {
              const id = String(hrAdvisor.id);
              return {
                value: id === 'not-assigned' ? undefined : id,
                children:
                  id === 'not-assigned' ? t('requests-tables.not-assigned') : `${hrAdvisor.firstName} ${hrAdvisor.lastName}`,
              };
            },
          );

          return (
            <InputSelect
              id={info.cell.id}
              name={t('requests-tables.hr-advisor')}
              options={selectOptions}
              value={hrAdvisorValue ?? ''}
              aria-label={t('requests-tables.hr-advisor')}
              disabled={isSubmitting}
              variant="alternative"
              onChange={(event: ChangeEvent<HTMLSelectElement>) =>
                updateHrAdvisor(info.row.original.id.toString(), event.target.value)
              }
            />
          );
        }}
      />
      <Column
        accessorKey="lastModifiedDate"
        accessorFn={(row: RequestReadModel) => row.lastModifiedDate ?? ''}
        header={({ ColumnHeader }) => (
          <ColumnHeader title={t('requests-tables.updated')}>
            <ColumnSort />
          </ColumnHeader>
        )}
        cell={(info) => {
          const lastModifiedDate = info.row.original.lastModifiedDate;
          const userUpdated = info.row.original.lastModifiedBy ?? 'Unknown User';
          const dateUpdated = formatDateYMD(lastModifiedDate);
          return <span className="text-neutral-600">{`${dateUpdated}: ${userUpdated}`}</span>;
        }}
      />
      <Column
        accessorKey={`${keyPrefix}Status`}
        accessorFn={(row: RequestReadModel) => (currentLanguage === 'en' ? row.status?.nameEn : row.status?.nameFr) ?? '-'}
        header={({ ColumnHeader }) => (
          <ColumnHeader title={t('requests-tables.status')}>
            <ColumnOptions options={requestStatuses} showClearAll />
          </ColumnHeader>
        )}
        cell={(info) => {
          const status = info.row.original.status;
          return status && <RequestStatusTag status={status} lang={currentLanguage ?? 'en'} view={view} />;
        }}
      />
      <Column
        header={t('requests-tables.action')}
        accessorKey="action"
        accessorFn={(row: RequestReadModel) => row.id}
        cell={(info) => {
          const requestId = info.row.original.id.toString();
          return (
            <div className="flex items-baseline gap-4">
              <LoadingLink
                className="rounded-sm text-sky-800 underline hover:text-blue-700 focus:text-blue-700 focus:ring-2 focus:ring-blue-500 focus:ring-offset-2 focus:outline-none"
                file={`routes/${view}/request/index.tsx`}
                params={{ requestId }}
                search={searchParams}
                aria-label={t('requests-tables.view-link', { requestId })}
              >
                {t('requests-tables.view')}
              </LoadingLink>
              {view === 'hiring-manager' && (
                <fetcher.Form method="post" noValidate>
                  <input type="hidden" name="requestId" value={requestId}></input>
                  <LoadingButton
                    name="action"
                    variant="alternative"
                    size="sm"
                    disabled={isSubmitting}
                    loading={isSubmitting}
                    value="copy"
                  >
                    {t('requests-tables.copy')}
                  </LoadingButton>
                </fetcher.Form>
              )}
            </div>
          );
        }}
      />
    </ServerTable>
  );
}
