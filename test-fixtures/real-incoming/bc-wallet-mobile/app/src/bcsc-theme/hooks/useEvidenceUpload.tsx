import useApi from '@/bcsc-theme/api/hooks/useApi'
import { EvidenceMetadataPayload, UploadEvidenceResponseData } from '@/bcsc-theme/api/hooks/useEvidenceApi'
import { withPlausibleCaptureDate } from '@/bcsc-theme/utils/capture-date'
import { clampEvidenceImagesToSides, normalizeEvidenceImageLabel } from '@/bcsc-theme/utils/card-utils'
import { BCState } from '@/store'
import readFileInChunks from '@/utils/read-file'
import { TOKENS, useServices, useStore } from '@bifold/core'
import { useCallback } from 'react'

export interface EvidenceUploadItem {
  uploadUri: string
  imageBytes: Buffer
}

const useEvidenceUpload = () => {
  const [logger] = useServices([TOKENS.UTIL_LOGGER])
  const [store] = useStore<BCState>()
  const { evidence } = useApi()

  /**
   * Uploads the selfie photo (metadata + binary) that was captured during the
   * pre-verification photo step. No-ops if no photo is available in the store.
   */
  const uploadSelfiePhoto = useCallback(async () => {
    const { photoPath, photoMetadata } = store.bcsc
    if (!photoPath || !photoMetadata) {
      logger.debug('No selfie photo to upload')
      return
    }

    // AC3 boundary check — see capture-date.ts's file header for scoping.
    const metadataToUpload = await withPlausibleCaptureDate(photoMetadata, logger)

    logger.info('Uploading selfie photo...')
    const metadataResponse = await evidence.uploadPhotoEvidenceMetadata(metadataToUpload)
    const photoBytes = await readFileInChunks(photoPath, logger)
    await evidence.uploadPhotoEvidenceBinary(metadataResponse.upload_uri, photoBytes)
    logger.info(`Selfie photo uploaded: ${photoBytes.length} bytes`)
  }, [evidence, logger, store.bcsc])

  /**
   * Processes additional evidence documents (secondary ID for NonPhoto BCSC).
   * Sends metadata to the evidence API and reads image files from disk.
   * Returns an array of { uploadUri, imageBytes } items ready for binary upload.
   *
   * Used by both the live-call flow (uploads immediately) and the send-video
   * flow (batches with photo + video in a single Promise.all).
   */
  const processAdditionalEvidence = useCallback(async (): Promise<EvidenceUploadItem[]> => {
    const additionalEvidence = store.bcscSecure.additionalEvidenceData
    const evidenceUploads: EvidenceUploadItem[] = []

    if (!additionalEvidence || additionalEvidence.length === 0) {
      logger.debug('No additional evidence to process')
      return evidenceUploads
    }

    logger.info(`Processing ${additionalEvidence.length} additional evidence item(s)...`)

    for (const evidenceItem of additionalEvidence) {
      // Heals over-count metadata (e.g. a stale duplicate side left behind by
      // navigating back to retake/re-accept a photo — see issue #4159) before
      // it's sent to the server, which rejects an unexpected image count.
      const clampedImages = clampEvidenceImagesToSides(evidenceItem.metadata, evidenceItem.evidenceType?.image_sides)
      if (clampedImages.length !== evidenceItem.metadata.length) {
        logger.warn('Healed evidence metadata with more images than the card expects', {
          evidenceType: evidenceItem?.evidenceType?.evidence_type,
          before: evidenceItem.metadata.length,
          after: clampedImages.length,
        })
      }

      // Migration-scoped AC3 guard (pre-#4338-fix on-device data only) — see #4373.
      const images = await Promise.all(
        clampedImages.map((data) =>
          withPlausibleCaptureDate(data, logger, {
            evidenceType: evidenceItem?.evidenceType?.evidence_type,
            label: data.label,
          })
        )
      )

      const metadataPayload: EvidenceMetadataPayload = {
        type: evidenceItem?.evidenceType?.evidence_type,
        number: evidenceItem.documentNumber,
        images: images.map((data) => {
          // Normalize labels: the /v1/documents API expects "FRONT_SIDE"/"BACK_SIDE",
          // not the lowercase "front"/"back" used by /v1/photos (selfie endpoint).
          const label = normalizeEvidenceImageLabel(data.label)
          return { ...data, label, file_path: undefined }
        }),
      }

      if (evidenceItem.barcodes && evidenceItem.barcodes.length > 0) {
        metadataPayload.barcodes = evidenceItem.barcodes
      }

      logger.info(`Evidence payload labels: ${JSON.stringify(metadataPayload.images.map((i) => i.label))}`)
      const evidenceMetadataResponse = await evidence.sendEvidenceMetadata(metadataPayload)
      logger.debug(`Evidence metadata sent for ${metadataPayload.type}`)

      for (const metadataItem of images) {
        const normalizedLabel = normalizeEvidenceImageLabel(metadataItem.label)
        const matchingResponse = evidenceMetadataResponse.find(
          (response: UploadEvidenceResponseData) => response.label === normalizedLabel
        )

        if (matchingResponse) {
          const imageBytes = await readFileInChunks(metadataItem.file_path, logger)
          logger.debug(`Evidence file read for ${metadataItem.label}: ${imageBytes.length} bytes`)
          evidenceUploads.push({ uploadUri: matchingResponse.upload_uri, imageBytes })
        }
      }
    }

    return evidenceUploads
  }, [evidence, logger, store.bcscSecure.additionalEvidenceData])

  /**
   * Uploads binary data for a list of evidence items that were previously
   * processed by processAdditionalEvidence.
   */
  const uploadEvidenceBinaries = useCallback(
    async (items: EvidenceUploadItem[]) => {
      for (const { uploadUri, imageBytes } of items) {
        await evidence.uploadPhotoEvidenceBinary(uploadUri, imageBytes)
      }
      if (items.length > 0) {
        logger.info(`All additional evidence uploaded (${items.length} file(s))`)
      }
    },
    [evidence, logger]
  )

  return {
    uploadSelfiePhoto,
    processAdditionalEvidence,
    uploadEvidenceBinaries,
  }
}

export default useEvidenceUpload
