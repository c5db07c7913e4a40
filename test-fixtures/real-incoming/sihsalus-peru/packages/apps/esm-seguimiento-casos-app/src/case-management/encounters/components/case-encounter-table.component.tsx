import {
  Button,
  DataTable,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableExpandedRow,
  TableExpandHeader,
  TableExpandRow,
  TableHead,
  TableHeader,
  TableRow,
} from '@carbon/react';
import { formatDate, userHasAccess, useSession } from '@openmrs/esm-framework';
import capitalize from 'lodash-es/capitalize';
import React from 'react';
import { useTranslation } from 'react-i18next';

import type { Observation } from '../../../types';
import { caseMonitoringEditPrivilege } from '../../../utils/constants';
import EncounterObservations from './encounter-observations/encounter-observations.component';

interface CaseEncounterTableEncounter {
  uuid: string;
  encounterDatetime: string;
  visit?: { visitType?: { display?: string } };
  encounterProviders?: Array<{ provider: { display?: string; person?: { display?: string } } }>;
  obs?: Array<Observation>;
}

interface CaseEncounterTableRow {
  id: string;
  [key: string]: string;
}

type CaseEncounterTableProps = {
  encounters: CaseEncounterTableEncounter[];
  onEdit: (encounterUuid: string) => void;
  onDelete: (encounterUuid: string, encounterTypeName?: string) => void;
  headers: { key: string; header: string }[];
  rows?: CaseEncounterTableRow[];
};

const CaseEncounterTable: React.FC<CaseEncounterTableProps> = ({ encounters, onEdit, onDelete, headers, rows }) => {
  const { t } = useTranslation();
  const session = useSession();
  const canEdit = userHasAccess(caseMonitoringEditPrivilege, session?.user);

  function formatProviderName(display?: string) {
    return display ? display.split('-')[0].trim() : '--';
  }

  const computedRows =
    rows ||
    encounters.map((encounter) => ({
      id: encounter.uuid,
      encounterDatetime: formatDate(new Date(encounter.encounterDatetime)),
      visitType: encounter.visit?.visitType?.display ?? '--',
      provider:
        encounter.encounterProviders?.length > 0
          ? formatProviderName(
              capitalize(
                encounter.encounterProviders[0].provider.display ??
                  encounter.encounterProviders[0].provider.person?.display,
              ),
            )
          : '--',
    }));

  return (
    <DataTable size="sm" useZebraStyles rows={computedRows} headers={headers}>
      {({ rows, headers, getHeaderProps, getRowProps, getExpandedRowProps, getTableProps, getTableContainerProps }) => (
        <TableContainer {...getTableContainerProps()}>
          <Table {...getTableProps()} aria-label={t('caseEncounters', 'Case follow-up encounters')}>
            <TableHead>
              <TableRow>
                <TableExpandHeader aria-label={t('expandRow', 'Expand row')} />
                {headers.map((header) => (
                  <TableHeader key={header.key} {...getHeaderProps({ header })}>
                    {header.header}
                  </TableHeader>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row, index) => (
                <React.Fragment key={row.id}>
                  <TableExpandRow {...getRowProps({ row })}>
                    {row.cells.map((cell) => (
                      <TableCell key={cell.id}>{cell.value}</TableCell>
                    ))}
                  </TableExpandRow>
                  <TableExpandedRow colSpan={headers.length + 1} {...getExpandedRowProps({ row })}>
                    <EncounterObservations observations={encounters[index].obs ?? []} />
                    {canEdit ? (
                      <>
                        <Button onClick={() => onEdit(row.id)} kind="primary" size="sm">
                          {t('edit', 'Edit')}
                        </Button>
                        <Button onClick={() => onDelete(row.id)} kind="danger" size="sm">
                          {t('delete', 'Delete')}
                        </Button>
                      </>
                    ) : null}
                  </TableExpandedRow>
                </React.Fragment>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
    </DataTable>
  );
};

export default CaseEncounterTable;
