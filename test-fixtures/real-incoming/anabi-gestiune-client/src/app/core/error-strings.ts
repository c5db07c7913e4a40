export class ErrorStrings {
  static ERROR_FETCH_CATEGORIES = 'Could not fetch categories';
  static ERROR_FETCH_SUBCATEGORIES = 'Could not fetch subcategories';
  static ERROR_FETCH_STAGES = 'Could not fetch stages';
  static ERROR_FETCH_MEASUREMENTS = 'Could not fetch measurements';
  static ERROR_FETCH_CURRENCIES = 'Could not fetch currencies';
  static ERROR_FETCH_ASSETS = 'Could not fetch assets';
  static ERROR_SEARCH_DECISIONS = 'Could not search decisions';
  static ERROR_ADD_MINIMAL_ASSET = 'Could not add asset';
  static ERROR_DELETE_DEFENDANT = 'Could not delete defendant';
}
