export interface SearchHistoryFilterIF {
    endDate?: string
    startDate?: string
    'searchQuery.criteria.value'?: string
    'searchQuery.type'?: string
    'searchQuery.clientReferenceId'?: string
    username?: string
    orderVal?: string
    orderBy?: string
  }
  