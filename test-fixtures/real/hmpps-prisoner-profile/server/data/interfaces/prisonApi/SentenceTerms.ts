export default interface SentenceTerm {
  bookingId: number
  sentenceSequence: number
  termSequence: number
  sentenceType: string
  sentenceTypeDescription: string
  startDate: string
  years?: number
  lifeSentence: boolean
  caseId: string
  fineAmount?: number
  sentenceTermCode: string
  lineSeq: number
  sentenceStartDate: string
  months?: number
}
