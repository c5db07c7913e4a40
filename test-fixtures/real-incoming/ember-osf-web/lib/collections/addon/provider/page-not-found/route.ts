import PageNotFound from '../../page-not-found/route';

export default class ProviderPageNotFound extends PageNotFound {
    controllerName = 'page-not-found';
    templateName = 'page-not-found';
}
