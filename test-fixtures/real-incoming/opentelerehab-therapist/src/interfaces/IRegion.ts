export interface IRegionResource {
  id: number;
  country_id: number;
  country: any;
  name: string;
  therapist_limit: number;
  phc_worker_limit: number;
}
