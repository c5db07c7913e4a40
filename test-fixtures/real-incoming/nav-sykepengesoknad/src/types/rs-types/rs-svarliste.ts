import { RSSvar } from './rs-svar'

export interface RSSvarliste {
    svar: ReadonlyArray<RSSvar>
}
