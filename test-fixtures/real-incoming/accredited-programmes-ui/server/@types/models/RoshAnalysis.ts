export type RoshAnalysis = {
  anyoneElsePresent?: string
  howDone?: string
  offenceDetails?: string
  sources?: string
  whereAndWhen?: string
  whoVictims?: string
  whyDone?: string
}
