import { MouseEvent, useState } from 'react';
import { useRouter } from 'next/router';
import styled from 'styled-components';
import { faTrash, faEdit } from '@fortawesome/free-solid-svg-icons';
import { Integration } from 'interfaces/Request';
import { deleteRequest } from 'services/request';
import { PRIMARY_RED } from 'styles/theme';
import { noop } from 'lodash';
import { canDeleteIntegration, canEditIntegration } from '@app/helpers/permissions';
import DeleteModal from './DeleteModal';
import ActionButton from './ActionButton';

export const ActionButtonContainer = styled.div`
  height: 100%;
  display: flex;
  justify-content: end;
  align-items: center;
  padding-right: 15px;
  & > * {
    margin-left: 15px;
  }
`;

export const VerticalLine = styled.div`
  height: 40px;
  border-right: 2px solid #e3e3e3;
`;

interface Props {
  request: Integration;
  onDelete?: Function;
  defaultActiveColor?: string;
  children?: any;
  editIconStyle?: any;
  delIconStyle?: any;
}

export default function Actionbuttons({
  request,
  onDelete,
  defaultActiveColor,
  children,
  editIconStyle = {},
  delIconStyle = {},
}: Props) {
  const router = useRouter();
  const canDelete = canDeleteIntegration(request);
  const canEdit = canEditIntegration(request);
  const [showDeleteModal, setShowDeleteModal] = useState(false);

  const handleCloseDeleteModal = () => {
    setShowDeleteModal(false);
  };

  const handleEdit = async (event: MouseEvent) => {
    event.stopPropagation();
    if (!canEdit) return;
    await router.push(`/request/${request.id}?status=${request.status}`);
  };

  const handleDelete = () => {
    if (!request.id || !canDelete) return;
    setShowDeleteModal(true);
  };

  const confirmDelete = async () => {
    const canDelete = !['pr', 'planned', 'submitted'].includes(request?.status || '');
    if (!canDelete) return;

    const [_result, error] = await deleteRequest(request.id);
    window.location.hash = '#';
    if (onDelete) onDelete(request, error);
  };

  return (
    <>
      <ActionButtonContainer>
        {children}
        <ActionButton
          disabled={!canEdit}
          icon={faEdit}
          role="button"
          data-testid="action-button-edit"
          aria-label="edit"
          onClick={handleEdit}
          activeColor={defaultActiveColor}
          title="Edit"
          size="lg"
          style={editIconStyle}
        />
        <ActionButton
          icon={faTrash}
          role="button"
          data-testid="action-button-delete"
          aria-label="delete"
          onClick={canDelete ? handleDelete : noop}
          disabled={!canDelete}
          activeColor={PRIMARY_RED}
          title="Delete"
          size="lg"
          style={delIconStyle}
        />
      </ActionButtonContainer>
      <DeleteModal
        id={`delete-modal-${request?.id}`}
        projectName={request?.projectName}
        onConfirm={confirmDelete}
        title="Confirm Deletion"
        content="You are about to delete this integration request. This action cannot be undone."
        openModal={showDeleteModal}
        handleCloseModal={handleCloseDeleteModal}
      />
    </>
  );
}
