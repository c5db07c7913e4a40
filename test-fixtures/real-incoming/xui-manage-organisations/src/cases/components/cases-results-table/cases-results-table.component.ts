import { HttpErrorResponse } from '@angular/common/http';
import { Component, EventEmitter, Input, Output, ViewChild } from '@angular/core';
import { MatTabGroup } from '@angular/material/tabs';
import { TableConfig } from '@hmcts/ccd-case-ui-toolkit';
import { SubNavigation } from '@hmcts/rpx-xui-common-lib';
import { Store } from '@ngrx/store';
import { Observable } from 'rxjs';

import * as fromStore from '../../store';
import { CaaCases } from 'api/caaCases/interfaces';
import { CaaCasesNoDataMessage } from 'src/cases/models/caa-cases.enum';

@Component({
  selector: 'app-cases-results-table',
  templateUrl: './cases-results-table.component.html',
  styleUrls: ['./cases-results-table.component.scss'],
  standalone: false
})
export class CasesResultsTableComponent {
  private _allCaseTypes: SubNavigation[];
  private _cases: any; // can we type this?

  @Input() set allCaseTypes(value: SubNavigation[]) {
    this._allCaseTypes = value;
    this.fixCurrentTab(this._allCaseTypes);
  }

  @Input() set casesConfig(value: CaaCases) {
    if (value) {
      this.tableConfig = value;
      this.setTableConfig(this.tableConfig);
    }
  }

  get cases(): SubNavigation[] {
    return this._cases;
  }

  @Input() set cases(value: any) {
    if (value) {
      this._cases = value;
    }
  }

  @Input() paginationPageSize: number = 25;
  @Input() shareButtonText;
  @Input() selectedFilterType;

  @Output() public caseSelected = new EventEmitter<any[]>();
  @Output() public pageChanged = new EventEmitter<number>();
  @Output() public shareButtonClicked = new EventEmitter<string>();
  @Output() public tabChangedValue = new EventEmitter<string>();

  // Needed for the tab group
  public navItems: any[];
  public currentPageNo: number;
  public totalCases: number = 0;
  public tableConfig: TableConfig;
  public currentCaseType: string;

  public casesError$: Observable<HttpErrorResponse>;
  public noCasesFoundMessage = '';
  public enableShareButton = false;

  public selectedCases: any[] = [];
  public selectedAssignedCases: any[] = [];
  public selectedUnassignedCases: any[] = [];

  @ViewChild('tabGroup') public tabGroup: MatTabGroup;

  /**
   *
   */
  constructor(private readonly store: Store<fromStore.CaaCasesState>,) {

  }

  public tabChanged(event: { tab: { textLabel: string } }): void {
    const tabName = event.tab.textLabel;
    if (tabName === this.currentCaseType) {
      return;
    }
    this.totalCases = this.navItems.some((data) => data.text === tabName)
      ? this.navItems.find((data) => data.text === tabName).total
      : 0;
    this.noCasesFoundMessage = this.getNoCasesFoundMessage();
    this.setTabItems(tabName, true);
  }

  public resetPaginationParameters(): void {
    this.currentPageNo = 1;
  }

  public hasResults(): any {
    return this.totalCases;
  }

  public getFirstResult(): number {
    return ((this.currentPageNo - 1) * this.paginationPageSize) + 1;
  }

  public getLastResult(): number {
    const count = this.currentPageNo * this.paginationPageSize;

    if (count >= this.totalCases) {
      return this.totalCases;
    }
    if (count < this.totalCases) {
      return count;
    }
    return 1;
  }

  public getTotalResults(): number {
    return this.totalCases;
  }

  public setTableConfig(config: TableConfig): void {
    if (config !== null) {
      this.tableConfig = {
        idField: config.idField,
        columnConfigs: config.columnConfigs
      };
    }
  }

  public onCaseSelection(selectedCases: any[]): void {
    this.caseSelected.emit(selectedCases);
    this.enableShareButton = selectedCases.length > 0;
  }

  public onPaginationHandler(pageNo: number): void {
    this.currentPageNo = pageNo;
    this.pageChanged.emit(pageNo);
  }

  public onShareButtonClicked(): void {
    this.shareButtonClicked.emit(this.currentCaseType);
  }

  private fixCurrentTab(items: any): void {
    this.navItems = items;
    if (items && items.length > 0) {
      this.totalCases = items[0].total ? items[0].total : 0;
      this.setTabItems(items[0].text);
    } else {
      this.totalCases = 0;
      this.noCasesFoundMessage = this.getNoCasesFoundMessage();
    }
  }

  private setTabItems(tabName: string, fromTabChangedEvent?: boolean): void {
    this.resetPaginationParameters();
    this.currentCaseType = tabName;
    this.tabChangedValue.emit(this.currentCaseType);
    this.selectedCases = [];
    if (!fromTabChangedEvent && this.tabGroup) {
      this.tabGroup.selectedIndex = 0;
    }
  }

  public getNoCasesFoundMessage(): string {
    switch (this.selectedFilterType) {
      case 'all-assignees':
        return CaaCasesNoDataMessage.NoAssignedCases;
      case 'unassigned-cases':
        return CaaCasesNoDataMessage.NoUnassignedCases;
      case 'assignee-name':
        return CaaCasesNoDataMessage.CasesFilterMessage;
      case 'new-cases-to-accept':
        return CaaCasesNoDataMessage.NoNewCases;
      case 'case-reference-number':
        return CaaCasesNoDataMessage.NoCaseIdMatches;
      default:
        return '';
    }
  }
}
