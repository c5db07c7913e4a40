import { LanguageProficiency } from './languageProficiency'

export interface Language {
  language: string
  proficiency: LanguageProficiency
}
