import { SearchCase } from './SearchCase';
import { SearchParty } from './SearchParty';

export interface Search {
    cases: SearchCase[];
    parties: SearchParty[];
}
