import styled from 'styled-components';
import { faTrash, faCopy, faArrowRotateRight, faDownload } from '@fortawesome/free-solid-svg-icons';
import ActionButton from './ActionButton';

export const ActionButtonContainer = styled.div`
  height: 100%;
  display: flex;
  justify-content: center;
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
  copyOrDownloadAction: (download: boolean) => void;
  showDeleteModal: () => void;
  showUpdateModal: () => void;
  actionsDisabled: boolean;
}

export default function ServiceAccountActionbuttons({
  copyOrDownloadAction,
  showDeleteModal,
  showUpdateModal,
  actionsDisabled,
}: Props) {
  return (
    <>
      <ActionButtonContainer>
        <ActionButton
          icon={faCopy}
          role="button"
          aria-label="copy-credentials"
          onClick={() => copyOrDownloadAction(false)}
          title="Copy to clipboard"
          size="lg"
          disabled={actionsDisabled}
          aria-hidden={false}
        />
        <ActionButton
          icon={faDownload}
          role="button"
          aria-label="download-credentials"
          onClick={() => copyOrDownloadAction(true)}
          title="Download"
          size="lg"
          disabled={actionsDisabled}
          aria-hidden={false}
        />
        <ActionButton
          icon={faArrowRotateRight}
          role="button"
          aria-label="update-secret"
          onClick={showUpdateModal}
          title="Update secret"
          size="lg"
          disabled={actionsDisabled}
          aria-hidden={false}
        />
        <ActionButton
          icon={faTrash}
          role="button"
          aria-label="delete-api-account"
          onClick={showDeleteModal}
          title="Delete"
          size="lg"
          disabled={actionsDisabled}
          aria-hidden={false}
        />
      </ActionButtonContainer>
    </>
  );
}
