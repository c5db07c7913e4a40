export interface InputData {
  prescriptionID: string
  applicationName: string
  odsCode: string
  nhsNumber: string
  showAllSuppliers: string
  overrideApplicationName: string
  exclusiveStartKeyPrescriptionID: string
  exclusiveStartKeyTaskID: string
  maxResults?: number
}
