import ClubhouseController from 'clubhouse/controllers/clubhouse-controller';
import {action} from '@ember/object';
import {tracked} from '@glimmer/tracking';

export default class HqController extends ClubhouseController {
  @tracked person;
  @tracked photo;
  @tracked timesheetSummary;

  @tracked userIsMentor = false;

  @tracked showHatRackInstruction = false;
  @tracked showSignInWarning = false;
  @tracked showTicketsAndProvisions = false;
  @tracked showNotAllowedToWork = false;

  @tracked eventInfo;
  @tracked eventPeriods;

  @action
  closeHatRackInstructions() {
    this.showHatRackInstruction = false;
  }

  @action
  closeSignInWarning() {
    this.showSignInWarning = false;
  }

  @action
  closeNotAllowedToWork() {
    this.showNotAllowedToWork = false;
  }

  /**
   * Toggle the hours & credits breakdown dialog
   */

  @action
  toggleTicketsAndProvisionsProgress() {
    this.showTicketsAndProvisions = !this.showTicketsAndProvisions;
  }
}
