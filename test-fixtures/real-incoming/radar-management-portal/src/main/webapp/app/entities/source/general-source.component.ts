import { Component } from '@angular/core';

@Component({
    selector: 'jhi-source',
    templateUrl: './general-source.component.html',
})
export class GeneralSourceComponent {
    isProjectSpecific = false;
}
