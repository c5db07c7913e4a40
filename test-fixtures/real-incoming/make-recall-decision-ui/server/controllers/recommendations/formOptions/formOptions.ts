import custodyStatus from '../custodyStatus/formOptions'
import recallType from '../recallType/formOptions'
import { yesNoOptions, YesNoValues } from './yesNo'
import strings from '../../../textStrings/en'
import { UiListItem } from '../../../@types/pagesForms'
import { renderTemplateString } from '../../../utils/nunjucks'
import alternativesToRecallTried from '../alternativesToRecallTried/formOptions'
import indeterminateOrExtendedSentenceDetails from '../indeterminateOrExtendedSentenceDetails/formOptions'
import indeterminateSentenceType from '../indeterminateSentenceType/formOptions'
import howWillAppointmentHappen from '../nextAppointment/formOptions'
import rationaleCheck from '../rationaleCheck/formOptions'
import { recallTypeExtended } from '../recallTypeExtended/formOptions'
import { recallTypeIndeterminate, recallTypeIndeterminateApi } from '../recallTypeIndeterminate/formOptions'
import roshLevels from '../rosh/formOptions'
import hasVictimsInContactScheme from '../victimContactScheme/formOptions'
import { vulnerabilities } from '../vulnerabilities/formOptions'
import whyConsideredRecall from '../whyConsideredRecall/formOptions'
import standardLicenceConditions from './licenceConditions'
import spoRecallTypeEnum from './spoRecallTypeEnum'
import { sentenceGroup } from '../sentenceInformation/formOptions'

export type FormOption = {
  value: string
  text: string
  detailsLabel?: string
  hint?: string
}

type FormOptionsType = {
  [key: string]: FormOption[]
}

export const formOptions: FormOptionsType = {
  sentenceGroup,
  recallType,
  rationaleCheck,
  spoRecallTypeEnum,
  recallTypeIndeterminate,
  recallTypeExtended,
  recallTypeIndeterminateApi,
  standardLicenceConditions,
  custodyStatus,
  alternativesToRecallTried,
  vulnerabilities,
  indeterminateSentenceType,
  indeterminateOrExtendedSentenceDetails,
  whyConsideredRecall,
  howWillAppointmentHappen,
  yesNo: yesNoOptions(),
  hasVictimsInContactScheme,
  roshLevels,
  yesNoOffenceChanges: yesNoOptions({
    [YesNoValues.YES]: strings.labels.yesOffenceChanges,
    [YesNoValues.NO]: strings.labels.no,
  }),
}

export const isValueValid = (val: string, optionId: string) =>
  Boolean(formOptions[optionId].find((option: UiListItem) => option.value === val))

export const optionTextFromValue = (val: string, optionId: string) =>
  formOptions[optionId].find((option: UiListItem) => option.value === val)?.text

export const renderFormOptions = (renderParams: Record<string, string>): Record<string, UiListItem[]> => {
  const copy: Record<string, UiListItem[]> = {}
  Object.keys(formOptions).forEach(key => {
    const options = formOptions[key]
    copy[key] = options.map((option: UiListItem) => ({
      ...option,
      text: renderTemplateString(option.text, renderParams),
    }))
  })
  return copy
}
