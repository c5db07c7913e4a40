import { Component } from '@angular/core';

@Component({
    selector: 'cbs-root',
    templateUrl: './app.component.html'
})
export class AppComponent {
    title = 'cbs';
}
