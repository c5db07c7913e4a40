export type Application = {
  name: string
  website?: string | null
  vapid_key?: string | null
}
