type OrganisationUnitNameAndCode = {
  fullOrganisationCode: string
  fullOrganisationName: string
}

export default OrganisationUnitNameAndCode
