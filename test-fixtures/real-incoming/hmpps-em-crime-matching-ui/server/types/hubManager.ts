type HubManager = {
  id: string
  name: string
  occupation: string
  hasSignature: boolean
}

export default HubManager
