export interface Release {
  tag_name: string;
  name: string;
  body: string;
  published_at: string;
  html_url: string;
}
