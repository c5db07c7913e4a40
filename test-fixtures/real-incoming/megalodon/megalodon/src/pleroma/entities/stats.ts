export type Stats = {
  user_count: number
  status_count: number
  domain_count: number
}
