export interface DissolutionConfirmationResourceIF {
  entityTitle: string
  subTitle: string
  act: string
  modalTitle: string
  confirmButtonText:string
  additionalLabel?: string
  dissolutionType: string
  incorporationText: string
}
