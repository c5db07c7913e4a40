import { Component, inject, Input, OnInit, OnDestroy, input } from '@angular/core';
import {
  IonButton,
  IonButtons,
  IonContent,
  IonFooter,
  IonHeader,
  IonTitle,
  IonToolbar,
  ModalController,
  Platform,
  PopoverController,
} from '@ionic/angular/standalone';
import { finalize, from, tap } from 'rxjs';
import { NotificationEventItem } from 'src/app/core/models/notification-event-item.model';
import { NotificationEventsEnum } from 'src/app/core/models/notification-events.enum';
import { EmployeeSettings } from 'src/app/core/models/employee-settings.model';
import { PlatformEmployeeSettingsService } from 'src/app/core/services/platform/v1/spender/employee-settings.service';
import { TrackingService } from 'src/app/core/services/tracking.service';
import { MatIcon } from '@angular/material/icon';
import { MatCheckbox } from '@angular/material/checkbox';
import { FormsModule } from '@angular/forms';
import { FyAlertInfoComponent } from 'src/app/shared/components/fy-alert-info/fy-alert-info.component';
import { AndroidSettings, IOSSettings, NativeSettings } from 'capacitor-native-settings';
import { App } from '@capacitor/app';
import { Capacitor } from '@capacitor/core';
import { TranslocoPipe, TranslocoService } from '@jsverse/transloco';
import { PopupAlertComponent } from 'src/app/shared/components/popup-alert/popup-alert.component';
import { FormButtonValidationDirective } from 'src/app/shared/directive/form-button-validation.directive';
import { MatSnackBar } from '@angular/material/snack-bar';
import { ToastMessageComponent } from 'src/app/shared/components/toast-message/toast-message.component';
import { SnackbarPropertiesService } from 'src/app/core/services/snackbar-properties.service';
import { PushNotificationService } from 'src/app/core/services/push-notification.service';
@Component({
  selector: 'app-email-notifications',
  templateUrl: './email-notifications.component.html',
  styleUrls: ['./email-notifications.component.scss'],
  imports: [
    FormsModule,
    IonButton,
    IonButtons,
    IonToolbar,
    IonContent,
    IonHeader,
    IonTitle,
    IonToolbar,
    MatCheckbox,
    MatIcon,
    FyAlertInfoComponent,
    IonFooter,
    TranslocoPipe,
    FormButtonValidationDirective,
  ],
})
export class EmailNotificationsComponent implements OnInit, OnDestroy {
  // TODO: Skipped for migration because:
  //  Your application code writes to the input. This prevents migration.
  @Input() title: string;

  // TODO: Skipped for migration because:
  //  Your application code writes to the input. This prevents migration.
  @Input() notifications: NotificationEventItem[];

  // TODO: Skipped for migration because:
  //  Your application code writes to the input. This prevents migration.
  @Input() employeeSettings: EmployeeSettings;

  // TODO: Skipped for migration because:
  //  Your application code writes to the input. This prevents migration.
  @Input() unsubscribedEventsByUser: string[];

  readonly unsubscribedPushEventsByUser = input<string[]>([]);

  isIos = false;

  saveChangesLoader = false;

  selectAllEmail = false;

  selectAllMobile = false;

  selectAllPush = false;

  saveText: '' | 'Saved' | 'Saving...' = '';

  readonly showMobilePushColumn = input(false);

  isMobilePushColumnVisible = false;

  hasChanges = false;

  isPushPermissionDenied = false;

  // We only rely on a remove() method; type it loosely to avoid tight coupling
  // to the Capacitor PluginListenerHandle definition across environments.
  appStateChangeListener: { remove: () => void } | null = null;

  private platform = inject(Platform);

  nativeSettings = NativeSettings;

  private modalController = inject(ModalController);

  private platformEmployeeSettingsService = inject(PlatformEmployeeSettingsService);

  private trackingService = inject(TrackingService);

  private popoverController = inject(PopoverController);

  private translocoService = inject(TranslocoService);

  private matSnackBar = inject(MatSnackBar);

  private snackbarProperties = inject(SnackbarPropertiesService);

  private pushNotificationService = inject(PushNotificationService);

  updateSaveText(text: 'Saved' | 'Saving...'): void {
    this.saveText = text;
  }

  async closeModal(): Promise<void> {
    if (this.hasChanges) {
      const title = this.translocoService.translate('emailNotifications.unsavedChangesTitle');
      const message = this.translocoService.translate('emailNotifications.unsavedChangesMessage');
      const primaryCtaText = this.translocoService.translate('emailNotifications.unsavedChangesPrimaryCta');
      const secondaryCtaText = this.translocoService.translate('emailNotifications.unsavedChangesSecondaryCta');

      const unsavedChangesPopOver = await this.popoverController.create({
        component: PopupAlertComponent,
        componentProps: {
          title,
          message,
          primaryCta: {
            text: primaryCtaText,
            action: 'discard',
            type: 'alert',
          },
          secondaryCta: {
            text: secondaryCtaText,
            action: 'cancel',
          },
        },
        cssClass: 'pop-up-in-center',
      });

      await unsavedChangesPopOver.present();

      const { data } = (await unsavedChangesPopOver.onWillDismiss()) as { data: { action: string } };

      if (data && data.action === 'discard') {
        this.hasChanges = false;
        this.modalController.dismiss({ employeeSettingsUpdated: false });
      }
    } else {
      this.modalController.dismiss({ employeeSettingsUpdated: false });
    }
  }

  updateSelectAll(): void {
    const emailNotifications = this.notifications.filter((n) => !n.pushOnly);
    this.selectAllEmail = emailNotifications.length > 0 && emailNotifications.every((n) => n.email);
    const mobileNotifications = this.notifications.filter((n) => !n.emailOnly);
    this.selectAllMobile = mobileNotifications.length > 0 && mobileNotifications.every((n) => n.mobile ?? true);
  }

  toggleAllNotifications(selectAll: boolean, type: 'email' | 'mobile'): void {
    const isSelected = selectAll;
    this.notifications = this.notifications.map((notification) => {
      if (type === 'email' && notification.pushOnly) {
        return notification;
      }
      if (type === 'mobile' && notification.emailOnly) {
        return notification;
      }
      return { ...notification, [type]: isSelected };
    });
    this.updateSelectAll();

    this.updateNotificationSettings();
  }

  toggleNotification(updatedNotification: NotificationEventItem, type: 'email' | 'mobile' = 'email'): void {
    updatedNotification[type] = !updatedNotification[type];
    this.updateSelectAll();
    this.updateNotificationSettings();
  }

  updateNotificationSettings(): void {
    const currentEventTypes = new Set(this.notifications.map((notification) => notification.eventEnum));

    // EMAIL: Keep events unsubscribed from other notification types
    const otherEmailUnsubscribedEvents = this.unsubscribedEventsByUser.filter(
      (event) => !currentEventTypes.has(event as NotificationEventsEnum),
    );

    // EMAIL: Add events that are currently unsubscribed in this modal (exclude pushOnly notifications)
    const currentlyEmailUnsubscribedEvents = this.notifications
      .filter((notification) => !notification.pushOnly && !notification.email)
      .map((notification) => notification.eventEnum);

    const updatedEmailUnsubscribedEventsByUser = [...otherEmailUnsubscribedEvents, ...currentlyEmailUnsubscribedEvents];

    this.employeeSettings.notification_settings.email_unsubscribed_events = updatedEmailUnsubscribedEventsByUser;

    // PUSH: Keep events unsubscribed from other notification types
    const otherPushUnsubscribedEvents = (this.unsubscribedPushEventsByUser() ?? []).filter(
      (event) => !currentEventTypes.has(event as NotificationEventsEnum),
    );

    // PUSH: Add events that are currently unsubscribed in this modal (exclude emailOnly notifications)
    const currentlyPushUnsubscribedEvents = this.notifications
      .filter((notification) => !notification.emailOnly && notification.mobile === false)
      .map((notification) => notification.eventEnum);

    const updatedPushUnsubscribedEventsByUser = [...otherPushUnsubscribedEvents, ...currentlyPushUnsubscribedEvents];

    this.employeeSettings.notification_settings.push_unsubscribed_events = updatedPushUnsubscribedEventsByUser;

    // Mark that there are unsaved changes which can be persisted via CTA
    this.hasChanges = true;
  }

  updateEmployeeSettings(): void {
    this.saveChangesLoader = true;
    this.platformEmployeeSettingsService
      .post(this.employeeSettings)
      .pipe(
        tap(() => this.platformEmployeeSettingsService.clearEmployeeSettings()),
        finalize(() => {
          this.saveChangesLoader = false;
        }),
      )
      .subscribe({
        next: () => {
          this.showSuccessToast();
          this.modalController.dismiss({ employeeSettingsUpdated: true });
        },
      });
  }

  private showSuccessToast(): void {
    const message = this.translocoService.translate('emailNotifications.notificationsUpdatedSuccessMessage');
    this.matSnackBar.openFromComponent(ToastMessageComponent, {
      ...this.snackbarProperties.setSnackbarProperties('success', { message }),
      panelClass: 'msb-success',
    });
    this.trackingService.showToastMessage({ ToastContent: message });
  }

  saveChanges(): void {
    // Ensure notification settings are in sync with current UI state
    this.updateNotificationSettings();

    const emailUnsubscribedEvents = this.employeeSettings.notification_settings.email_unsubscribed_events ?? [];
    const pushUnsubscribedEvents = this.employeeSettings.notification_settings.push_unsubscribed_events ?? [];

    this.updateEmployeeSettings();

    this.trackingService.eventTrack('Email notifications updated from mobile app', {
      unsubscribedEvents: emailUnsubscribedEvents,
      pushUnsubscribedEvents,
    });

    this.hasChanges = false;
  }

  openDeviceSettings(): void {
    this.nativeSettings.open({
      optionAndroid: AndroidSettings.ApplicationDetails,
      optionIOS: IOSSettings.App,
    });
  }

  ngOnInit(): void {
    this.isIos = this.platform.is('ios');
    this.updateSelectAll();

    const isPushColumnSupportedForTitle =
      this.title === 'Expense notifications' || this.title === 'Expense report notifications';

    this.isMobilePushColumnVisible = this.showMobilePushColumn() && isPushColumnSupportedForTitle;

    if (this.isMobilePushColumnVisible) {
      from(this.pushNotificationService.checkPermissions()).subscribe((permissionStatus) => {
        this.isPushPermissionDenied = permissionStatus.receive !== 'granted';
        this.startAppStateListener();
      });
    }
  }

  ngOnDestroy(): void {
    this.appStateChangeListener?.remove();
  }

  private startAppStateListener(): void {
    if (this.appStateChangeListener) {
      return;
    }

    // Only register native app state listeners on native platforms.
    if (!Capacitor.isNativePlatform()) {
      return;
    }

    App.addListener('appStateChange', ({ isActive }) => {
      if (!isActive || !this.isMobilePushColumnVisible) {
        return;
      }

      this.pushNotificationService.checkPermissions().then((latestPermission) => {
        const hasPermission = latestPermission.receive === 'granted';

        if (hasPermission && this.isPushPermissionDenied) {
          this.isPushPermissionDenied = false;
          this.pushNotificationService.addRegistrationListener();
          return this.pushNotificationService.register();
        } else if (!hasPermission) {
          this.isPushPermissionDenied = true;
        }
      });
    }).then((listener) => {
      this.appStateChangeListener = listener;
    });
  }
}
