export class Constants {
    static DEFAULT_HELP_LINK = 'https://github.com/bcgov/common-hosted-form-service/wiki';
    static ADV = '';
}
