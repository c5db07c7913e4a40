import { FormPages, FormSections } from '@approved-premises/ui'

export default class BaseForm {
  static pages: FormPages

  static sections: FormSections
}
