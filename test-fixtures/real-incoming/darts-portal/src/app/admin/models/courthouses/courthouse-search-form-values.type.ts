export type CourthouseSearchFormValues = {
  courthouseName?: string | null;
  displayName?: string | null;
  region?: string | null;
};
