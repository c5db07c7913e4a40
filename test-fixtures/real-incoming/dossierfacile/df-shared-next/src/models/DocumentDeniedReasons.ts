export class DocumentDeniedReasons {
  selectedOptions?: { id: number; label: string }[]
  comment?: string
}
