import { RSMottaker } from '../rs-mottaker'

export interface RSMottakerResponse {
    mottaker: RSMottaker
}
