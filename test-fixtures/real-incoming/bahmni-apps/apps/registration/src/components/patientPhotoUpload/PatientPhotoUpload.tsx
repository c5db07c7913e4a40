import { Button, Modal, FileUploader, IconButton } from '@bahmni/design-system';
import { useTranslation, useCamera } from '@bahmni/services';
import { Close } from '@carbon/icons-react';
import React, { useState, useCallback, useEffect } from 'react';
import styles from './styles.module.scss';

interface PatientPhotoUploadProps {
  onPhotoConfirm: (base64Image: string) => void;
  initialPhoto?: string;
}

const toJpegDataUrl = (img: HTMLImageElement, quality = 1) => {
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth || img.width;
  canvas.height = img.naturalHeight || img.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return undefined;
  ctx.drawImage(img, 0, 0);
  return canvas.toDataURL('image/jpeg', quality);
};

const base64FromDataUrl = (dataUrl: string) => dataUrl.split(',')[1] || '';

const fileToObjectUrl = (file: File) => URL.createObjectURL(file);
const revokeObjectUrl = (url?: string) => {
  if (url) URL.revokeObjectURL(url);
};

export const PatientPhotoUpload: React.FC<PatientPhotoUploadProps> = ({
  onPhotoConfirm,
  initialPhoto,
}) => {
  const { t } = useTranslation();

  const [isModalOpen, setIsModalOpen] = useState(false);
  const [mode, setMode] = useState<'idle' | 'capture' | 'upload'>('idle');
  const [previewUrl, setPreviewUrl] = useState<string | undefined>(undefined);
  const [fileName, setFileName] = useState<string>('');
  const [confirmedUrl, setConfirmedUrl] = useState<string | undefined>(
    undefined,
  );
  const [fileSizeError, setFileSizeError] = useState<string>('');

  useEffect(() => {
    if (initialPhoto) {
      setConfirmedUrl(initialPhoto);
    }
  }, [initialPhoto]);

  const MAX_FILE_SIZE = 500 * 1024;

  const { videoRef, start, stop, capture } = useCamera();

  const openUpload = () => {
    setIsModalOpen(true);
    setMode('upload');
    setPreviewUrl(confirmedUrl);
  };

  const openCapture = () => {
    setMode('capture');
    handlePreview();
    setFileSizeError('');
  };

  const handleModalClose = useCallback(() => {
    stop();
    setIsModalOpen(false);
    setFileSizeError('');
    setMode('idle');
    setFileName('');
    if (!previewUrl) {
      setConfirmedUrl(undefined);
    }
  }, [previewUrl, stop]);

  const handleRemoveConfirmed = () => {
    setConfirmedUrl(undefined);
    onPhotoConfirm('');
    setFileName('');
  };

  const handleFileDelete = () => {
    setPreviewUrl(undefined);
    setFileSizeError('');
    setFileName('');
  };

  const handleFileChange = (event: React.ChangeEvent<HTMLInputElement>) => {
    const files = event.target.files;
    if (!files?.[0]) return;

    const file = files[0];
    setFileName(file.name);
    if (file.size > MAX_FILE_SIZE) {
      const fileSizeKB = Math.round(file.size / 1000);
      setFileSizeError(
        t('CREATE_PATIENT_UPLOAD_PHOTO_FILE_SIZE_ERROR', {
          fileSize: `${fileSizeKB}KB`,
        }),
      );
      setPreviewUrl(undefined);
      return;
    }

    setFileSizeError('');

    revokeObjectUrl(previewUrl);
    const url = fileToObjectUrl(file);
    setPreviewUrl(url);
  };

  const handleCaptureClick = () => {
    const dataUrl = capture();
    if (dataUrl) {
      setPreviewUrl(dataUrl);
    }
    stop();
  };

  const handleConfirm = () => {
    if (!previewUrl) return;
    const img = new Image();
    img.onload = () => {
      const jpegDataUrl = toJpegDataUrl(img, 1);
      if (!jpegDataUrl) return;
      const base64 = base64FromDataUrl(jpegDataUrl);
      onPhotoConfirm(base64);
      setConfirmedUrl(jpegDataUrl);
      if (!previewUrl.startsWith('data:')) {
        revokeObjectUrl(previewUrl);
      }
      setIsModalOpen(false);
      setMode('idle');
    };
    img.src = previewUrl;
  };

  const handlePreview = async () => {
    setPreviewUrl(undefined);
    try {
      await start();
      setIsModalOpen(true);
    } catch {
      alert(t('CREATE_PATIENT_CAMERA_ACCESS_ERROR'));
      handleModalClose();
    }
  };

  const renderCaptureContent = () => {
    return !previewUrl ? (
      <>
        <div className={styles.imagePreviewContainer}>
          <video ref={videoRef} autoPlay playsInline />
        </div>
        <div className={styles.buttonGroup}>
          <Button
            kind="primary"
            onClick={handleCaptureClick}
            className={styles.button}
          >
            {t('CREATE_PATIENT_CAPTURE_PHOTO')}
          </Button>
        </div>
      </>
    ) : (
      <>
        <div className={styles.imagePreviewContainer}>
          <img src={previewUrl} alt="Preview" />
        </div>
        <div className={styles.buttonGroup}>
          <Button
            kind="primary"
            onClick={handleConfirm}
            className={styles.button}
          >
            {t('CREATE_PATIENT_UPLOAD_PHOTO_CONFIRM')}
          </Button>
          <Button
            kind="primary"
            onClick={handlePreview}
            className={styles.button}
          >
            {t('CREATE_PATIENT_UPLOAD_PHOTO_RETAKE')}
          </Button>
        </div>
      </>
    );
  };

  const renderUploadContent = () => {
    return (
      <>
        <FileUploader
          labelTitle=""
          title={fileName}
          key={isModalOpen ? 'open' : 'closed'}
          labelDescription={t('CREATE_PATIENT_UPLOAD_PHOTO_FILE_SIZE_LIMIT')}
          buttonLabel={t('CREATE_PATIENT_UPLOAD_PHOTO_CHOOSE_FILE')}
          buttonKind="primary"
          accept={['image/*']}
          onChange={handleFileChange}
          onDelete={handleFileDelete}
          filenameStatus="edit"
        />
        {!fileName && (
          <div className={styles.noFileChosen}>
            {t('CREATE_PATIENT_NO_FILE_CHOSEN')}
          </div>
        )}
        <div className={styles.errorMessage}>{fileSizeError}</div>
        <div className={styles.imagePreviewContainer}>
          {previewUrl && <img src={previewUrl} alt="Preview" />}
        </div>
        <div className={styles.buttonGroup}>
          <Button
            kind="primary"
            onClick={handleConfirm}
            disabled={!previewUrl}
            className={styles.button}
          >
            {t('CREATE_PATIENT_UPLOAD_PHOTO_CONFIRM')}
          </Button>
        </div>
      </>
    );
  };

  return (
    <>
      <div className={styles.photoUploadSection}>
        {confirmedUrl ? (
          <>
            <div className={styles.removeButtonWrapper}>
              <IconButton
                kind="ghost"
                size="xs"
                onClick={handleRemoveConfirmed}
                label={t('CREATE_PATIENT_UPLOAD_PHOTO_REMOVE')}
              >
                <Close />
              </IconButton>
            </div>
            <img src={confirmedUrl} alt="Patient" />
          </>
        ) : (
          <>
            <Button
              className={styles.wrapButton}
              kind="tertiary"
              size="sm"
              onClick={openUpload}
            >
              {t('CREATE_PATIENT_UPLOAD_PHOTO')}
            </Button>
            <Button
              kind="tertiary"
              size="sm"
              className={styles.wrapButton}
              onClick={openCapture}
            >
              {t('CREATE_PATIENT_CAPTURE_PHOTO')}
            </Button>
          </>
        )}
      </div>

      <Modal
        className={styles.patientPhoto}
        open={isModalOpen}
        onRequestClose={handleModalClose}
        passiveModal
        modalHeading={
          mode == 'upload'
            ? t('CREATE_PATIENT_UPLOAD_PHOTO_MODAL_HEADING')
            : t('CREATE_PATIENT_CAPTURE_PHOTO_MODAL_HEADING')
        }
      >
        <Modal.Body>
          {mode === 'capture' && renderCaptureContent()}
          {mode === 'upload' && renderUploadContent()}
        </Modal.Body>
      </Modal>
    </>
  );
};
