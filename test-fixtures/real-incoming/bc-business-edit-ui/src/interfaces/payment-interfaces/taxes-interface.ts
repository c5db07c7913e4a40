/** Interface for Fees Taxes from Payment API. */
export interface TaxesIF {
    pst: number
    gst: number
}
