import { Component, OnDestroy } from '@angular/core';
import { AbstractAppConfig } from '@hmcts/ccd-case-ui-toolkit';
import { select, Store } from '@ngrx/store';
import { ACTION, HearingRequestPageRouteNames } from '../../models/hearings.enum';
import { HearingsService } from '../../services/hearings.service';
import * as fromHearingStore from '../../store';
import { AbstractPageFlow } from '../../utils/abstract-page-flow';
import { HearingsUtils } from '../../utils/hearings.utils';
import { HearingRequestMainModel } from '../../models/hearingRequestMain.model';
import { ServiceHearingValuesModel } from '../../models/serviceHearingValues.model';
import { Subscription } from 'rxjs';

@Component({
  standalone: false,
  selector: 'exui-request-hearing',
  templateUrl: './request-hearing.component.html',
  styleUrls: ['./request-hearing.component.scss'],
})
export class RequestHearingComponent implements OnDestroy {
  public action = ACTION;
  public hearingStateSub: Subscription;
  public serviceHearingValuesModel: ServiceHearingValuesModel;
  public hearingRequestMainModel: HearingRequestMainModel;
  public showMismatchErrorMessage: boolean;
  public validationErrors: { id: string; message: string };

  constructor(
    private readonly hearingStore: Store<fromHearingStore.State>,
    private readonly pageFlow: AbstractPageFlow,
    private readonly hearingsService: HearingsService,
    private readonly appConfig: AbstractAppConfig
  ) {
    this.hearingStateSub = this.hearingStore.pipe(select(fromHearingStore.getHearingsFeatureState)).subscribe((hearingState) => {
      this.serviceHearingValuesModel = { ...hearingState.hearingValues.serviceHearingValuesModel };
      this.hearingRequestMainModel = { ...hearingState.hearingRequest.hearingRequestMainModel };
    });
  }

  public onBack(): void {
    this.hearingsService.navigateAction(ACTION.BACK);
  }

  public resetFocus(): void {
    (document.getElementsByClassName('govuk-back-link')[0] as HTMLElement).focus();
  }

  public onContinue(): void {
    this.hearingsService.navigateAction(ACTION.CONTINUE);
    this.resetFocus();
  }

  public submitRequest(action: ACTION): void {
    if (action === ACTION.VIEW_EDIT_REASON) {
      this.hearingsService.submitUpdatedRequestClicked = true;
      this.hearingsService.navigateAction(action);
    } else if (action === ACTION.SUBMIT) {
      const mismatchLogMessages = HearingsUtils.getHearingConsistencyLogMessages(
        this.hearingRequestMainModel,
        this.serviceHearingValuesModel
      );
      mismatchLogMessages.forEach((message) => this.appConfig.logMessage(message));
      if (!HearingsUtils.checkHearingConsistency(this.hearingRequestMainModel, this.serviceHearingValuesModel)) {
        this.showMismatchErrorMessage = true;
        this.validationErrors = { id: 'reload-error-message', message: HearingsUtils.DISCREPANCY_MESSAGE };
      } else {
        this.hearingsService.hearingRequestForSubmitValid = true;
        this.hearingsService.navigateAction(action);
      }
    } else {
      // if we are submitting and awaiting backend process
      this.hearingsService.hearingRequestForSubmitValid = false;
      this.hearingsService.navigateAction(action);
    }
  }

  public buttonDisabled(action: ACTION): boolean {
    if (action === ACTION.VIEW_EDIT_SUBMIT || action === ACTION.SUBMIT) {
      return this.hearingsService.hearingRequestForSubmitValid;
    }
    return false;
  }

  public get isCreateEditSummary(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_CREATE_EDIT_SUMMARY;
  }

  public get isViewEditSummary(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_VIEW_EDIT_SUMMARY;
  }

  public get isViewSummary(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_VIEW_SUMMARY;
  }

  public get isEditSummary(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_EDIT_SUMMARY;
  }

  public get isViewEditReason(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_CHANGE_REASON;
  }

  public get isConfirmationPage(): boolean {
    return this.pageFlow.getCurrentPage() === HearingRequestPageRouteNames.HEARING_CONFIRMATION;
  }

  public get isChildPage(): boolean {
    return (
      !this.isCreateEditSummary &&
      !this.isViewEditSummary &&
      !this.isViewSummary &&
      !this.isEditSummary &&
      !this.isViewEditReason &&
      !this.isConfirmationPage
    );
  }

  public ngOnDestroy(): void {
    this.hearingStore.dispatch(new fromHearingStore.ResetHearingRequest());
    this.hearingStore.dispatch(new fromHearingStore.ResetHearingValues());
    this.hearingStore.dispatch(new fromHearingStore.ResetHearingConditions());
    this.hearingsService.propertiesUpdatedAutomatically = { pageless: {}, withinPage: {} };
    this.hearingsService.propertiesUpdatedOnPageVisit = null;
  }
}
