import Component from '@glimmer/component';
import {validatePresence} from 'ember-changeset-validations/validators';
import EmberObject, {action} from '@ember/object';
import {htmlSafe} from '@ember/template';
import _ from 'lodash';
import {service} from '@ember/service';
import {tracked} from '@glimmer/tracking';
import {TYPE_ALPHA, TYPE_MENTEES_FOR_MENTOR, TYPE_MENTOR_FOR_MENTEES, TYPE_TRAINER} from "clubhouse/models/survey";
import currentYear from "clubhouse/utils/current-year";

export default class SurveyQuestionnaireComponent extends Component {
  @service errors;
  @service scroll;
  @service ajax;
  @service session;
  @service toast;
  @tracked isSubmitting;

  ratingOptions = [
    {id: 1, title: '1 - Terrible!'},
    2,
    3,
    {id: 4, title: '4 - Ok / Neutral'},
    5,
    6,
    {id: 7, title: '7 - Fantastic!'}
  ];


  surveyForm = EmberObject.create({});
  validations = {};

  shareNameOptionsForTrainer = {};

  constructor() {
    super(...arguments);

    const survey = this.args.survey;
    const trainers = this.args.trainers;
    const groups = [];
    this.isTrainerSurvey = (survey.type === TYPE_TRAINER);

    switch (survey.type) {
      case TYPE_ALPHA:
        this.trainerName = 'Mentor';
        break;
      case TYPE_MENTOR_FOR_MENTEES:
        this.trainerName = 'Mentee';
        break;
      case TYPE_MENTEES_FOR_MENTOR:
        this.trainerName = 'Mentor';
        break;
      default:
        this.trainerName = 'Trainer';
        break;
    }

    if (this.isTrainerSurvey) {
      // A trainer survey will loop through each trainer
      trainers.forEach((trainer) => {
        this.surveyForm['share_name_' + trainer.id] = 1;
        this.shareNameOptionsForTrainer[trainer.id] = [
          {id: 1, title: `Share my name with ${trainer.callsign}`},
          {id: 0, title: `Do not share my name with ${trainer.callsign}`}
        ];

        survey.survey_groups.forEach((group, idx) => {
          const trainerGroup = _.cloneDeep(group);
          trainerGroup.showTrainerPhoto = !idx;
          this._setupGroup(trainerGroup, trainer);
          groups.push(trainerGroup);
        });
      });
    } else {
      survey.survey_groups.forEach((group) => {
        if (group.type === 'trainer') {
          trainers.forEach((trainer) => {
            const trainerGroup = _.cloneDeep(group);
            trainerGroup.showTrainerPhoto = true;
            this._setupGroup(trainerGroup, trainer);
            groups.push(trainerGroup);
          });
        } else {
          const g = _.cloneDeep(group);
          this._setupGroup(g);
          groups.push(g);
        }
      });
    }

    this.surveyGroups = groups;
    if (survey.prologue) {
      this.htmlPrologue = htmlSafe(survey.prologue);
    }

    if (survey.epilogue) {
      this.htmlEpilogue = htmlSafe(survey.epilogue);
    }

  }

  _setupGroup(group, trainer = null) {
    if (trainer) {
      group.trainer = trainer;
    }

    group.survey_questions.forEach((q) => {
      let formName = `question_${q.id}`;
      if (trainer) {
        formName += `_${trainer.id}`;
      }

      q.formName = formName;
      this.surveyForm[formName] = '';
      if (q.is_required) {
        this.validations[q.formName] = validatePresence({presence: true, message: 'Please answer the question.'});
      }

      if (q.type === 'options') {
        q.formOptions = q.options.trim().split("\n");
        this.surveyForm[formName] = '';
      }
    });
  }

  @action
  async submitAction(model, isValid) {
    if (!isValid) {
      this.scroll.scrollToElement('.is-invalid');
      return;
    }

    this.isSubmitting = true;

    const survey = this.args.survey;

    const groups = this.surveyGroups.map((group) => {
      const answerGroup = {
        survey_group_id: group.id,
      };

      if (group.trainer || this.isTrainerSurvey) {
        answerGroup.trainer_id = group.trainer.id;

        if (this.isTrainerSurvey) {
          answerGroup.can_share_name = model['share_name_' + group.trainer.id] == 1;
        }
      }

      answerGroup.answers = group.survey_questions.map((q) => {
        return {
          survey_question_id: q.id,
          response: model[q.formName],
        };
      });

      return answerGroup;
    });

    try {
      const {slot} = this.args;
      const data = {
        survey: groups,
        type: survey.type,
      };
      if (slot) {
        data.slot_id = slot.id;
      }
      if (survey.type === TYPE_ALPHA) {
        data.year = currentYear();
      }
      await this.ajax.post(`survey/submit`, {data});
      this.toast.success('Your responses have been successfully saved. Thank you!');
      this.args.onDone();
    } catch (response) {
      this.errors.handleErrorResponse(response);
    } finally {
      this.isSubmitting = false;
    }
  }
}

