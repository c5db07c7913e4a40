export default interface EnhancedCRMContainerConfig {
  enabled: boolean;
  enable_url_tab: boolean;
  url_tab_title: string;
  url: string;
  should_display_url_when_no_tasks: boolean;
  display_url_when_no_tasks: string;
}
