import { TIndividualsProfiles } from '@/domains/profiles/fetchers';

export interface IProfilesTableProps {
  data: TIndividualsProfiles;
}
