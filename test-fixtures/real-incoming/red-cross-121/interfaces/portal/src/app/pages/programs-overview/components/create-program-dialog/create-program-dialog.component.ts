import { NgOptimizedImage } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormGroup } from '@angular/forms';
import { Router } from '@angular/router';

import { injectMutation } from '@tanstack/angular-query-experimental';
import { CardModule } from 'primeng/card';

import { Fsps } from '@121-service/src/fsp-integrations/shared/enum/fsp-name.enum';
import { UILanguage } from '@121-service/src/shared/enum/ui-language.enum';

import { AppRoutes } from '~/app.routes';
import { ColoredChipComponent } from '~/components/colored-chip/colored-chip.component';
import { FullscreenStepperDialogComponent } from '~/components/fullscreen-stepper-dialog/fullscreen-stepper-dialog.component';
import { ManualLinkComponent } from '~/components/manual-link/manual-link.component';
import {
  ProgramBudgetFormGroup,
  ProgramFormBudgetComponent,
} from '~/components/program-form-budget/program-form-budget.component';
import {
  ProgramFormInformationComponent,
  ProgramInformationFormGroup,
} from '~/components/program-form-information/program-form-information.component';
import {
  ProgramFormNameComponent,
  ProgramNameFormGroup,
} from '~/components/program-form-name/program-form-name.component';
import { FspConfigurationApiService } from '~/domains/fsp-configuration/fsp-configuration.api.service';
import { ProgramApiService } from '~/domains/program/program.api.service';
import { Program } from '~/domains/program/program.model';
import {
  CreateNewProgramTracker,
  createNewProgramTracker,
} from '~/pages/programs-overview/components/create-program-dialog/create-new-program-tracker';
import { AuthService } from '~/services/auth.service';
import { ToastService } from '~/services/toast.service';
import { TrackingEvent, TrackingService } from '~/services/tracking.service';
import { TranslatableStringService } from '~/services/translatable-string.service';

@Component({
  selector: 'app-create-program-dialog',
  imports: [
    FullscreenStepperDialogComponent,
    CardModule,
    NgOptimizedImage,
    ProgramFormNameComponent,
    ProgramFormInformationComponent,
    ProgramFormBudgetComponent,
    ManualLinkComponent,
    ColoredChipComponent,
  ],
  providers: [ToastService],
  templateUrl: './create-program-dialog.component.html',
  styles: ``,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CreateProgramDialogComponent {
  private createProgramTracker: CreateNewProgramTracker | undefined;

  readonly router = inject(Router);
  readonly authService = inject(AuthService);
  readonly programApiService = inject(ProgramApiService);
  readonly toastService = inject(ToastService);
  readonly fspConfigurationApiService = inject(FspConfigurationApiService);
  readonly translatableStringService = inject(TranslatableStringService);
  readonly trackingService = inject(TrackingService);

  readonly createProgramDialog =
    viewChild.required<FullscreenStepperDialogComponent>('createProgramDialog');

  readonly formName = viewChild<ProgramFormNameComponent>('formName');
  readonly formInformation =
    viewChild<ProgramFormInformationComponent>('formInformation');
  readonly formBudget = viewChild<ProgramFormBudgetComponent>('formBudget');

  // 0 = dialog closed
  // 1 = step 1: name
  // 2 = step 2: information
  // 3 = step 3: budget
  readonly currentStep = signal<0 | 1 | 2 | 3>(0);

  readonly programToDuplicate = signal<Program | undefined>(undefined);
  readonly duplicationMode = computed(
    () => this.programToDuplicate() !== undefined,
  );
  readonly programToDuplicateName = computed(() =>
    this.translatableStringService.translate(
      this.programToDuplicate()?.titlePortal,
    ),
  );

  readonly duplicatedProgramRelations = [
    $localize`:@@duplicate-program-carried-over-fsp-configurations:FSP configurations`,
    $localize`:@@duplicate-program-carried-over-approval-thresholds:Approval thresholds`,
    $localize`:@@duplicate-program-carried-over-program-team:Program team`,
  ];

  readonly formGroup = computed(() => {
    const nameGroup = this.formName()?.formGroup;
    const informationGroup = this.formInformation()?.formGroup;
    const budgetGroup = this.formBudget()?.formGroup;

    if (!nameGroup || !informationGroup || !budgetGroup) {
      return undefined;
    }

    return new FormGroup({
      nameGroup,
      informationGroup,
      budgetGroup,
    });
  });

  readonly proceedLabel = computed(() => {
    if (this.currentStep() !== 3) {
      return $localize`Continue`;
    }

    return this.duplicationMode()
      ? $localize`:@@duplicate-program:Duplicate program`
      : $localize`:@@create-program:Create program`;
  });

  createProgramMutation = injectMutation(() => ({
    mutationFn: async ({
      nameGroup: { name, description },
      informationGroup: {
        startDate,
        endDate,
        enableScope,
        location,
        targetNrRegistrations,
        validation,
      },
      budgetGroup: {
        budget,
        currency,
        distributionDuration,
        fixedTransferValue,
      },
    }: ReturnType<
      FormGroup<{
        nameGroup: ProgramNameFormGroup;
        informationGroup: ProgramInformationFormGroup;
        budgetGroup: ProgramBudgetFormGroup;
      }>['getRawValue']
    >) =>
      this.programApiService.createProgram(
        {
          titlePortal: {
            [UILanguage.en]: name,
          },
          description: {
            [UILanguage.en]: description,
          },
          budget,
          currency,
          distributionDuration,
          fixedTransferValue,
          startDate: startDate ? startDate.toISOString() : undefined,
          endDate: endDate ? endDate.toISOString() : undefined,
          enableScope,
          location,
          targetNrRegistrations,
          validation,
        },
        this.programToDuplicate()?.id,
      ),
    onSuccess: async (result, variables) => {
      // If the program was created successfully and the user has selected fsps, we create the FSP configurations for the program
      if (result?.id && variables.budgetGroup.fsps.length > 0) {
        try {
          await this.createProgramFspsMutation.mutateAsync({
            programId: result.id,
            fsps: variables.budgetGroup.fsps,
          });
        } catch {
          this.toastService.showToast({
            severity: 'warn',
            detail: $localize`FSP setup failed and must be completed in Program Settings.`,
          });
        }
      }

      // The keys of the user permissions determine which programs a user can see
      await this.authService.refreshUserPermissions();

      await this.router.navigate([
        '/',
        AppRoutes.program,
        result?.id,
        AppRoutes.programSettings,
      ]);

      this.toastService.showToast({
        detail: this.duplicationMode()
          ? $localize`Program successfully duplicated.`
          : $localize`Program successfully created.`,
      });

      this.emitTrackingEvents({
        events:
          this.createProgramTracker?.complete({
            mode: this.duplicationMode() ? 'duplicate' : 'create',
          }) ?? [],
      });
      this.createProgramTracker = undefined;
    },
    onError: (error) => {
      this.toastService.showToast({
        severity: 'error',
        detail: error.message,
      });
    },
  }));

  createProgramFspsMutation = injectMutation(() => ({
    mutationFn: async ({
      programId,
      fsps,
    }: {
      programId: number;
      fsps: Fsps[];
    }) => {
      await this.fspConfigurationApiService.updateFspConfigurations({
        programId: signal(programId),
        fsps,
      });
    },
  }));

  goBack() {
    const currentStep = this.currentStep();

    if (currentStep === 0) {
      return;
    }

    this.createProgramTracker?.goBack();
    this.createProgramTracker?.leaveStep();

    this.currentStep.set((currentStep - 1) as 0 | 1 | 2);

    if (currentStep === 1) {
      this.emitTrackingEvents({
        events: this.createProgramTracker?.stop() ?? [],
      });
      this.createProgramTracker = undefined;
      return;
    }

    this.createProgramTracker?.enterStep({
      step: (currentStep - 1) as 1 | 2 | 3,
    });
  }

  private getFormGroupIfStepIsValid(step: 1 | 2 | 3) {
    const formGroup = this.formGroup();
    if (!formGroup) {
      // Should never happen, but makes TS happy
      return;
    }

    let formGroupToValidate: FormGroup;

    switch (step) {
      case 1:
        formGroupToValidate = formGroup.controls.nameGroup;
        break;
      case 2:
        formGroupToValidate = formGroup.controls.informationGroup;
        break;
      case 3:
        formGroupToValidate = formGroup.controls.budgetGroup;
        break;
    }

    formGroupToValidate.markAllAsTouched();
    if (!formGroupToValidate.valid) {
      this.toastService.showToast({
        severity: 'error',
        detail: $localize`Please correct the errors in the form.`,
      });
      return;
    }

    return formGroup;
  }

  goToNextStep() {
    const currentStep = this.currentStep();

    if (currentStep === 0) {
      // simply open the dialog
      this.currentStep.set(1);
      this.createProgramTracker?.enterStep({ step: 1 });
      return;
    }

    const formGroup = this.getFormGroupIfStepIsValid(currentStep);
    if (!formGroup) {
      // means that the form is not valid, so do not proceed
      return;
    }

    if (currentStep === 3) {
      // we're on the last step, so submit
      this.createProgramTracker?.leaveStep();
      this.createProgramMutation.mutate(formGroup.getRawValue());
      return;
    }

    this.createProgramTracker?.leaveStep();

    this.currentStep.set((currentStep + 1) as 2 | 3);
    this.createProgramTracker?.enterStep({
      step: (currentStep + 1) as 1 | 2 | 3,
    });
  }

  show(program?: Program) {
    this.createProgramTracker = createNewProgramTracker({});
    this.currentStep.set(0);
    this.formGroup()?.reset();
    this.programToDuplicate.set(program);
    this.goToNextStep();
  }

  onDialogVisibleChange(isVisible: boolean) {
    if (isVisible) {
      return;
    }

    this.emitTrackingEvents({
      events: this.createProgramTracker?.stop() ?? [],
    });
    this.createProgramTracker = undefined;
    this.currentStep.set(0);
  }

  private emitTrackingEvents({ events }: { events: TrackingEvent[] }): void {
    for (const event of events) {
      this.trackingService.trackEvent(event);
    }
  }

  handleTrackEvent(event: TrackingEvent): void {
    this.createProgramTracker?.addTrackEvent({ event });
  }
}
