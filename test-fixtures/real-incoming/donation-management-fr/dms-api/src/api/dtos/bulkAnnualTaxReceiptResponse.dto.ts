export class BulkAnnualTaxReceiptResponse {
  taxReceiptIds: string[]
}
