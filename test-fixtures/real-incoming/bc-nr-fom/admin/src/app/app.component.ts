import { AsyncPipe } from '@angular/common';
import { Component, OnInit, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { Observable, lastValueFrom, timeout } from 'rxjs';
import { StateService } from '@admin-core/services/state.service';
import { FooterComponent } from './footer/footer.component';
import { HeaderComponent } from './header/header.component';

@Component({
    imports: [
    HeaderComponent,
    RouterOutlet,
    FooterComponent,
    AsyncPipe
],
    selector: 'app-root',
    templateUrl: './app.component.html',
    styleUrl: './app.component.scss',
})
export class AppComponent implements OnInit {
  private stateSvc = inject(StateService);

  isReady$: Observable<boolean>;

  constructor() {
    this.isReady$ = this.stateSvc.isReady$;
  }

  async ngOnInit() {
    try {
      // Don't let hanging code table requests block the entire UI indefinitely
      const codeTables = await lastValueFrom(
        this.stateSvc.getCodeTables().pipe(timeout(10000))
      );
      this.stateSvc.setCodeTables(codeTables);
    } catch (error) {
      console.error('Failed to load code tables:', error);
    }
    this.stateSvc.setReady();
  }
}