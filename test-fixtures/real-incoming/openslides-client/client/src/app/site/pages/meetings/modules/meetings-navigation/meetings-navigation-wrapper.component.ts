import { CommonModule } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, viewChild } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { NavigationEnd, RouterModule } from '@angular/router';
import { NotifyService } from '@app/gateways/notify.service';
import { getCustomStyleForEntry } from '@app/site/base/base-menu-entry';
import { GlobalHeadbarModule } from '@app/site/modules/global-headbar';
import { BaseMeetingComponent } from '@app/site/pages/meetings/base/base-meeting.component';
import { MainMenuEntry, MainMenuService } from '@app/site/pages/meetings/services/main-menu.service';
import { ViewMeeting } from '@app/site/pages/meetings/view-models/view-meeting';
import { OperatorService } from '@app/site/services/operator.service';
import { ViewPortService } from '@app/site/services/view-port.service';
import { DirectivesModule } from '@app/ui/directives';
import { SidenavModule } from '@app/ui/modules/sidenav';
import { SidenavComponent } from '@app/ui/modules/sidenav/components/sidenav/sidenav.component';
import { TranslatePipe } from '@ngx-translate/core';
import { Observable, Subscription } from 'rxjs';

import { ChatService } from '../../pages/chat/services/chat.service';
import { ChatNotificationService } from '../../pages/chat/services/chat-notification.service';
import { InteractionModule } from '../../pages/interaction/interaction.module';
import { LoadFontService } from '../../services/load-font.service';

@Component({
    selector: `os-meetings-navigation-wrapper`,
    templateUrl: `./meetings-navigation-wrapper.component.html`,
    styleUrls: [`./meetings-navigation-wrapper.component.scss`],
    changeDetection: ChangeDetectionStrategy.Eager,
    imports: [
        CommonModule,
        SidenavModule,
        DirectivesModule,
        GlobalHeadbarModule,
        InteractionModule,
        TranslatePipe,
        MatMenuModule,
        MatDividerModule,
        MatIconModule,
        MatBadgeModule,
        RouterModule
    ]
})
export class MeetingsNavigationWrapperComponent extends BaseMeetingComponent implements OnInit {
    public sideNav = viewChild.required<SidenavComponent>('sideNav');

    /**
     * is the user logged in, or the anonymous is active.
     */
    public isLoggedIn = false;

    public get mainMenuEntries(): MainMenuEntry[] {
        return this.mainMenuService.entries;
    }

    public get showMeetingNav(): boolean {
        return this.operator.knowsMultipleMeetings || this.operator.hasOrganizationPermissions();
    }

    public get meeting(): ViewMeeting | null {
        return this.activeMeeting;
    }

    public get canSeeChatObservable(): Observable<boolean> {
        return this.chatService.canSeeChatObservable;
    }

    public get chatNotificationsObservable(): Observable<number> {
        return this.chatNotificationService.allChatGroupsNotificationsObservable;
    }

    private _loadFontService = inject(LoadFontService); // just to initialize this service
    private _notifyService = inject(NotifyService); // just to initialize this service
    private vp = inject(ViewPortService);
    private mainMenuService = inject(MainMenuService);
    private chatNotificationService = inject(ChatNotificationService);
    private chatService = inject(ChatService);
    private operator = inject(OperatorService);

    public ngOnInit(): void {
        this.subscriptions.push(...this.getRouterSubscriptions());
        // observe the mainMenuService to receive toggle-requests
        this.mainMenuService.toggleMenuSubject.subscribe(() => this.toggleSideNav());
    }

    public getCustomStyleForEntry(entry: MainMenuEntry): Record<string, any> {
        return getCustomStyleForEntry(entry);
    }

    /**
     * Toggles the side nav
     */
    public toggleSideNav(): void {
        this.sideNav()?.toggle();
    }

    /**
     * Automatically close the navigation in while navigating in mobile mode
     */
    public mobileAutoCloseNav(): void {
        if (this.vp.isMobile) {
            this.sideNav()?.close();
        }
    }

    public isRouteExact(route: string): boolean {
        return route === `.` || route === `/`;
    }

    private getRouterSubscriptions(): Subscription[] {
        return [
            this.router.events.subscribe(event => {
                // Scroll to top if accessing a page, not via browser history stack
                if (event instanceof NavigationEnd) {
                    const contentContainer = document.querySelector(`.mat-sidenav-content`);
                    if (contentContainer) {
                        contentContainer.scrollTo(0, 0);
                    }
                }
            })
        ];
    }
}
