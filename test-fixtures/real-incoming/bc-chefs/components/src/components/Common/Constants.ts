export abstract class Constants {
  static readonly DEFAULT_HELP_LINK: string =
    'https://developer.gov.bc.ca/docs/default/component/chefs-techdocs';
  static readonly ADV: string = '';
}
