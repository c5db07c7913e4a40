export type IdErrorMessage = {
  idType: null | string
  applicationSubmittedDay: null | string
  applicationSubmittedMonth: null | string
  applicationSubmittedYear: null | string
  isValidDate: null | string
}
