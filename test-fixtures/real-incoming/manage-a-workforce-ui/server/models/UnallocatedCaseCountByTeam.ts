export default interface UnallocatedCaseCountByTeam {
  teamCode: string
  caseCount: number
}
