export interface OrgLookupConfigIF {
  pluralTitle?: string
  lookupSubtitle?: string
  fieldLabel: string
  fieldHint: string
  nilSearchText: string,
  disableManualBusLookup?: boolean,
  dbaFieldLabel?: string
  dbaLookupSubtitle?: string
  dbaFieldHint?: string
  dbaNilSearchText?: string
  addressSubtitle?: string
}
