import { Component } from '@angular/core';
import { RouterOutlet, Router, NavigationEnd } from '@angular/router';
import { HeaderComponent } from "./header/header.component";
import { FooterComponent } from './footer/footer.component';
import { InfiniteLoadingBarComponent } from './infinite-loading-bar/infinite-loading-bar.component';
import { LoadingOverlayComponent } from './shared/components/loading-overlay/loading-overlay.component';

import { filter } from 'rxjs/operators';

@Component({
    selector: 'app-root',
    imports: [RouterOutlet, HeaderComponent, FooterComponent, InfiniteLoadingBarComponent, LoadingOverlayComponent],
    templateUrl: './app.component.html',
    styleUrl: './app.component.scss'
})
export class AppComponent {
  title = 'reserve-rec-public';
  hideFooter = false;

  constructor(private router: Router) {
    this.router.events.pipe(
      filter(event => event instanceof NavigationEnd)
    ).subscribe((event: any) => {
      this.hideFooter = event.url.includes('/reservation-flow');
    });
  }
}
