import type { LocaleRecordBlock } from '../../../../common/sanity';

export interface IMistetInformasjonenDinModal {
    tittel: LocaleRecordBlock;
    info: LocaleRecordBlock;
    knapp: LocaleRecordBlock;
}
