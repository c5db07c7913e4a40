export interface RefDataLocation {
  closed_date: string;
  cluster_id: string;
  cluster_name: string;
  court_address: string;
  court_location_code: string;
  court_name: string;
  court_open_date: string;
  court_status: string;
  court_type: string;
  court_type_id: string;
  court_venue_id: string;
  dx_address: string;
  epimms_id: string;
  is_case_management_location: string;
  is_hearing_location: string;
  open_for_public: string;
  phone_number: string;
  postcode: string;
  region: string;
  region_id: string;
  site_name: string;
  venue_name: string;
  welsh_court_address: string;
  welsh_site_name: string;
  serviceCodes?: string[];
}
