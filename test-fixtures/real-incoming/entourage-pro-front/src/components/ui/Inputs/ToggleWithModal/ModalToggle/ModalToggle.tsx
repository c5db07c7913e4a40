import React from 'react';
import { Button } from '@/src/components/ui/Button';
import { Grid } from '@/src/components/ui/Grid';
import { useModalContext } from '@/src/features/modals/Modal';
import { ModalGeneric } from '@/src/features/modals/Modal/ModalGeneric';

interface ModalToggleProps {
  modalTitle: string;
  modalDescription?: React.ReactNode;
  modalConfirmation?: string;
  onToggle: () => void;
  id: string;
}

export const ModalToggle = ({
  modalTitle,
  modalDescription,
  onToggle,
  modalConfirmation = 'oui',
  id,
}: ModalToggleProps) => {
  const { onClose } = useModalContext();

  return (
    <ModalGeneric title={modalTitle} description={modalDescription}>
      <Grid className="uk-grid-small uk-flex-center uk-margin-large-top">
        <Button variant="default" onClick={onClose}>
          Annuler
        </Button>
        <Button
          variant="primary"
          dataTestId={`test-confirm-${id}`}
          onClick={() => {
            onToggle();
            if (onClose) {
              onClose();
            }
          }}
        >
          {modalConfirmation}
        </Button>
      </Grid>
    </ModalGeneric>
  );
};
