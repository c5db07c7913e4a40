export type AuthorFrontMatter = {
  layout?: string;
  name: string;
  avatar?: string | null;
  occupation?: string | null;
  company?: string | null;
  email: string;
  twitter?: string | null;
  linkedin?: string | null;
  github?: string | null;
  banner?: string | null;
  // site_name: string;
  // site_url: string;
};
