import Organisasjon from './Organisasjon';

export interface ArbeidsgivereResponse {
    organisasjoner: Organisasjon[];
}
