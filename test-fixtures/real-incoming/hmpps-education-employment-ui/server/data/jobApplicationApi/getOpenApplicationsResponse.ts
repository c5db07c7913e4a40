interface GetOpenApplicationsResponse {
  id: string
  jobId: string
  employerName: string
  jobTitle: string
  applicationStatus: string
}

export default GetOpenApplicationsResponse
