export interface QualifyingQuestion {
  name: string;
  markdown: string;
  url: string;
}
