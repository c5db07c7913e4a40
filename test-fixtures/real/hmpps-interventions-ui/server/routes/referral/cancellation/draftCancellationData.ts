export default interface DraftCancellationData {
  cancellationReason: string | null
  cancellationComments: string | null
}
