import { NavigationExtras } from '@angular/router';
import { UserDetails, SharedCase } from '@hmcts/rpx-xui-common-lib';
import { Action } from '@ngrx/store';

// cases actions
export const NAVIGATE_TO_SHARE_CASES = '[ShareCase] Navigate To Share Cases';
export const LOAD_SHARE_CASES = '[ShareCase] Load Share Cases';
export const LOAD_SHARE_CASES_SUCCESS = '[ShareCase] Load Share Cases Success';
export const LOAD_SHARE_CASES_FAILURE = '[ShareCase] Load Share Cases Failure';
export const ADD_SHARE_CASES = '[ShareCase] Add Share Cases';
export const ADD_SHARE_CASES_GO = '[Router] Add Share Case Go';
export const DELETE_A_SHARE_CASE = '[ShareCase] Delete A Share Case';
export const ASSIGN_USERS_TO_CASE = '[ShareCase] Assign Users to Case';
export const ASSIGN_USERS_TO_CASE_SUCCESS = '[ShareCase] Assign Users to Case Success';
export const RESET_CASE_SELECTION = '[ShareCase] Reset Case Selection';

export const LOAD_USERS_FROM_ORG_FOR_CASE = '[LoadUsers] From ORG For A Case';
export const LOAD_USERS_FROM_ORG_FOR_CASE_SUCCESS = '[LoadUsers] From ORG For A Case Success';
export const SYNCHRONIZE_STATE_TO_STORE_CASES = '[ShareCase] Synchronize State To Store Cases';

export class NavigateToShareCases implements Action {
  public readonly type = NAVIGATE_TO_SHARE_CASES;
  constructor(public payload: SharedCase[]) { }
}

export class SynchronizeStateToStoreCases implements Action {
  public readonly type = SYNCHRONIZE_STATE_TO_STORE_CASES;
  constructor(public payload: SharedCase[]) { }
}

export class LoadShareCases implements Action {
  public readonly type = LOAD_SHARE_CASES;
  constructor(public payload: SharedCase[]) { }
}

export class LoadShareCasesSuccess implements Action {
  public readonly type = LOAD_SHARE_CASES_SUCCESS;
  constructor(public payload: SharedCase[]) { }
}

export class LoadShareCaseFailure implements Action {
  public readonly type = LOAD_SHARE_CASES_FAILURE;
  constructor(public payload: Error) { }
}

export class AddShareCases implements Action {
  public readonly type = ADD_SHARE_CASES;
  constructor(public payload: {
    path?: any[];
    query?: object;
    extras?: NavigationExtras;
    sharedCases: SharedCase[],
    group_access?: boolean,
    caaPageType?: string;
    caseTypeId?: string;
  }) { }
}

export class AddShareCaseGo implements Action {
  public readonly type = ADD_SHARE_CASES_GO;
  constructor(
    public payload: {
      path: any[];
      query?: object;
      extras?: NavigationExtras;
      sharedCases: SharedCase[];
      caaPageType?: string;
      caseTypeId?: string;
    }
  ) { }
}
export class DeleteAShareCase implements Action {
  public readonly type = DELETE_A_SHARE_CASE;
  constructor(
    public payload: {
      caseId: string;
    }
  ) { }
}
export class AssignUsersToCase implements Action {
  public readonly type = ASSIGN_USERS_TO_CASE;
  constructor(public payload: SharedCase[], public pageType?: string, public orgIdentifier?: string) { }
}

export class AssignUsersToCaseSuccess implements Action {
  public readonly type = ASSIGN_USERS_TO_CASE_SUCCESS;
  constructor(public payload: SharedCase[]) { }
}

export class ResetCaseSelection implements Action {
  public readonly type = RESET_CASE_SELECTION;
}

export class LoadUserFromOrgForCase implements Action {
  public readonly type = LOAD_USERS_FROM_ORG_FOR_CASE;
}

export class LoadUserFromOrgForCaseSuccess implements Action {
  public readonly type = LOAD_USERS_FROM_ORG_FOR_CASE_SUCCESS;
  constructor(public payload: UserDetails[]) { }
}

export type Actions =
  NavigateToShareCases
  | SynchronizeStateToStoreCases
  | LoadShareCases
  | LoadShareCasesSuccess
  | LoadShareCaseFailure
  | AddShareCases
  | AddShareCaseGo
  | DeleteAShareCase
  | AssignUsersToCase
  | AssignUsersToCaseSuccess
  | ResetCaseSelection
  | LoadUserFromOrgForCase
  | LoadUserFromOrgForCaseSuccess;
