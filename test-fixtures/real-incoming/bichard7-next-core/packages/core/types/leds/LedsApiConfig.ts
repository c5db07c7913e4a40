import type LedsAuthentication from "./LedsAuthentication"

type LedsApiConfig = {
  authentication: LedsAuthentication
  url: string
}

export default LedsApiConfig
