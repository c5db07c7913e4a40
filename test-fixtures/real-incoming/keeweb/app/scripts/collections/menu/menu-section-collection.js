import { Collection } from 'framework/collection';
import { MenuSectionModel } from 'models/menu/menu-section-model';

class MenuSectionCollection extends Collection {
    static model = MenuSectionModel;
}

export { MenuSectionCollection };
