export interface HelpGuide {
  help_guid?: string;
  content: string;
  system: string;
  page_tab?: string;
  help_key: string;
}
