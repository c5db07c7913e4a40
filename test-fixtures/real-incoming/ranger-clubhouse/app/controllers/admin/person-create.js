import ClubhouseController from "clubhouse/controllers/clubhouse-controller";
import {action} from '@ember/object';
import {tracked} from '@glimmer/tracking';

import {
  validatePresence,
  validateFormat,
  validateLength,
} from 'ember-changeset-validations/validators';
import validateState from "clubhouse/validators/state";
import {STATUS_OPTIONS} from "clubhouse/constants/person_status";

export default class AdminPersonCreateController extends ClubhouseController {
  @tracked person;
  @tracked isSubmitting;
  @tracked askForPassword;
  @tracked passwordForm;

  personValidations = {
    callsign: [validatePresence(true), validateLength({min: 3})],
    first_name: [validatePresence(true)],
    last_name: [validatePresence(true)],
    email: [validatePresence(true), validateFormat({type: 'email'})],
    street1: [validatePresence(true)],
    city: [validatePresence(true)],
    state: [validateState()],
    zip: [validatePresence(true)],
    country: [validatePresence(true)],
    home_phone: [validatePresence(true), validateLength({min: 9})],
  };

  statusOptions = STATUS_OPTIONS;

  @action
  async createPerson(model, isValid) {
    if (!isValid) {
      return;
    }

    if (await this.saveModel.save({model, owner: this})) {
      this.askForPassword = true;
    }
  }

  @action
  closePassword() {
    this.router.transitionTo('person.index', this.person.id);
    this.askForPassword = false;
  }
}

