export interface IPermitParty {
  party_guid: string;
  party_type_code: string;
  phone_no: string;
  phone_ext: string;
  email: string;
  party_name: string;
  name: string;
  first_name: string;
  state_modified: string;
}
