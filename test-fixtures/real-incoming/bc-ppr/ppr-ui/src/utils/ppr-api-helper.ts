// Libraries
import { axiosAssets } from '@/utils/axios-ppr'
import { StatusCodes } from 'http-status-codes'
import type { ErrorCodes, SettingOptions } from '@/enums';
import { StaffPaymentOptions , ErrorCategories } from '@/enums'

// Interfaces
import type {
  AmendmentStatementIF,
  DischargeRegistrationIF,
  DraftIF,
  DraftResultIF,
  FinancingStatementIF,
  SearchCriteriaIF,
  SearchResponseIF,
  SearchResultIF,
  SearchHistoryFilterIF,
  UserSettingsIF,
  SearchPartyIF,
  DebtorNameIF,
  RegistrationSummaryIF,
  RenewRegistrationIF,
  ErrorIF,
  BaseHeaderIF,
  RegistrationSortIF,
  StaffPaymentIF
} from '@/interfaces'
import type { SearchHistoryResponseIF } from '@/interfaces/ppr-api-interfaces/search-history-response-interface'

/**
 * Actions that provide integration with the ppr api.
 *
 * Successful responses
 * 200 GET search histroy / PDF / final result selection
 * 201 POST search
 * 202 PUT result select update
 *
 * Possible errors include:
 * 400 BAD_REQUEST
 * 401 NOT_AUTHORIZED
 * 500 INTERNAL_SERVER_ERROR
 */

const UIFilterToApiFilter = {
  endDate: 'endDateTime',
  folNum: 'clientReferenceId',
  orderBy: 'sortCriteriaName',
  orderVal: 'sortDirection',
  regBy: 'registeringName',
  regNum: 'registrationNumber',
  regType: 'registrationType',
  startDate: 'startDateTime',
  status: 'statusType',
  // Search history table
  'searchQuery.criteria.value': 'criteria',
  'searchQuery.type': 'type',
  'searchQuery.clientReferenceId': 'clientReferenceId',
  username: 'username',
  searchDateTime: 'searchDateTime'
}

// add sorting params for registration history/draft api calls
function addSortParams (url: string, sortOptions: RegistrationSortIF): string {
  const sortKeys = Object.keys(sortOptions)
  // add all set filters as params to the call
  for (const i in sortKeys) {
    // convert to api expected value (too tied in with header logic to change earlier)
    if (sortOptions[sortKeys[i]] === 'createDateTime') {
      // sortKeys[i] === orderBy (only case this will happen)
      sortOptions[sortKeys[i]] = 'startDateTime'
    }
    // add timestamp onto datetime param values
    if (sortOptions[sortKeys[i]] && ['startDateTime', 'endDateTime'].includes(UIFilterToApiFilter[sortKeys[i]])) {
      // ensure its not already converted
      if (sortOptions[sortKeys[i]].length < 11) {
        // eslint-disable-next-line no-self-assign
        sortOptions[sortKeys[i]] = sortOptions[sortKeys[i]]
        // convert to local date object
        const d = new Date(`${sortOptions[sortKeys[i]]}T00:00:00`)
        // get the offset from utc in hours
        let offset = `${d.getTimezoneOffset() / 60}`
        let tzDiff = '-'
        if (offset[0] === '-') {
          // flip tzDiff and remove negative from offset
          tzDiff = '+'
          offset = offset.substring(1, offset.length)
        }
        // check if offset has minutes
        const minsIndex = offset.indexOf('.')
        if (minsIndex !== -1) {
          // remove the minutes from the offset (not perfect but better than an error)
          offset = offset.substring(0, minsIndex)
        }
        // add zero to offset if necessary
        if (offset.length < 2) offset = `0${offset}`
        // add desired timestamp
        let time = '00:00:00'
        if (UIFilterToApiFilter[sortKeys[i]] === 'endDateTime') time = '23:59:59'
        // combine date, timestamp and tz info
        sortOptions[sortKeys[i]] = `${d.toISOString().substring(0, 10)}T${time}${tzDiff}${offset}:00`
      }
    }
    if (sortOptions[sortKeys[i]]) {
      url += `&${UIFilterToApiFilter[sortKeys[i]]}=${sortOptions[sortKeys[i]]}`
    }
  }
  return url
}

const getSearchHistoryQueryString = (filters: SearchHistoryFilterIF) => {
  const sanitizedOptions: Record<string, any> = {};

  for (const [uiKey, value] of Object.entries(filters)) {
    let finalValue: any

    if (uiKey === 'searchQuery.type') {
      finalValue = value?.searchTypeAPI.replace(/-/g, "_")
    } else if (uiKey === 'orderBy') {
      finalValue = UIFilterToApiFilter[value]
    }else {
      finalValue = value
    }

    // skip empty, null, or undefined values
    if (finalValue !== undefined && finalValue !== null && finalValue !== '') {
      const apiKey = UIFilterToApiFilter[uiKey]
      if (apiKey) {
        sanitizedOptions[apiKey] = finalValue.trim()
      }
    }
  }
  const queryString = new URLSearchParams(sanitizedOptions).toString();

  return `&${queryString}`;
}

// Create default request base URL and headers.
function getDefaultConfig (): object {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return config
}

function staffPaymentParameters (staffPayment: StaffPaymentIF) {
  let paymentParams = ''
  // filled out staff payment parameters
  if (staffPayment) {
    switch (staffPayment.option) {
      case StaffPaymentOptions.FAS:
        paymentParams = paymentParams + 'routingSlipNumber=' + staffPayment.routingSlipNumber
        break
      case StaffPaymentOptions.BCOL:
        paymentParams = paymentParams + 'bcolAccountNumber=' + staffPayment.bcolAccountNumber
        paymentParams = paymentParams + '&datNumber=' + staffPayment.datNumber
        break
    }
  }
  return paymentParams
}

function syncClientReferenceIdWithStaffFolio<T extends Record<string, any>> (
  payload: T,
  staffPayment: StaffPaymentIF
): T {
  if (staffPayment?.option === StaffPaymentOptions.BCOL && staffPayment?.folioNumber) {
    return {
      ...payload,
      clientReferenceId: staffPayment.folioNumber
    }
  }

  return payload
}

export const successfulPPRResponses = [
  StatusCodes.OK,
  StatusCodes.CREATED,
  StatusCodes.ACCEPTED
]

// Submit a search query (search step 1) request.
export async function search (
  searchCriteria: SearchCriteriaIF,
  extraParams: string
): Promise<SearchResponseIF> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .post<SearchResponseIF>(`searches${extraParams}`, searchCriteria, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      // need a unique value for the data table (can't use the index in the list)
      const results = data.results
      if (results) {
        results.forEach((item, index) => {
          item.id = index + 1
        })
        data.results = results
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        searchId: 'error',
        maxResultsSize: 0,
        totalResultsSize: 0,
        returnedResultsSize: 0,
        searchQuery: searchCriteria, // Echoes request
        results: [],
        error: {
          category: ErrorCategories.SEARCH,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Submit a search query (search step 1) request.
export async function staffSearch (
  searchCriteria: SearchCriteriaIF,
  staffPayment: StaffPaymentIF,
  certified: boolean
): Promise<SearchResponseIF> {
  let extraParams = '?'
  // do they want a certified search
  if (certified) {
    extraParams = extraParams + 'certified=True'
  }
  // filled out staff payment parameters
  const paymentParams = staffPaymentParameters(staffPayment)
  if (paymentParams.length > 0) {
    extraParams = extraParams + '&'
  }
  extraParams = extraParams + paymentParams
  const syncedCriteria = syncClientReferenceIdWithStaffFolio(searchCriteria, staffPayment)
  return search(syncedCriteria, extraParams)
}

// Save a new financing statement (staff)
export async function staffFinancingStatement (
  statement: FinancingStatementIF,
  staffPayment: StaffPaymentIF
): Promise<FinancingStatementIF> {
  let extraParams = ''
  const paymentParams = staffPaymentParameters(staffPayment)
  if (paymentParams.length > 0) {
    extraParams = '?'
  }
  extraParams = extraParams + paymentParams
  const syncedStatement = syncClientReferenceIdWithStaffFolio(statement, staffPayment)
  return createFinancingStatement(syncedStatement, extraParams)
}

// Save a new financing statement (staff)
export async function staffAmendment (
  statement: AmendmentStatementIF,
  staffPayment: StaffPaymentIF
): Promise<AmendmentStatementIF> {
  let extraParams = ''
  const paymentParams = staffPaymentParameters(staffPayment)
  if (paymentParams.length > 0) {
    extraParams = '?'
  }
  extraParams = extraParams + paymentParams
  const syncedStatement = syncClientReferenceIdWithStaffFolio(statement, staffPayment)
  return createAmendmentStatement(syncedStatement, extraParams)
}

export async function staffDischarge (
  discharge: DischargeRegistrationIF,
  staffPayment: StaffPaymentIF
): Promise<DischargeRegistrationIF> {
  let extraParams = ''
  const paymentParams = staffPaymentParameters(staffPayment)
  if (paymentParams.length > 0) {
    extraParams = '?'
  }
  extraParams = extraParams + paymentParams
  const syncedDischarge = syncClientReferenceIdWithStaffFolio(discharge, staffPayment)
  return createDischarge(syncedDischarge, extraParams)
}

export async function staffRenewal (
  renewal: RenewRegistrationIF,
  staffPayment: StaffPaymentIF
): Promise<RenewRegistrationIF> {
  let extraParams = ''
  const paymentParams = staffPaymentParameters(staffPayment)
  if (paymentParams.length > 0) {
    extraParams = '?'
  }
  extraParams = extraParams + paymentParams
  const syncedRenewal = syncClientReferenceIdWithStaffFolio(renewal, staffPayment)
  return createRenewal(syncedRenewal, extraParams)
}

// Update selected matches in search response (search step 2a)
export async function updateSelected (
  searchId: string,
  selected: Array<SearchResultIF>
): Promise<number> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .put(`searches/${searchId}`, selected, config)
    .then(response => {
      return response.status
    })
    .catch(error => {
      return error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR
    })
}

// Submit selected matches in search response (search step 2b)
export async function submitSelected (
  searchId: string,
  selected: Array<SearchResultIF>,
  shouldCallback: boolean,
  useCurrentSelect: boolean = false
): Promise<number> {
  const url = sessionStorage.getItem('PPR_API_URL')
  // change to application/pdf to get the pdf right away
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  let callback = ''
  if (shouldCallback) {
    callback = '&callbackURL=PPR_UI'
  }
  return axiosAssets
    .post(`search-results/${searchId}?useCurrent=${useCurrentSelect}${callback}`, selected, config)
    .then(response => {
      return response.status
    })
    .catch(error => {
      return error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR
    })
}

// Get pdf for a previous search
export async function searchPDF (searchId: string): Promise<any> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = {
    baseURL: url,
    headers: { Accept: 'application/pdf' },
    responseType: 'blob' as 'json'
  }
  return axiosAssets
    .get(`search-results/${searchId}`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      return {
        error: {
          category: ErrorCategories.REPORT_GENERATION,
          statusCode: error?.response?.status || StatusCodes.NOT_FOUND
        }
      }
    })
}

// Get user search history
export async function searchHistory (filters: SearchHistoryFilterIF): Promise<SearchHistoryResponseIF> {
  let queryString = ''
  if (filters && Object.keys(filters).length > 0) {
     queryString = getSearchHistoryQueryString(filters)
  }
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .get<Array<SearchResponseIF>>(`search-history?from_ui=true${queryString}`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return { searches: data }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        searches: null,
        error: {
          category: ErrorCategories.HISTORY_SEARCHES,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

export async function getPprSearchHistoryById (searchId: string): Promise<SearchHistoryResponseIF> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .get<Array<SearchResponseIF>>(`searches/${searchId}`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return { searches: data }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        searches: null,
        error: {
          category: ErrorCategories.HISTORY_SEARCHES,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Get current user settings (404 if user not created in PPR yet)
export async function getPPRUserSettings (): Promise<UserSettingsIF> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .get('user-profile', config)
    .then(response => {
      const data: UserSettingsIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        paymentConfirmationDialog: true,
        selectConfirmationDialog: true,
        defaultDropDowns: true,
        defaultTableFilters: true,
        hasSecuritiesActAccess: false,
        error: {
          category: ErrorCategories.ACCOUNT_SETTINGS,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Update user setting
export async function updateUserSettings (
  setting: SettingOptions,
  settingValue: boolean | { columns: BaseHeaderIF[], mhrColumns: BaseHeaderIF[] } | object
): Promise<UserSettingsIF> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .patch('user-profile', { [`${setting}`]: settingValue }, config)
    .then(response => {
      const data: UserSettingsIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        paymentConfirmationDialog: true,
        selectConfirmationDialog: true,
        defaultDropDowns: true,
        defaultTableFilters: true,
        error: {
          category: ErrorCategories.ACCOUNT_SETTINGS,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Save a new draft.
export async function createDraft (draft: DraftIF): Promise<DraftIF> {
  return axiosAssets
    .post<DraftIF>('drafts', draft, getDefaultConfig())
    .then(response => {
      const data: DraftIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      draft.error = {
        category: ErrorCategories.REGISTRATION_SAVE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return draft
    })
}

// Update an existing draft.
export async function updateDraft (draft: DraftIF): Promise<DraftIF> {
  let documentId = ''
  if (draft.financingStatement) {
    documentId = draft.financingStatement?.documentId
  } else if (draft.amendmentStatement) {
    documentId = draft.amendmentStatement?.documentId
  }
  if (!documentId || documentId === '') {
    draft.error = {
      category: ErrorCategories.REGISTRATION_SAVE,
      statusCode: StatusCodes.BAD_REQUEST,
      message:
        'Draft update request invalid: no document ID. Use createDraft instead.'
    }
    return draft
  }
  return axiosAssets
    .put<DraftIF>('drafts/' + documentId, draft, getDefaultConfig())
    .then(response => {
      const data: DraftIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      draft.error = {
        category: ErrorCategories.REGISTRATION_SAVE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return draft
    })
}

// Get an existing draft (any type) by documentId.
export async function getDraft (documentId: string): Promise<DraftIF> {
  const draft: DraftIF = {}
  if (documentId === undefined || documentId === '') {
    draft.error = {
      category: ErrorCategories.DRAFT_LOAD,
      statusCode: StatusCodes.BAD_REQUEST,
      message: 'Draft lookup request invalid: no document ID.'
    }
    return draft
  }
  return axiosAssets
    .get<DraftIF>('drafts/' + documentId, getDefaultConfig())
    .then(response => {
      const data: DraftIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      draft.error = {
        category: ErrorCategories.DRAFT_LOAD,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return draft
    })
}

// Cancel an existing draft (any type) by draft id.
export async function cancelPprDraft (draftID: string): Promise<ErrorIF> {
  if (!draftID) return { statusCode: StatusCodes.BAD_REQUEST, message: 'No draft ID given.' }

  return axiosAssets
    .patch<void>(`drafts/cancel/${draftID}`, getDefaultConfig())
    .then(response => {
      return { statusCode: response?.status as StatusCodes }
    })
}

// Delete an existing draft (any type) by documentId.
export async function deleteDraft (documentId: string): Promise<ErrorIF> {
  if (!documentId) return { statusCode: StatusCodes.BAD_REQUEST, message: 'No document ID given.' }
  return axiosAssets
    .delete<void>(`drafts/${documentId}`, getDefaultConfig())
    .then(response => {
      return { statusCode: response?.status as StatusCodes }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        category: ErrorCategories.DRAFT_DELETE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
    })
}

// Search the party code db
export async function partyCodeSearch (
  nameOrCode: string, exactSearch: boolean
): Promise<[SearchPartyIF]> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  let fuzzyName = ''
  if (!/^\d+$/.test(nameOrCode) && !exactSearch) {
    fuzzyName = '?fuzzyNameSearch=true'
  }
  return axiosAssets
    .get(`party-codes/head-offices/${nameOrCode}${fuzzyName}`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        error: {
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

/** Search for the crown charge client party codes linked to the account.
 *
 * @param isSecurityActCodeLookup looks up Security Act Secured Party Codes when True
 */
export async function partyCodeAccount (isSecurityActCodeLookup: boolean = false): Promise<[SearchPartyIF]> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  const securitiesActParam = isSecurityActCodeLookup ? '?securitiesActCodes=true' : ''
  return axiosAssets
    .get(`party-codes/accounts${securitiesActParam}`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        error: {
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Get registration history
export async function registrationHistory (sortOptions: RegistrationSortIF = null, page: number = 1): Promise<{
  registrations: RegistrationSummaryIF[],
  error: ErrorIF
}> {
  const baseURL = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: baseURL, headers: { Accept: 'application/json' } }
  const url = sortOptions
    ? addSortParams( `financing-statements/registrations?collapse=true&pageNumber=${page}&fromUI=true`, sortOptions)
    : `financing-statements/registrations?collapse=true&pageNumber=${page}&fromUI=true`

  return axiosAssets
    .get(url, config)
    .then(response => {
      const data = response?.data as RegistrationSummaryIF[]
      if (!data) {
        throw new Error('Invalid API response')
      }
      return { registrations: data, error: null }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        registrations: null,
        error: {
          category: ErrorCategories.HISTORY_REGISTRATIONS,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Get draft history
export async function draftHistory (sortOptions: RegistrationSortIF): Promise<{
  drafts: DraftResultIF[],
  error: ErrorIF
}> {
  if (!sortOptions) {
    // set it to empty sort options
    sortOptions = {
      endDate: null,
      folNum: '',
      orderBy: '',
      orderVal: '',
      regBy: '',
      regNum: '',
      regParty: '',
      regType: '',
      secParty: '',
      startDate: null,
      status: ''
    }
  }
  const baseURL = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL, headers: { Accept: 'application/json' } }
  const url = addSortParams('drafts?fromUI=true', sortOptions)
  return axiosAssets
    .get(url, config)
    .then(response => {
      const data = response?.data as DraftResultIF[]
      if (!data) {
        throw new Error('Invalid API response')
      }
      return { drafts: data, error: null }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        drafts: null,
        error: {
          category: ErrorCategories.HISTORY_REGISTRATIONS,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Save a new financing statement.
export async function createFinancingStatement (
  statement: FinancingStatementIF,
  extraParams: string
): Promise<FinancingStatementIF> {
  return axiosAssets
    .post<FinancingStatementIF>(
      `financing-statements${extraParams}`,
      statement,
      getDefaultConfig()
    )
    .then(response => {
      const data: FinancingStatementIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      statement.error = {
        category: ErrorCategories.REGISTRATION_CREATE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return statement
    })
}

// Save a new financing statement.
export async function createAmendmentStatement (
  statement: AmendmentStatementIF,
  extraParams: string
): Promise<AmendmentStatementIF> {
  return axiosAssets
    .post<AmendmentStatementIF>(
      `financing-statements/${statement.baseRegistrationNumber}/amendments${extraParams}`,
      statement,
      getDefaultConfig()
    )
    .then(response => {
      const data: AmendmentStatementIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      statement.error = {
        category: ErrorCategories.REGISTRATION_CREATE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return statement
    })
}

// Save a discharge registration.
export async function createDischarge (
  discharge: DischargeRegistrationIF,
  extraParams: string
): Promise<DischargeRegistrationIF> {
  return axiosAssets
    .post<DischargeRegistrationIF>(
      `financing-statements/${discharge.baseRegistrationNumber}/discharges${extraParams}`,
      discharge,
      getDefaultConfig())
    .then(response => {
      const data: DischargeRegistrationIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      discharge.error = {
        category: ErrorCategories.REGISTRATION_CREATE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return discharge
    })
}

// Save a renewal registration.
export async function createRenewal (
  renewal: RenewRegistrationIF,
  extraParams: string
): Promise<RenewRegistrationIF> {
  return axiosAssets
    .post<RenewRegistrationIF>(
      `financing-statements/${renewal.baseRegistrationNumber}/renewals${extraParams}`,
      renewal,
      getDefaultConfig())
    .then(response => {
      const data: RenewRegistrationIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      renewal.error = {
        category: ErrorCategories.REGISTRATION_CREATE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
      return renewal
    })
}

// Get an existing financing statement.
export async function getFinancingStatement (
  current: boolean,
  registrationNum: string
): Promise<FinancingStatementIF> {
  return axiosAssets
    .get<FinancingStatementIF>(
      `financing-statements/${registrationNum}?current=${current}`,
      getDefaultConfig()
    )
    .then(response => {
      const data: FinancingStatementIF = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        type: null,
        registeringParty: null,
        securedParties: [],
        debtors: [],
        error: {
          category: ErrorCategories.REGISTRATION_LOAD,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Add registration to My Registrations
export async function addRegistrationSummary (
  registrationNum: string
): Promise<RegistrationSummaryIF> {
  registrationNum = registrationNum?.toUpperCase()
  return axiosAssets
    .post(`financing-statements/registrations/${registrationNum}`, {}, getDefaultConfig())
    .then(response => {
      const data = response?.data as RegistrationSummaryIF
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        baseRegistrationNumber: '',
        createDateTime: '',
        path: '',
        registeringParty: '',
        registrationClass: '',
        registrationDescription: '',
        registrationNumber: '',
        registrationType: null,
        securedParties: '',
        error: {
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Get registration summary information
export async function getRegistrationSummary (
  registrationNum: string,
  refreshing: boolean
): Promise<(RegistrationSummaryIF)> {
  registrationNum = registrationNum?.toUpperCase()
  return axiosAssets
    .get(`financing-statements/registrations/${registrationNum}`, getDefaultConfig())
    .then(response => {
      const data = response?.data as RegistrationSummaryIF
      if (!data) throw new Error('Invalid API response')
      if (!refreshing && data.inUserList) {
        data.error = {
          statusCode: StatusCodes.CONFLICT,
          message: 'Registration is already added to this account.'
        }
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        baseRegistrationNumber: '',
        createDateTime: '',
        path: '',
        registeringParty: '',
        registrationClass: '',
        registrationDescription: '',
        registrationNumber: '',
        registrationType: null,
        securedParties: '',
        error: {
          category: ErrorCategories.HISTORY_REGISTRATIONS,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// delete registration summary information from table
export async function deleteRegistrationSummary (
  registrationNum: string
): Promise<ErrorIF> {
  return axiosAssets
    .delete(`financing-statements/registrations/${registrationNum}`, getDefaultConfig())
    .then(response => {
      return { statusCode: response?.status as StatusCodes }
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        category: ErrorCategories.REGISTRATION_DELETE,
        statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
        message: error?.response?.data?.message,
        detail: error?.response?.data?.rootCause?.detail,
        type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
      }
    })
}

// Get pdf for a registration
export async function registrationPDF (pdfPath: string): Promise<any> {
  const url = sessionStorage.getItem('PPR_API_URL')
  // remove ppr/api/v1 from path
  pdfPath = pdfPath.replace('/ppr/api/v1', '')
  const config = {
    baseURL: url,
    headers: { Accept: 'application/pdf' },
    responseType: 'blob' as 'json'
  }
  return axiosAssets
    .get(pdfPath, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        error: {
          category: ErrorCategories.REPORT_GENERATION,
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}

// Get debtor names for a registration
export async function debtorNames (registrationNum: string): Promise<[DebtorNameIF]> {
  const url = sessionStorage.getItem('PPR_API_URL')
  const config = { baseURL: url, headers: { Accept: 'application/json' } }
  return axiosAssets
    .get(`financing-statements/${registrationNum}/debtorNames`, config)
    .then(response => {
      const data = response?.data
      if (!data) {
        throw new Error('Invalid API response')
      }
      return data
    })
    .catch(error => {
      if (error?.response?.data) {
        try {
          error.response.data.rootCause = error.response.data.rootCause
            .replace('detail:', '"detail":"')
            .replace('type:', '"type":"')
            .replace('message:', '"message":"')
            .replace('status_code:', '"statusCode":"')
            .replaceAll(',', '",')
          error.response.data.rootCause = `{${error.response.data.rootCause}"}`
          error.response.data.rootCause = JSON.parse(error.response.data.rootCause)
        } catch (error) {
          // continue
        }
      }
      return {
        searches: null,
        error: {
          statusCode: error?.response?.status || StatusCodes.INTERNAL_SERVER_ERROR,
          message: error?.response?.data?.message,
          detail: error?.response?.data?.rootCause?.detail,
          type: error?.response?.data?.rootCause?.type?.trim() as ErrorCodes
        }
      }
    })
}
