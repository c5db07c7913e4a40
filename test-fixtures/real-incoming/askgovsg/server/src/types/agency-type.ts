export type AgencyQuery = {
  shortname?: string
  longname?: string
}
