import { HelpSectionIF } from '@/interfaces'

export interface AffidavitResourceIF {
  affidavitActionText: string
  helpSection: HelpSectionIF
  sampleSection: any
  confirmSection: any
}
