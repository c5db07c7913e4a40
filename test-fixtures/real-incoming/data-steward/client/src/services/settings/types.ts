export type Settings = {
  id: string;
  deploymentCountry: string;
  deploymentName: string;
  adminLevel1Name: string;
  adminLevel2Name: string;
  adminLevel3Name: string;
  adminLevel4Name: string;
  metabaseUrl: string;
  fundingSources: any[];
};
