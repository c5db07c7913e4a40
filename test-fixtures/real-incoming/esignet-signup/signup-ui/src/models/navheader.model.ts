import { LabelValue } from "../constants/types";

interface INavHeader {
    langOptions: LabelValue[];
    i18nKeyPrefix?: string;
}

export default INavHeader;