// encapsulates all properties of a user, by returning a PropertyManager
const Manager = require('../properties/manager');

// individual properties
const employerTypeProperty = require('./properties/employerTypeProperty').EmployerTypeProperty;
const staffProperty = require('./properties/staffProperty').StaffProperty;
const otherServicesProperty = require('./properties/servicesProperty').ServicesProperty;
const capacityServicesProperty = require('./properties/capacityProperties').CapacityProperty;
const shareWithProperty = require('./properties/shareWithProperty').ShareWithProperty;
const vacanciesProperty = require('./properties/vacanciesProperty').VacanciesProperty;
const startersProperty = require('./properties/startersProperty').StartersProperty;
const leaversProperty = require('./properties/leaversProperty').LeaversProperty;
const serviceUsersProperty = require('./properties/serviceUsersProperty').ServiceUsersProperty;
const nameProperty = require('./properties/nameProperty').NameProperty;
const mainServiceProperty = require('./properties/mainServiceProperty').MainServiceProperty;
const localIdentifierProperty = require('./properties/localIdentifierProperty').LocalIdentifierProperty;
const locationIdProperty = require('./properties/locationIdProperty').LocationIdProperty;
const address1Property = require('./properties/address1Property').Address1Property;
const address2Property = require('./properties/address2Property').Address2Property;
const address3Property = require('./properties/address3Property').Address3Property;
const townProperty = require('./properties/townProperty').TownProperty;
const countyProperty = require('./properties/countyProperty').CountyProperty;
const postcodeProperty = require('./properties/postcodeProperty').PostcodeProperty;
const isRegulatedProperty = require('./properties/isRegulatedProperty').IsRegulatedProperty;
const careWorkforcePathwayWorkplaceAwarenessProperty =
  require('./properties/careWorkforcePathwayWorkplaceAwarenessProperty').CareWorkforcePathwayWorkplaceAwarenessProperty;
const careWorkforcePathwayUseProperty =
  require('./properties/careWorkforcePathwayUseProperty').CareWorkforcePathwayUseProperty;
const staffDoDelegatedHealthcareActivitiesProperty =
  require('./properties/staffDoDelegatedHealthcareActivitiesProperty').StaffDoDelegatedHealthcareActivitiesProperty;
const staffWhatKindDelegatedHealthcareActivitiesProperty =
  require('./properties/staffWhatKindDelegatedHealthcareActivitiesProperty').StaffWhatKindDelegatedHealthcareActivitiesProperty;

const pensionContributionProperty = require('./properties/pensionContributionProperty').PensionContributionProperty;
const pensionContributionPercentageProperty =
  require('./properties/pensionContributionPercentageProperty').PensionContributionPercentageProperty;
const travelTimePayProperty = require('./properties/travelTimePayProperty').TravelTimePayProperty;
const travelTimePayRateProperty = require('./properties/travelTimePayRateProperty').TravelTimePayRateProperty;
const offerSleepInProperty = require('./properties/offerSleepInProperty').OfferSleepInProperty;
const staffOptOutOfWorkplacePensionProperty =
  require('./properties/staffOptOutOfWorkplacePensionProperty').StaffOptOutOfWorkplacePensionProperty;
const howToPayForsleepInProperty = require('./properties/howToPayForSleepInProperty').HowToPayForSleepInProperty;

class EstablishmentPropertyManager {
  constructor() {
    this._thisManager = new Manager.PropertyManager();

    this._thisManager.registerProperty(nameProperty);
    this._thisManager.registerProperty(mainServiceProperty);
    this._thisManager.registerProperty(employerTypeProperty);
    this._thisManager.registerProperty(staffProperty);
    this._thisManager.registerProperty(otherServicesProperty);
    this._thisManager.registerProperty(serviceUsersProperty);
    this._thisManager.registerProperty(capacityServicesProperty);
    this._thisManager.registerProperty(shareWithProperty);
    this._thisManager.registerProperty(vacanciesProperty);
    this._thisManager.registerProperty(startersProperty);
    this._thisManager.registerProperty(leaversProperty);
    this._thisManager.registerProperty(localIdentifierProperty);
    this._thisManager.registerProperty(locationIdProperty);
    this._thisManager.registerProperty(address1Property);
    this._thisManager.registerProperty(address2Property);
    this._thisManager.registerProperty(address3Property);
    this._thisManager.registerProperty(townProperty);
    this._thisManager.registerProperty(countyProperty);
    this._thisManager.registerProperty(postcodeProperty);
    this._thisManager.registerProperty(isRegulatedProperty);
    this._thisManager.registerProperty(careWorkforcePathwayWorkplaceAwarenessProperty);
    this._thisManager.registerProperty(careWorkforcePathwayUseProperty);
    this._thisManager.registerProperty(staffDoDelegatedHealthcareActivitiesProperty);
    this._thisManager.registerProperty(staffWhatKindDelegatedHealthcareActivitiesProperty);

    this._thisManager.registerProperty(pensionContributionProperty);
    this._thisManager.registerProperty(pensionContributionPercentageProperty);
    this._thisManager.registerProperty(travelTimePayProperty);
    this._thisManager.registerProperty(travelTimePayRateProperty);
    this._thisManager.registerProperty(offerSleepInProperty);
    this._thisManager.registerProperty(staffOptOutOfWorkplacePensionProperty);
    this._thisManager.registerProperty(howToPayForsleepInProperty);
  }

  get manager() {
    return this._thisManager;
  }
}

exports.EstablishmentPropertyManager = EstablishmentPropertyManager;
exports.SEQUELIZE_DOCUMENT = Manager.PropertyManager.SEQUELIZE_DOCUMENT;
exports.JSON_DOCUMENT = Manager.PropertyManager.JSON_DOCUMENT;
