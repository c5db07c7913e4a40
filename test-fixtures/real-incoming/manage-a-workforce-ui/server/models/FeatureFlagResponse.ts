export default interface FeatureFlagResponse {
  enabled?: boolean
}
