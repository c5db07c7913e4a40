export class Migration {
  name: string
  checksum: string
  executed_at: string
}
