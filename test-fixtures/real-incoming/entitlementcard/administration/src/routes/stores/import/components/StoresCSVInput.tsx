import { ArrowCircleUp } from '@mui/icons-material'
import { Button, Stack } from '@mui/material'
import { parse } from 'csv-parse/browser/esm/sync'
import { useSnackbar } from 'notistack'
import React, { ChangeEventHandler, ReactElement, useCallback, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import Blankslate from '../../../../components/Blankslate'
import { StoresFieldConfig } from '../../../../project-configs'
import { getStoresWithCoordinates } from '../../../region/util/storeGeoDataService'
import { DEFAULT_ERROR_TIMEOUT, FILE_SIZE_LIMIT_MEGA_BYTES, LONG_ERROR_TIMEOUT } from '../constants'
import { AcceptingStoresEntry } from '../utils/acceptingStoresEntry'
import StoresImportDuplicates from './StoresImportDuplicates'
import StoresRequirementsText from './StoresRequirementsText'

type StoresCsvInputProps = {
  setAcceptingStores: (store: AcceptingStoresEntry[]) => void
  fields: StoresFieldConfig[]
  setIsLoadingCoordinates: (value: boolean) => void
}

const defaultExtensionsByMIMEType = {
  'text/csv': '.csv',
}
const FILE_SIZE_LIMIT_BYTES = FILE_SIZE_LIMIT_MEGA_BYTES * 1000 * 1000

const lineToStoreEntry = (
  line: string[],
  headers: string[],
  fields: StoresFieldConfig[],
): AcceptingStoresEntry => {
  const storeData = line.reduce((acc, entry, index) => {
    const columnName = headers[index]
    return { ...acc, [columnName]: entry.trim() }
  }, {})
  return new AcceptingStoresEntry(storeData, fields)
}

const getStoreDuplicates = (stores: AcceptingStoresEntry[]): number[][] =>
  Object.values(
    stores.reduce((acc: Record<string, number[]>, entry, index) => {
      const { data } = entry
      const groupKey = JSON.stringify([
        data.name,
        data.street,
        data.houseNumber,
        data.postalCode,
        data.location,
      ])
      const entryNumber = index + 1
      // This is necessary, can be removed once "noUncheckedIndexedAccess" is enabled in tsconfig
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (acc[groupKey] === undefined) {
        return { ...acc, [groupKey]: [entryNumber] }
      }
      return { ...acc, [groupKey]: [...acc[groupKey], entryNumber] }
    }, {}),
  ).filter(entryNumber => entryNumber.length > 1)

const StoresCsvInput = ({
  setAcceptingStores,
  fields,
  setIsLoadingCoordinates,
}: StoresCsvInputProps): ReactElement => {
  const fileInput = useRef<HTMLInputElement>(null)
  const { enqueueSnackbar } = useSnackbar()
  const { t } = useTranslation('stores')
  const headers = fields.map(field => field.name)

  const showInputError = useCallback(
    (message: string | ReactElement, timeout = DEFAULT_ERROR_TIMEOUT) => {
      enqueueSnackbar(message, {
        variant: 'error',
        autoHideDuration: timeout,
        persist: timeout === 0,
      })
      if (!fileInput.current) {
        return
      }
      fileInput.current.value = ''
    },
    [enqueueSnackbar],
  )

  const onLoadEnd = useCallback(
    (event: ProgressEvent<FileReader>) => {
      const content = event.target?.result as string
      let lines: string[][] = []
      try {
        lines = parse(content, {
          delimiter: ',',
          encoding: 'utf-8',
        })
      } catch (error) {
        if (error instanceof Error && error.message.includes('line')) {
          showInputError(
            `${t('csvInvalidDifferentColumnLength')} (${t('errorInLine')} ${error.message
              .split('line')[1]
              .trim()})`,
            LONG_ERROR_TIMEOUT,
          )
          return
        }
        showInputError(t('csvImportUnknownError'))
        return
      }
      const numberOfColumns = lines[0]?.length

      if (!numberOfColumns) {
        showInputError(t('csvInvalidFileEmpty'))
        return
      }

      if (lines.length < 2) {
        showInputError(t('csvInvalidNoEntries'))
        return
      }

      if (lines.some((line: string[]) => line.length !== headers.length)) {
        showInputError(t('csvInvalidNumberOfColumns'))
        return
      }

      const csvHeader = lines.shift() ?? []

      if (csvHeader.toString() !== headers.toString()) {
        showInputError(t('csvInvalidColumns'))
        return
      }
      const acceptingStores = lines.map((line: string[]) =>
        lineToStoreEntry(line, csvHeader, fields),
      )

      const duplicatedStoreEntries = getStoreDuplicates(acceptingStores)
      if (duplicatedStoreEntries.length > 0) {
        const message = <StoresImportDuplicates entries={duplicatedStoreEntries} />
        showInputError(message, 0)
        return
      }
      setIsLoadingCoordinates(true)
      Promise.all(getStoresWithCoordinates(acceptingStores, showInputError))
        .then(updatedStores => setAcceptingStores(updatedStores))
        .catch(() => {
          showInputError(t('csvCouldNotGetCoordinates'))
          setAcceptingStores(acceptingStores)
        })
        .finally(() => setIsLoadingCoordinates(false))
    },
    [showInputError, setAcceptingStores, headers, fields, setIsLoadingCoordinates, t],
  )

  const onInputChange: ChangeEventHandler<HTMLInputElement> = event => {
    if (!event.currentTarget.files) {
      return
    }
    const reader = new FileReader()
    reader.onloadend = onLoadEnd

    const file = event.currentTarget.files[0]
    if (!(file.type in defaultExtensionsByMIMEType)) {
      showInputError(t('csvInvalidDatatype'))
      return
    }

    if (file.size > FILE_SIZE_LIMIT_BYTES) {
      showInputError(t('csvInvalidFileTooBig'))
      return
    }
    reader.readAsText(file)
  }

  return (
    <Stack sx={{ flexGrow: 1, justifyContent: 'center' }}>
      <Blankslate
        icon={<ArrowCircleUp color='warning' sx={{ fontSize: 56 }} />}
        title={t('selectAFile')}
        description={<StoresRequirementsText header={fields} />}
      >
        <Button variant='contained' color='primary' component='label'>
          <input
            style={{ display: 'none' }}
            data-testid='store-file-upload'
            ref={fileInput}
            accept='.csv, text/csv'
            type='file'
            onInput={onInputChange}
          />
          {t('misc:browseButtonLabelSingleFile')}
        </Button>
      </Blankslate>
    </Stack>
  )
}

export default StoresCsvInput
