import { AddBusiness, AddBusinessOutlined, DeleteOutline, FileUpload } from '@mui/icons-material'
import { Box, Button } from '@mui/material'
import { useSnackbar } from 'notistack'
import React, { ReactElement, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useMutation } from 'urql'

import Blankslate from '../../../components/Blankslate'
import ConfirmDialog from '../../../components/ConfirmDialog'
import { messageFromGraphQlError } from '../../../errors'
import {
  AcceptingStoreInput,
  AddAcceptingStoreDocument,
  DeleteStoresDocument,
  EditAcceptingStoreDocument,
} from '../../../graphql'
import { AcceptingStoresData } from '../../applications/types/types'
import { getStoreCoordinates } from '../../region/util/storeGeoDataService'
import { splitStreetAndHouseNumber } from '../import/utils/splitStreetAndHouseNumber'
import { AcceptingStoreFormData } from '../types'
import ManageStoreDialog from './ManageStoreDialog'
import StoresListTable from './StoresListTable'
import { isAddressInvalid, isStoreFormInvalid } from './form/validation'

const initializeAcceptingStoreForm = (store: AcceptingStoresData): AcceptingStoreFormData => ({
  id: store.id,
  name: store.name ?? '',
  street: splitStreetAndHouseNumber(store.physicalStore?.address.street).street,
  houseNumber: splitStreetAndHouseNumber(store.physicalStore?.address.street).houseNumber,
  postalCode: store.physicalStore?.address.postalCode ?? '',
  city: store.physicalStore?.address.location ?? '',
  telephone: store.contact.telephone ?? '',
  email: store.contact.email ?? '',
  homepage: store.contact.website ?? '',
  descriptionDe: store.descriptions?.find(desc => desc.locale === 'DE')?.text ?? '',
  descriptionEn: store.descriptions?.find(desc => desc.locale === 'EN')?.text ?? '',
  categoryId: store.category.id,
  longitude: store.physicalStore?.coordinates.lng ?? undefined,
  latitude: store.physicalStore?.coordinates.lat ?? undefined,
})

const mapFormDataToCsvAcceptingStore = (store: AcceptingStoreFormData): AcceptingStoreInput => ({
  name: store.name,
  street: store.street,
  houseNumber: store.houseNumber,
  postalCode: store.postalCode,
  location: store.city,
  telephone: store.telephone,
  email: store.email,
  homepage: store.homepage,
  discountDE: store.descriptionDe,
  discountEN: store.descriptionEn,
  categoryId: store.categoryId,
  longitude: store.longitude!,
  latitude: store.latitude!,
})

const StoresListOverview = ({
  data,
  refetchStores,
}: {
  data: readonly AcceptingStoresData[]
  refetchStores: () => void
}): ReactElement => {
  const { t } = useTranslation('stores')
  const [openEditDialog, setOpenEditDialog] = useState(false)
  const [deleteDialogIsOpen, setDeleteDialogIsOpen] = useState(false)
  const [selectedStore, setSelectedStore] = useState<AcceptingStoresData>()
  const [formSendAttempt, setFormSendAttempt] = useState(false)
  const [isFetchingCoordinates, setIsFetchingCoordinates] = useState(false)
  const [showAddressError, setShowAddressError] = useState(false)
  const [acceptingStore, setAcceptingStore] = useState<AcceptingStoreFormData>()
  const { enqueueSnackbar } = useSnackbar()
  const [addAcceptingStoreState, addAcceptingStoreMutation] = useMutation(AddAcceptingStoreDocument)
  const [deleteStoresState, deleteStoresMutation] = useMutation(DeleteStoresDocument)
  const [editAcceptingStoreState, editAcceptingStoreMutation] = useMutation(
    EditAcceptingStoreDocument,
  )

  const formFieldsAreValid = acceptingStore !== undefined && !isStoreFormInvalid(acceptingStore)

  const openEditStoreDialog = (storeId: number) => {
    const activeStore = data.find(store => store.id === storeId)

    if (activeStore) {
      setOpenEditDialog(true)
      setAcceptingStore(initializeAcceptingStoreForm(activeStore))
    }
  }

  const openAddStoreDialog = () => {
    setAcceptingStore(undefined)
    setOpenEditDialog(true)
  }

  const closeStoreDialog = () => {
    setFormSendAttempt(false)
    setShowAddressError(false)
    setOpenEditDialog(false)
  }

  const saveStore = async () => {
    setFormSendAttempt(true)

    if (formFieldsAreValid) {
      const mappedStore = mapFormDataToCsvAcceptingStore(acceptingStore)

      if (acceptingStore.id == null) {
        const result = await addAcceptingStoreMutation({ store: mappedStore })

        if (result.error) {
          const { title } = messageFromGraphQlError(result.error)
          enqueueSnackbar(title, { variant: 'error' })
        } else {
          // TODO We can use the returned storeId to update the store in the list instead of refetching the whole list
          enqueueSnackbar(t('storeAdded'), { variant: 'success' })
          setAcceptingStore(undefined)
          refetchStores()
        }
      } else {
        const result = await editAcceptingStoreMutation({
          storeId: acceptingStore.id,
          store: mappedStore,
        })

        if (result.error) {
          const { title } = messageFromGraphQlError(result.error)
          enqueueSnackbar(title, { variant: 'error' })
        } else {
          enqueueSnackbar(t('storeEdited'), { variant: 'success' })
          setAcceptingStore(undefined)
          refetchStores()
        }
      }
    } else {
      enqueueSnackbar(t('storeForm:errorInvalidStoreForm'), { variant: 'error' })
    }
  }

  const updateStore = <K extends keyof AcceptingStoreFormData>(
    field: K,
    value: AcceptingStoreFormData[K],
  ) => {
    setAcceptingStore(
      prevStore =>
        ({
          ...prevStore,
          [field]: value,
        }) as AcceptingStoreFormData,
    )
  }

  const getAddressCoordinates = async () => {
    if (
      acceptingStore !== undefined &&
      acceptingStore.houseNumber &&
      acceptingStore.houseNumber.length > 0 &&
      acceptingStore.street &&
      acceptingStore.street.length > 0 &&
      acceptingStore.city &&
      acceptingStore.city.length > 0 &&
      !isAddressInvalid(acceptingStore)
    ) {
      try {
        setIsFetchingCoordinates(true)

        // TODO Wrap this fetch in a hook or use a library like tanstack-query, SWR, etc…
        const position = await getStoreCoordinates(
          acceptingStore.city,
          `${acceptingStore.street} ${acceptingStore.houseNumber}`,
        )
        const hasValidPosition = position?.length === 2

        updateStore('longitude', hasValidPosition ? position[0] : undefined)
        updateStore('latitude', hasValidPosition ? position[1] : undefined)
        setShowAddressError(!hasValidPosition)
      } catch {
        enqueueSnackbar(t('storeForm:errorGeoServiceNotReachable'), { variant: 'error' })
      } finally {
        setIsFetchingCoordinates(false)
      }
    }
  }

  const fileUploadButton = (
    <Button color='primary' startIcon={<FileUpload />} href='./import'>
      {t('storesCsvImport')}
    </Button>
  )

  const addStoreButton = (
    <Button
      color='primary'
      variant='contained'
      startIcon={<AddBusiness />}
      onClick={openAddStoreDialog}
    >
      {t('addStoreButton')}
    </Button>
  )

  return (
    <>
      {data.length === 0 ? (
        <Blankslate
          containerSx={{ m: 4 }}
          icon={<AddBusinessOutlined color='disabled' sx={{ fontSize: '64px' }} />}
          title={t('storesListOverviewNoEntryTitle')}
          description={t('storesListOverviewNoEntryDescription')}
        >
          {addStoreButton}
          {fileUploadButton}
        </Blankslate>
      ) : (
        <>
          <Box sx={{ py: 2, justifyContent: 'flex-end', display: 'flex', gap: 2 }}>
            {addStoreButton}
            {fileUploadButton}
          </Box>
          <StoresListTable
            data={data}
            onEditStore={openEditStoreDialog}
            onDeleteStore={store => {
              setSelectedStore(store)
              setDeleteDialogIsOpen(true)
            }}
          />
        </>
      )}
      <ManageStoreDialog
        loading={
          isFetchingCoordinates ||
          addAcceptingStoreState.fetching ||
          editAcceptingStoreState.fetching
        }
        open={openEditDialog}
        showAddressError={showAddressError}
        isEditMode={acceptingStore?.id !== undefined}
        acceptingStore={acceptingStore}
        closeOnConfirm={formFieldsAreValid}
        onUpdateStore={updateStore}
        onClose={closeStoreDialog}
        onConfirm={saveStore}
        formSendAttempt={formSendAttempt}
        getAddressCoordinates={getAddressCoordinates}
      />
      <ConfirmDialog
        title={t('confirmDeletionDialogTitle')}
        open={deleteDialogIsOpen}
        loading={deleteStoresState.fetching}
        confirmButtonText={t('misc:delete')}
        confirmButtonIcon={<DeleteOutline />}
        confirmButtonColor='error'
        onConfirm={async () => {
          if (selectedStore !== undefined) {
            const result = await deleteStoresMutation({ storeIds: [selectedStore.id] })
            if (result.error) {
              const { title } = messageFromGraphQlError(result.error)
              enqueueSnackbar(title, { variant: 'error' })
            } else {
              enqueueSnackbar(t('storeDeleted'), { variant: 'success' })
              refetchStores()
            }
          } else {
            setDeleteDialogIsOpen(false)
          }
        }}
        onClose={() => {
          setSelectedStore(undefined)
          setDeleteDialogIsOpen(false)
        }}
      >
        {t('confirmDeletionDialogMessage')}
        <br />
        <b>{selectedStore?.name ?? ''}</b>
      </ConfirmDialog>
    </>
  )
}

export default StoresListOverview
