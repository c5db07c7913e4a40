import { PersonRemove } from '@mui/icons-material'
import { Box, Stack, Typography } from '@mui/material'
import { useSnackbar } from 'notistack'
import React, { ReactElement, useContext, useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'
import { useMutation } from 'urql'

import AlertBox from '../../../components/AlertBox'
import BaseCheckbox from '../../../components/BaseCheckbox'
import ConfirmDialog from '../../../components/ConfirmDialog'
import { messageFromGraphQlError } from '../../../errors'
import { Administrator, DeleteAdministratorDocument } from '../../../graphql'
import { AuthContext } from '../../../provider/AuthProvider'
import { WhoAmIContext } from '../../../provider/WhoAmIProvider'

const DeleteUserDialog = ({
  selectedUser,
  onClose,
  onSuccess,
}: {
  onClose: () => void
  selectedUser: Pick<Administrator, 'id' | 'email' | 'role' | 'regionId'> | null
  onSuccess: () => void
}): ReactElement => {
  const { enqueueSnackbar } = useSnackbar()
  const { signOut } = useContext(AuthContext)
  const actingAdminId = useContext(WhoAmIContext).me?.id
  const [deleteWarningConfirmed, setDeleteWarningConfirmed] = useState(false)
  const { t } = useTranslation('users')
  const [deleteAdministratorState, deleteAdministratorMutation] = useMutation(
    DeleteAdministratorDocument,
  )

  const deleteUser = async () => {
    if (selectedUser === null) {
      console.error('Form submitted in an unexpected state.')
      return
    }

    const result = await deleteAdministratorMutation({
      adminId: selectedUser.id,
    })

    if (result.error) {
      const { title } = messageFromGraphQlError(result.error)
      enqueueSnackbar(title, { variant: 'error' })
      return
    }

    enqueueSnackbar(t('deleteUserSuccess'), { variant: 'success' })
    onClose()
    onSuccess()

    if (selectedUser.id === actingAdminId) {
      signOut()
    }
  }

  const alertBoxContent = (
    <Box sx={{ px: 1 }}>
      {' '}
      <Typography fontWeight='bold'>{t('deleteOwnAccountWarning')}</Typography>{' '}
      <Typography>{t('deleteOwnAccountWarningExplanation')}</Typography>
      <BaseCheckbox
        checked={deleteWarningConfirmed}
        onChange={setDeleteWarningConfirmed}
        required
        label={t('ownAccountWarningConfirmation')}
        hasError={false}
        errorMessage={undefined}
      />
    </Box>
  )

  return (
    <ConfirmDialog
      open={selectedUser !== null}
      title={t('deleteUserConfirmPrompt')}
      onClose={onClose}
      confirmButtonColor='error'
      onConfirm={deleteUser}
      loading={deleteAdministratorState.fetching}
      actionDisabled={selectedUser?.id === actingAdminId && !deleteWarningConfirmed}
      confirmButtonIcon={<PersonRemove />}
      confirmButtonText={t('deleteUser')}
    >
      <Stack gap={2}>
        <Box>
          <Typography>
            <Trans
              i18nKey='users:deleteUserIrrevocableConfirmPrompt'
              values={{ mail: selectedUser?.email }}
            />
          </Typography>
        </Box>
        {selectedUser?.id !== actingAdminId ? null : (
          <AlertBox fullWidth severity='error' description={alertBoxContent} />
        )}
      </Stack>
    </ConfirmDialog>
  )
}

export default DeleteUserDialog
