import { Button, InlineLoading, ModalBody, ModalFooter, ModalHeader } from '@carbon/react';
import { showSnackbar, userHasAccess, useSession } from '@openmrs/esm-framework';
import React, { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { credAntecedentsEditPrivilege } from '../../constants';
import { deleteCondition, useConditions } from './conditions.resource';
import styles from './delete-condition.scss';

interface DeleteConditionModalProps {
  closeDeleteModal: () => void;
  conditionId: string;
  patientUuid?: string;
}

const DeleteConditionModal: React.FC<DeleteConditionModalProps> = ({ closeDeleteModal, conditionId, patientUuid }) => {
  const { t } = useTranslation();
  const { mutate } = useConditions(patientUuid);
  const [isDeleting, setIsDeleting] = useState(false);
  const session = useSession();
  const canEditAntecedents = userHasAccess(credAntecedentsEditPrivilege, session?.user);

  const handleDelete = useCallback(async () => {
    setIsDeleting(true);

    try {
      await deleteCondition(conditionId);
      await mutate();

      closeDeleteModal();
      showSnackbar({
        isLowContrast: true,
        kind: 'success',
        title: t('conditionDeleted', 'Condition deleted'),
      });
    } catch (error) {
      console.error('Error deleting condition: ', error);

      showSnackbar({
        isLowContrast: false,
        kind: 'error',
        title: t('errorDeletingCondition', 'Error deleting condition'),
        subtitle: error?.message,
      });
    }
  }, [closeDeleteModal, conditionId, mutate, t]);

  useEffect(() => {
    if (!canEditAntecedents) {
      closeDeleteModal();
    }
  }, [canEditAntecedents, closeDeleteModal]);

  if (!canEditAntecedents) {
    return null;
  }

  return (
    <div>
      <ModalHeader closeModal={closeDeleteModal} title={t('deleteCondition', 'Delete condition')} />
      <ModalBody>
        <p>{t('deleteModalConfirmationText', 'Are you sure you want to delete this condition?')}</p>
      </ModalBody>
      <ModalFooter>
        <Button kind="secondary" onClick={closeDeleteModal}>
          {t('cancel', 'Cancel')}
        </Button>
        <Button className={styles.deleteButton} kind="danger" onClick={handleDelete} disabled={isDeleting}>
          {isDeleting ? (
            <InlineLoading description={t('deleting', 'Deleting') + '...'} />
          ) : (
            <span>{t('delete', 'Delete')}</span>
          )}
        </Button>
      </ModalFooter>
    </div>
  );
};

export default DeleteConditionModal;
