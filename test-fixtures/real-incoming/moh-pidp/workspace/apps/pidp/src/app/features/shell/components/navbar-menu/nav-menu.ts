import { NgClass, NgIf, NgTemplateOutlet } from '@angular/common';
import {
  Component,
  EventEmitter,
  Input,
  OnChanges,
  OnDestroy,
  OnInit,
  Output,
  SimpleChanges,
  ViewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import {
  MatDrawerMode,
  MatSidenav,
  MatSidenavModule,
} from '@angular/material/sidenav';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Router, RouterLinkActive, RouterOutlet } from '@angular/router';

import { Observable, Subject, takeUntil } from 'rxjs';

import { FaIconComponent } from '@fortawesome/angular-fontawesome';
import { faBell } from '@fortawesome/free-regular-svg-icons';

import {
  InjectViewportCssClassDirective,
  LayoutHeaderFooterComponent,
  PidpViewport,
  ViewportService,
} from '@bcgov/shared/ui';

import { PartyService } from '@app/core/party/party.service';
import { AccessRoutes } from '@app/features/access/access.routes';
import { AccountsRoutes } from '@app/features/accounts/accounts.routes';
import { IdentityProvider } from '@app/features/auth/enums/identity-provider.enum';
import { FaqRoutes } from '@app/features/faq/faq.routes';
import { HistoryRoutes } from '@app/features/history/history.routes';
import { AlertCode } from '@app/features/portal/enums/alert-code.enum';
import { ProfileRoutes } from '@app/features/profile/profile.routes';
import { PermissionsService } from '@app/modules/permissions/permissions.service';
import { Role } from '@app/shared/enums/roles.enum';

import { FeedbackButtonComponent } from '../../../../shared/components/feedback-button/feedback-button.component';
import { Credential } from './nav-menu.model';
import { NavMenuResource } from './nav-menu.resource.service';

@Component({
  selector: 'app-nav-menu',
  templateUrl: './nav-menu.html',
  styleUrls: ['./nav-menu.scss'],
  standalone: true,
  imports: [
    InjectViewportCssClassDirective,
    LayoutHeaderFooterComponent,
    MatButtonModule,
    MatIconModule,
    MatSidenavModule,
    MatTooltipModule,
    NgIf,
    NgTemplateOutlet,
    RouterLinkActive,
    RouterOutlet,
    FaIconComponent,
    NgClass,
    FeedbackButtonComponent,
  ],
})
export class NavMenuComponent implements OnChanges, OnInit, OnDestroy {
  @Input() public alerts: AlertCode[] | null = [];
  @Input() public emailSupport!: string;
  @Input() public collegeRoute!: string;
  @Output() public logout = new EventEmitter<void>();
  @ViewChild('sidenav') public sidenav!: MatSidenav;

  private viewport = PidpViewport.xsmall;
  public showMiniMenuButton = true;
  public isSidenavOpened = false;
  public sidenavMode: MatDrawerMode = 'over';

  public isLogoutButtonVisible = false;
  public isLogoutMenuItemVisible = false;
  public isTopMenuVisible = false;
  public ProfileRoutes = ProfileRoutes;
  public AccountsRoutes = AccountsRoutes;
  public AccessRoutes = AccessRoutes;
  public HistoryRoutes = HistoryRoutes;
  public FaqRoutes = FaqRoutes;
  public showCollegeAlert = false;
  public faBell = faBell;
  public AlertCode = AlertCode;
  public credentials: Credential[] | null = [];
  public credentials$: Observable<Credential[] | null>;
  private readonly unsubscribe$ = new Subject<void>();
  public IdentityProvider = IdentityProvider;

  public constructor(
    private readonly viewportService: ViewportService,
    private readonly router: Router,
    private readonly resource: NavMenuResource,
    private readonly partyService: PartyService,
    private readonly permissionsService: PermissionsService,
  ) {
    this.viewportService.viewportBroadcast$.subscribe((viewport) =>
      this.onViewportChange(viewport),
    );
    const partyId = this.partyService.partyId;
    this.credentials$ = this.resource.getCredentials(partyId);
  }

  public featureFlag(): boolean {
    return this.permissionsService.hasRole([Role.FEATURE_PIDP_DEMO]);
  }

  public ngOnInit(): void {
    this.handleLinkedAccounts();
  }

  public ngOnChanges(_: SimpleChanges): void {
    this.refresh();
  }

  public ngOnDestroy(): void {
    this.unsubscribe$.next();
    this.unsubscribe$.complete();
  }

  public onMiniMenuButtonClick(): void {
    // Toggle display of the sidenav.
    this.isSidenavOpened = !this.isSidenavOpened;
  }

  public navigateToRoot(): void {
    this.router.navigateByUrl('/');
  }

  public navigateTo(route: string): void {
    if (this.showMiniMenuButton)
      this.isSidenavOpened = this.isSidenavOpened
        ? !this.isSidenavOpened
        : this.isSidenavOpened;
    this.router.navigateByUrl(route);
  }

  public hasCredential(idp: IdentityProvider): boolean | undefined {
    return this.credentials?.some((c) => c.identityProvider === idp);
  }

  public onLogout(): void {
    this.logout.emit();
  }

  private handleLinkedAccounts(): void {
    this.credentials$
      .pipe(takeUntil(this.unsubscribe$))
      .subscribe((credentials) => {
        this.credentials = credentials;
      });
  }

  private onViewportChange(viewport: PidpViewport): void {
    this.viewport = viewport;
    this.refresh();
  }

  private refresh(): void {
    if (
      ![
        PidpViewport.xsmall,
        PidpViewport.small,
        PidpViewport.medium,
        PidpViewport.large,
      ].includes(this.viewport)
    ) {
      throw new Error(`Nav Menu not implemented: ${this.viewport}`);
    }

    const isMiniView = this.viewport === PidpViewport.xsmall;
    const isDesktopView =
      this.viewport === PidpViewport.medium ||
      this.viewport === PidpViewport.large;

    this.showMiniMenuButton = isMiniView;
    this.isSidenavOpened = isDesktopView;
    this.sidenavMode = isDesktopView ? 'side' : 'over';
    this.isLogoutButtonVisible = !isMiniView;
    this.isLogoutMenuItemVisible = !isDesktopView;
    this.isTopMenuVisible = !isMiniView;
  }
}
