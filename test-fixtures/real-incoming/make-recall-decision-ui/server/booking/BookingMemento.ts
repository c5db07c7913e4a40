import StageEnum from './StageEnum'
import BookingErrorType from './BookingErrorType'

export default interface BookingMemento {
  stage: StageEnum
  offenderId?: string
  sentenceId?: string
  releaseId?: string
  recallId?: string
  failed?: boolean
  failedMessage?: string
  errorType?: BookingErrorType
  uploadFailedDocName?: string
  uploaded?: string[]
}
