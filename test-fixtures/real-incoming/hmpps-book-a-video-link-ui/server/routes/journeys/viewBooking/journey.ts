export type ViewMultipleAgencyBookingsJourney = {
  agencyCode: string
  fromDate: string
  toDate: string
  page: number
  sort: string
}

export type ViewBookingsBookingJourney = {
  agencyCode: string
  fromDate: string
}
