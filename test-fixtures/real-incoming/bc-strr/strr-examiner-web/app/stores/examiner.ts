import { z } from 'zod'

export const useExaminerStore = defineStore('strr/examiner-store', () => {
  const { getAccountApplications } = useStrrApi()
  const { t } = useNuxtApp().$i18n
  const { $strrApi, $payApi } = useNuxtApp()
  const { isSplitDashboardTableEnabled } = useExaminerFeatureFlags()
  const strrModal = useStrrModals()
  const { kcUser } = useKeycloak()
  const isFilingHistoryOpen = ref(false) // track state of Filing History between different expansion panels
  const tableLimit = ref(50)
  const tablePage = ref(1)
  const activeRecord = ref<HousApplicationResponse | HousRegistrationResponse | undefined>(undefined)
  const activePaymentTotal = ref<number | null>(null)
  const activePaymentDate = ref<string | null>(null)
  const isApplication = computed<boolean>(() => {
    return !!activeRecord.value && 'registration' in activeRecord.value
  })

  const activeReg = computed(() => {
    return isApplication.value
      ? activeRecord.value?.registration
      : activeRecord.value
  })
  const activeHeader = computed(() => {
    const currentRecordHeader = activeRecord.value?.header
    if (!isApplication.value) {
      const applicationHeader = currentRecordHeader?.applications?.[0]
      if (applicationHeader && currentRecordHeader) {
        // eslint-disable-next-line @typescript-eslint/no-unused-vars
        const { applications, ...rest } = currentRecordHeader
        return { ...applicationHeader, ...rest }
      }
    }
    return currentRecordHeader
  })
  const hasRegistrationNumber = computed(() => !!activeHeader.value?.registrationNumber)
  const isHostApplication = computed(() => activeReg.value?.registrationType === ApplicationType.HOST)
  const _isAssignedToUser = ref(false)

  const snapshotInfo = ref<ApiSnapshot>({} as ApiSnapshot)

  watch(
    () => [
      activeHeader.value?.assignee?.username
    ],
    ([reviewerUsername]) => {
      try {
        const currentUser = kcUser.value.userName
        _isAssignedToUser.value = reviewerUsername === currentUser
      } catch (e) {
        _isAssignedToUser.value = false
      }
    },
    { immediate: true }
  )
  const isAssignedToUser = computed(() => _isAssignedToUser.value)
  const emailContent = reactive({
    content: ''
  })

  // Examiner decisions
  const conditions = ref<string[]>([])
  const customConditions = ref<string[] | null>(null)
  const minBookingDays = ref<number | null>(null)
  const decisionEmailContent = reactive({ content: '' })

  const isEditingRentalUnit = ref(false)
  const hasUnsavedRentalUnitChanges = ref(false)
  const rentalUnitAddressToEdit = ref<Partial<EditStrAddress>>({})
  const isEditingRegistrationEmail = ref(false)
  const hasUnsavedRegistrationEmailChanges = ref(false)
  const registrationEmailToEdit = ref<string>('')
  const rentalUnitAddressSchema = computed(() => z.object({
    addressLineTwo: z.string().optional().default(''),
    city: z.string().min(1, t('validation.address.city')),
    province: z.string().min(1, t('validation.address.region')),
    postalCode: z.string().min(1, t('validation.address.postalCode')),
    locationDescription: z.string().optional().default(''),
    streetName: z.string().optional().default(''),
    streetNumber: z.string().optional().default(''),
    unitNumber: z.string().optional().default('')
  }).superRefine((data, ctx) => {
    if (data.addressLineTwo === '') {
      if (!data.streetName) {
        ctx.addIssue({
          code: 'custom',
          path: ['streetName'],
          message: t('validation.address.streetName')
        })
      }
      if (!data.streetNumber) {
        ctx.addIssue({
          code: 'custom',
          path: ['streetNumber'],
          message: t('validation.address.streetNumber')
        })
      }
    }
  }))
  const startEditRentalUnitAddress = () => {
    resetEditRegistrationEmail()
    isFilingHistoryOpen.value = false
    const addressData = JSON.parse(JSON.stringify(activeReg.value?.unitAddress || {}))
    if (addressData.locationDescription === null) {
      addressData.locationDescription = ''
    }
    rentalUnitAddressToEdit.value = addressData
    isEditingRentalUnit.value = true
    hasUnsavedRentalUnitChanges.value = false // Reset unsaved changes flag
  }
  const resetEditRentalUnitAddress = () => {
    isEditingRentalUnit.value = false
    rentalUnitAddressToEdit.value = {}
    hasUnsavedRentalUnitChanges.value = false
  }

  const registrationUpdateSchema = computed(() => z.object({
    emailAddress: z.string().trim().min(1, t('validation.required')).email(t('validation.email'))
  }))

  const startEditRegistrationEmail = () => {
    resetEditRentalUnitAddress()
    isFilingHistoryOpen.value = false
    registrationEmailToEdit.value = activeReg.value?.primaryContact?.emailAddress || ''
    isEditingRegistrationEmail.value = true
    hasUnsavedRegistrationEmailChanges.value = false
  }

  const resetEditRegistrationEmail = () => {
    isEditingRegistrationEmail.value = false
    registrationEmailToEdit.value = ''
    hasUnsavedRegistrationEmailChanges.value = false
  }

  const showComposeNocEmail = computed(() => {
    return activeHeader.value?.status === ApplicationStatus.FULL_REVIEW ||
      activeHeader.value?.status === ApplicationStatus.PROVISIONAL_REVIEW
  })
  const sendNocSchema = computed(() => z.object({
    content: z.string().min(1, { message: t('validation.nocContent') })
  }))

  const emailFormRef = ref<Form<any>>()
  const decisionEmailFormRef = ref<Form<any>>()
  const showComposeEmail = computed(() => {
    return activeHeader.value?.status === ApplicationStatus.NOC_PENDING ||
      activeHeader.value?.status === ApplicationStatus.PROVISIONAL_REVIEW_NOC_PENDING ||
      activeHeader.value?.status === ApplicationStatus.PROVISIONAL_REVIEW_NOC_EXPIRED ||
       (activeReg.value?.status === RegistrationStatus.ACTIVE && // show compose email for active Reg with suspend action btn
        activeReg.value.header.examinerActions.includes(RegistrationActionsE.SUSPEND)) ||
       (activeReg.value?.status === RegistrationStatus.ACTIVE && // show compose email for active Reg with cancel action btn
        activeReg.value.header.examinerActions.includes(RegistrationActionsE.CANCEL)) ||
       (activeReg.value?.status === RegistrationStatus.ACTIVE && // show compose email for active Reg with send NOC action btn
        activeReg.value.header.examinerActions.includes(RegistrationActionsE.SEND_NOC))
  })
  const sendEmailSchema = computed(() => z.object({
    content: z.string()
  }))

  const defaultApplicationStatuses = [
    ApplicationStatus.FULL_REVIEW,
    ApplicationStatus.PROVISIONAL_REVIEW,
    ApplicationStatus.PAYMENT_DUE,
    ApplicationStatus.PROVISIONAL,
    ApplicationStatus.PAID,
    ApplicationStatus.ADDITIONAL_INFO_REQUESTED,
    ApplicationStatus.PROVISIONALLY_APPROVED,
    ApplicationStatus.DECLINED,
    ApplicationStatus.AUTO_APPROVED,
    ApplicationStatus.FULL_REVIEW_APPROVED,
    ApplicationStatus.NOC_PENDING,
    ApplicationStatus.NOC_EXPIRED,
    ApplicationStatus.PROVISIONAL_REVIEW_NOC_PENDING,
    ApplicationStatus.PROVISIONAL_REVIEW_NOC_EXPIRED,
    ApplicationStatus.PROVISIONALLY_DECLINED
  ]
  const defaultRegistrationStatuses = [
    RegistrationStatus.ACTIVE,
    RegistrationStatus.SUSPENDED,
    RegistrationStatus.CANCELLED,
    RegistrationStatus.EXPIRED
  ]

  const applicationsOnlyStatuses = [
    ApplicationStatus.FULL_REVIEW,
    ApplicationStatus.NOC_EXPIRED
  ]

  // as per requirements, registrations statuses in filter dropdown
  // should reflect their respective application's statuses
  const registrationsOnlyStatuses = [
    RegistrationStatus.ACTIVE
  ]

  const tableFilters = reactive({
    searchText: '',
    registrationNumber: '',
    registrationType: [],
    requirements: [],
    applicantName: '',
    propertyAddress: '',
    status: [], // show all statuses
    subStatus: [],
    submissionDate: { start: null, end: null },
    lastModified: { start: null, end: null },
    localGov: '',
    adjudicator: ''
  })

  // approval method statuses to show how registration was approved (via its application status)
  const approvalMethodStatuses = new Set([
    ApplicationStatus.PROVISIONALLY_APPROVED,
    ApplicationStatus.FULL_REVIEW_APPROVED,
    ApplicationStatus.AUTO_APPROVED
  ])
  // attributes of the registration
  const NOC_ATTR = new Set(['NOC_PENDING', 'NOC_EXPIRED'])
  const SET_ASIDE_ATTR = 'SET_ASIDE'
  const REVIEW_SUB_STATUS = 'REVIEW'
  const REVIEW_RENEW_SUB_STATUS = 'REVIEW_RENEW'
  const APPROVED_SUB_STATUS = 'APPROVED'

  /**
   * Process status filters to separate application statuses, registration statuses,
   * approval methods, NOC statuses, and set-aside flag.
   *
   * @param {any[]} statusFilters - Array of status values to filter by
   * @returns {Object} Object containing separated filter categories
   */
  const processStatusFilters = (statusFilters: any[]) => {
    const regStatus: any[] = []
    const approvalMethods: any[] = []
    const nocStatuses: any[] = []
    let isSetAside: boolean | undefined

    // Separate application and registration statuses, excluding UI grouping labels
    const statusValue = statusFilters.filter((status) => {
      if (Object.values(RegistrationStatus).includes(status as any)) {
        regStatus.push(status)
        return false
      }
      if (isSplitDashboardTableEnabled.value) {
        if (approvalMethodStatuses.has(status)) {
          approvalMethods.push(status)
        }
        if (NOC_ATTR.has(status)) {
          nocStatuses.push(status)
        }
      }
      if (isSplitDashboardTableEnabled.value && status === SET_ASIDE_ATTR) {
        isSetAside = true
        return false
      }
      // filter out any statuses that are not in ApplicationStatus (for grouping labels)
      return Object.values(ApplicationStatus).includes(status as any)
    })
    // use defaults only when nothing at all is selected
    const anyFilterSelected =
      statusValue.length > 0 || regStatus.length > 0 ||
      approvalMethods.length > 0 || nocStatuses.length > 0 || isSetAside !== undefined
    let applicationStatuses = defaultApplicationStatuses
    let registrationStatuses = defaultRegistrationStatuses
    if (statusValue.length > 0 && regStatus.length === 0) {
      // Only application statuses selected
      applicationStatuses = statusValue
      registrationStatuses = []
    } else if (statusValue.length === 0 && regStatus.length > 0) {
      // Only registration statuses selected
      applicationStatuses = []
      registrationStatuses = regStatus
    } else if (statusValue.length > 0 && regStatus.length > 0) {
      // Both application and registration statuses selected
      applicationStatuses = statusValue
      registrationStatuses = regStatus
    } else if (anyFilterSelected) {
      // only approval methods / NOC statuses / set-aside selected — no explicit status filter
      applicationStatuses = []
      registrationStatuses = []
    }
    return { applicationStatuses, registrationStatuses, approvalMethods, nocStatuses, isSetAside }
  }

  type RegistrationSubStatusFilters = {
    approvalMethods: string[]
    examinerReviewed?: boolean
    nocStatuses: string[]
    isSetAside: boolean
    reviewRenew: boolean
  }

  const mapRegistrationSubStatuses = (subStatuses: string[]): RegistrationSubStatusFilters => {
    const approvalMethods = new Set<string>()
    const nocStatuses = new Set<string>()
    let isSetAside = false
    let reviewRenew = false
    let hasReviewSubStatus = false
    let hasApprovedSubStatus = false

    for (const subStatus of subStatuses) {
      if (subStatus === REVIEW_SUB_STATUS) {
        hasReviewSubStatus = true
        approvalMethods.add(ApplicationStatus.PROVISIONALLY_APPROVED)
        approvalMethods.add(ApplicationStatus.PROVISIONAL_REVIEW)
      } else if (subStatus === APPROVED_SUB_STATUS) {
        hasApprovedSubStatus = true
        // "Approved" includes auto/full approvals and provisionals that were
        // reviewed by an examiner.
        approvalMethods.add(ApplicationStatus.PROVISIONALLY_APPROVED)
        approvalMethods.add(ApplicationStatus.PROVISIONAL_REVIEW)
        approvalMethods.add(ApplicationStatus.AUTO_APPROVED)
        approvalMethods.add(ApplicationStatus.FULL_REVIEW_APPROVED)
      } else if (NOC_ATTR.has(subStatus)) {
        nocStatuses.add(subStatus)
      } else if (subStatus === SET_ASIDE_ATTR) {
        isSetAside = true
      } else if (subStatus === REVIEW_RENEW_SUB_STATUS) {
        reviewRenew = true
      }
    }

    let examinerReviewed: boolean | undefined
    if (hasReviewSubStatus && !hasApprovedSubStatus) {
      examinerReviewed = false
    } else if (hasApprovedSubStatus && !hasReviewSubStatus) {
      examinerReviewed = true
    } else {
      examinerReviewed = undefined
    }

    return {
      approvalMethods: [...approvalMethods],
      examinerReviewed,
      nocStatuses: [...nocStatuses],
      isSetAside,
      reviewRenew
    }
  }

  const buildRegistrationQueryParams = (
    registrationStatuses: string[],
    mappedSubStatuses: RegistrationSubStatusFilters
  ): Record<string, any> => {
    const queryParams: Record<string, any> = {
      sortOrder: 'asc',
      limit: tableLimit.value,
      page: tablePage.value,
      registrationType: tableFilters.registrationType,
      status: registrationStatuses,
      requirement: tableFilters.requirements,
      recordNumber: tableFilters.registrationNumber,
      text: undefined as string | undefined
    }

    if (mappedSubStatuses.approvalMethods.length > 0) {
      queryParams.approvalMethod = mappedSubStatuses.approvalMethods
    }
    if (mappedSubStatuses.examinerReviewed !== undefined) {
      queryParams.examinerReviewed = mappedSubStatuses.examinerReviewed
    }
    if (mappedSubStatuses.nocStatuses.length > 0) {
      queryParams.nocStatus = mappedSubStatuses.nocStatuses
    }
    if (mappedSubStatuses.isSetAside) {
      queryParams.isSetAside = true
    }
    if (mappedSubStatuses.reviewRenew) {
      queryParams.reviewRenew = true
    }

    if (tableFilters.searchText && tableFilters.searchText.length > 2) {
      queryParams.text = tableFilters.searchText
    }
    if (tableFilters.localGov) {
      queryParams.localGov = tableFilters.localGov
    }
    if (tableFilters.adjudicator) {
      queryParams.assignee = tableFilters.adjudicator
    }
    return queryParams
  }

  const fetchApplications = () => {
    const { applicationStatuses, registrationStatuses } = processStatusFilters(tableFilters.status)
    const applicationsOnly = isSplitDashboardTableEnabled.value
    if (tableFilters.searchText && tableFilters.searchText.length > 2) {
      return $strrApi('/applications/search', {
        query: {
          limit: tableLimit.value,
          page: tablePage.value,
          registrationType: tableFilters.registrationType,
          status: applicationStatuses,
          registrationStatus: registrationStatuses,
          text: tableFilters.searchText,
          sortBy: ApplicationSortBy.APPLICATION_DATE,
          sortOrder: ApplicationSortOrder.ASC,
          address: tableFilters.propertyAddress,
          recordNumber: tableFilters.registrationNumber,
          assignee: tableFilters.adjudicator,
          requirement: tableFilters.requirements,
          localGov: tableFilters.localGov || undefined
        }
      })
    } else {
      return $strrApi('/applications', {
        query: {
          limit: tableLimit.value,
          page: tablePage.value,
          registrationType: tableFilters.registrationType,
          status: applicationStatuses,
          registrationStatus: registrationStatuses,
          sortBy: ApplicationSortBy.APPLICATION_DATE,
          sortOrder: ApplicationSortOrder.ASC,
          address: tableFilters.propertyAddress,
          recordNumber: tableFilters.registrationNumber,
          assignee: tableFilters.adjudicator,
          requirement: tableFilters.requirements,
          localGov: tableFilters.localGov || undefined,
          includeDraftRegistration: false,
          applicationsOnly
        }
      })
    }
  }

  const fetchRegistrations = () => {
    const registrationStatuses = tableFilters.status.length > 0 ? tableFilters.status : defaultRegistrationStatuses
    const mappedSubStatuses = mapRegistrationSubStatuses(tableFilters.subStatus ?? [])
    const queryParams = buildRegistrationQueryParams(registrationStatuses, mappedSubStatuses)

    return $strrApi('/registrations/search', {
      query: queryParams
    })
  }

  const getNextApplication = async <T extends ApiApplicationBaseResp>(): Promise<T | undefined> => {
    const resp = await getAccountApplications<T>(
      undefined, undefined, ApplicationType.HOST, ApplicationStatus.FULL_REVIEW,
      ApplicationSortBy.APPLICATION_DATE, ApplicationSortOrder.ASC
    )
    const nextApplication = resp.applications[0]
    activeRecord.value = nextApplication
    return nextApplication
  }

  const approveApplication = async (applicationNumber: string): Promise<void> => {
    await $strrApi(`/applications/${applicationNumber}/status`, {
      method: 'PUT',
      body: { status: ApplicationStatus.FULL_REVIEW_APPROVED }
    })
  }

  const provisionallyApproveApplication = async (applicationNumber: string): Promise<void> => {
    await $strrApi(`/applications/${applicationNumber}/status`, {
      method: 'PUT',
      body: { status: ApplicationStatus.PROVISIONALLY_APPROVED }
    })
  }

  const getApplicationPaymentInfo = async (): Promise<void> => {
    const header = activeHeader.value
    activePaymentTotal.value = null
    activePaymentDate.value = null

    if (!header?.paymentToken || !header?.paymentAccount) {
      return
    }
    try {
      const resp = await $payApi<PaymentInvoice>(`/payment-requests/${header.paymentToken}`, { method: 'GET' })

      activePaymentTotal.value = resp?.total ?? null
      activePaymentDate.value = resp?.paymentDate ?? null
    } catch (e) {
      logFetchError(e, t('error.fetchInvoiceInfo'))
    }
  }

  watch(
    () => activeHeader.value?.paymentToken,
    (token) => {
      if (isApplication.value && token) {
        getApplicationPaymentInfo()
      } else {
        activePaymentTotal.value = null
        activePaymentDate.value = null
      }
    },
    { immediate: true }
  )

  const viewReceipt = async (applicationNumber: string) => {
    try {
      const resp = await $strrApi<Blob>(`/applications/${applicationNumber}/payment/receipt`, {
        method: 'GET',
        responseType: 'blob'
      })
      const blob = new Blob([resp], { type: 'application/pdf' })
      const url = URL.createObjectURL(blob)
      window.open(url, '_blank')
      URL.revokeObjectURL(url)
    } catch (e) {
      logFetchError(e, t('error.downloadReceipt.description'))
      strrModal.openErrorModal('Error', t('error.downloadReceipt.description'), false)
    }
  }

  const rejectApplication = async (
    applicationNumber: string,
    isProvisional: boolean = false,
    content?: string
  ): Promise<void> => {
    await $strrApi(`/applications/${applicationNumber}/status`, {
      method: 'PUT',
      body: {
        status: isProvisional ? ApplicationStatus.PROVISIONALLY_DECLINED : ApplicationStatus.DECLINED,
        emailContent: content
      }
    })
  }

  const getApplicationById = async (applicationNumber: string): Promise<HousApplicationResponse> => {
    const resp = await $strrApi<HousApplicationResponse>(`/applications/${applicationNumber}`, {
      method: 'GET'
    })
    activeRecord.value = resp
    return resp
  }

  /**
   * Send a Notice of Consideration for the specified application.
   *
   * @param {string} applicationNumber - The application number.
   * @param {string} content - The content of the Notice of Consideration.
   * @returns {Promise<void>}
   */
  const sendNoticeOfConsideration = async (applicationNumber: string, content: string): Promise<void> => {
    await $strrApi(`/applications/${applicationNumber}/notice-of-consideration`, {
      method: 'POST',
      body: { content }
    })
  }

  /**
   * Send a Notice of Consideration for the specified registration.
   *
   * @param {number} registrationId - The registration ID.
   * @param {string} content - The content of the Notice of Consideration.
   * @returns {Promise<void>}
   */
  const sendNoticeOfConsiderationForRegistration = async (registrationId: number, content: string): Promise<void> => {
    await $strrApi(`/registrations/${registrationId}/notice-of-consideration`, {
      method: 'POST',
      body: { content }
    })
  }

  /**
   * Get/Download Supporting Document file for the Application.
   *
   * @param {string} applicationNumber - The application number to which the document belongs.
   * @param {string} fileKey - The key of the document to be retrieved.
   * @returns The file/document
   */
  const getDocument = async (
    appRegNumber: string | number,
    fileKey: string,
    type: 'applications' | 'registrations'
  ): Promise<Blob> => {
    return await $strrApi(`/${type}/${appRegNumber}/documents/${fileKey}`, {
      method: 'GET',
      responseType: 'blob'
    })
  }

  /**
   * Assign the current user as the reviewer of an application.
   *
   * @param {string} applicationNumber - The application number to assign.
   */
  const assignApplication = async (applicationNumber: string): Promise<void> => {
    try {
      await $strrApi(`/applications/${applicationNumber}/assign`, {
        method: 'PUT'
      })
    } catch (e) {
      logFetchError(e, t('error.assignApplication'))
      strrModal.openErrorModal('Error', t('error.assignApplication'), false)
    }
  }

  /**
   * Unassign the reviewer from an application.
   *
   * @param {string} applicationNumber - The application number to unassign.
   */
  const unassignApplication = async (applicationNumber: string): Promise<void> => {
    try {
      await $strrApi(`/applications/${applicationNumber}/unassign`, {
        method: 'PUT'
      })
    } catch (e) {
      logFetchError(e, t('error.unAssignApplication'))
      strrModal.openErrorModal('Error', t('error.unAssignApplication'), false)
    }
  }

  /**
   * Assign the current user as the reviewer of a registration.
   *
   * @param {number} registrationId - The registration ID to assign.
   */
  const assignRegistration = async (registrationId: number): Promise<void> => {
    try {
      await $strrApi(`/registrations/${registrationId}/assign`, {
        method: 'PUT'
      })
    } catch (e) {
      logFetchError(e, t('error.assignApplication'))
      strrModal.openErrorModal('Error', t('error.assignApplication'), false)
    }
  }

  /**
   * Unassign the reviewer from a registration.
   *
   * @param {number} registrationId - The registration ID to unassign.
   */
  const unassignRegistration = async (registrationId: number): Promise<void> => {
    try {
      await $strrApi(`/registrations/${registrationId}/unassign`, {
        method: 'PUT'
      })
    } catch (e) {
      logFetchError(e, t('error.unAssignApplication'))
      strrModal.openErrorModal('Error', t('error.unAssignApplication'), false)
    }
  }

  /**
   * Set aside application decision.
   *
   * @param {string} applicationNumber - The application number to set aside.
   */
  const setAsideApplication = async (applicationNumber: string): Promise<void> => {
    try {
      await $strrApi(`/applications/${applicationNumber}/decision/set-aside`, {
        method: 'POST',
        body: {}
      })
    } catch (e) {
      logFetchError(e, t('error.setAsideApplication'))
      strrModal.openErrorModal('Error', t('error.setAsideApplication'), false)
    }
  }

  /**
   * Set aside registration.
   *
   * @param {number} registrationId - The registration id to set aside.
   */
  const setAsideRegistration = async (registrationId: number): Promise<void> => {
    try {
      await $strrApi(`/registrations/${registrationId}/decision/set-aside`, {
        method: 'POST',
        body: {}
      })
    } catch (e) {
      logFetchError(e, t('error.setAsideRegistration'))
      strrModal.openErrorModal('Error', t('error.setAsideRegistration'), false)
    }
  }

  /**
   * Update the status of a registration.
   *
   * @param {number} registrationId - The registrationId for the registration to be updated.
   * @param {string} status - RegistrationStatus value (ACTIVE [reinstate], SUSPENDED or CANCELLED).
   */
  const updateRegistrationStatus = async (
    registrationId: number,
    status: RegistrationStatus,
    content?: string,
    conditionsOfApproval?: ConditionsOfApproval
  ): Promise<void> => {
    await $strrApi(`/registrations/${registrationId}/status`, {
      method: 'PUT',
      body: {
        status,
        ...(content && { emailContent: content }),
        conditionsOfApproval
      }
    })
  }

  /**
   * Get a registration by registrationId.
   *
   * @param {number} registrationId - The registrationId for the registration.
   */
  const getRegistrationById = async (registrationId: string): Promise<HousRegistrationResponse> => {
    const resp = await $strrApi<HousRegistrationResponse>(`/registrations/${registrationId}`, {
      method: 'GET'
    })
    activeRecord.value = resp
    return resp
  }

  const getApplicationFilingHistory = async (applicationNumber: string): Promise<FilingHistoryEvent[]> => {
    try {
      return await $strrApi<FilingHistoryEvent[]>(`/applications/${applicationNumber}/events?include_interaction_delivery=true`, {
        method: 'GET'
      })
    } catch (e) {
      logFetchError(e, t('error.filingHistory'))
      return []
    }
  }

  const getRegistrationFilingHistory = async (registrationId: number): Promise<FilingHistoryEvent[]> => {
    try {
      return await $strrApi<FilingHistoryEvent[]>(`/registrations/${registrationId}/events?include_interaction_delivery=true`, {
        method: 'GET'
      })
    } catch (e) {
      logFetchError(e, t('error.filingHistory'))
      return []
    }
  }

  /**
   * Get examiner notes for an application.
   *
   * @param {string} applicationNumber - Application number.
   */
  const getApplicationNotes = async (applicationNumber: string): Promise<ExaminerNote[]> => {
    const resp = await $strrApi<{ notes: ExaminerNote[] }>(`/applications/${applicationNumber}/notes`, {
      method: 'GET'
    })
    return resp.notes
  }

  /**
   * Get examiner notes for a registration.
   *
   * @param {number} registrationId - Registration id.
   */
  const getRegistrationNotes = async (registrationId: number): Promise<ExaminerNote[]> => {
    const resp = await $strrApi<{ notes: ExaminerNote[] }>(`/registrations/${registrationId}/notes`, {
      method: 'GET'
    })
    return resp.notes
  }

  /**
   * Create an examiner note on an application.
   *
   * @param {string} applicationNumber - Application number.
   * @param {string} content - Note text.
   */
  const createApplicationNote = async (applicationNumber: string, text: string): Promise<ExaminerNote> => {
    return await $strrApi<ExaminerNote>(`/applications/${applicationNumber}/notes`, {
      method: 'POST',
      body: { text }
    })
  }

  /**
   * Create an examiner note on a registration.
   *
   * @param {number} registrationId - Registration id.
   * @param {string} content - Note text.
   */
  const createRegistrationNote = async (registrationId: number, text: string): Promise<ExaminerNote> => {
    return await $strrApi<ExaminerNote>(`/registrations/${registrationId}/notes`, {
      method: 'POST',
      body: { text }
    })
  }

  /**
   * Get a snapshot by registrationId and snapshotId.
   *
   * @param {string} registrationId - The registrationId for the registration
   * @param {string} snapshotId - The snapshotId for the snapshot
   */
  const getSnapshotById = async (
    registrationId: string,
    snapshotId: string
  ): Promise<any> => {
    return await $strrApi<any>(
      `/registrations/${registrationId}/snapshots/${snapshotId}`,
      { method: 'GET' }
    )
  }

  const openDocInNewTab = async (
    appRegNumber: string | number,
    supportingDocument: ApiDocument,
    type: 'applications' | 'registrations'
  ) => {
    const file = await getDocument(appRegNumber, supportingDocument.fileKey, type)
    const blob = new Blob([file], { type: supportingDocument.fileType })
    const url = URL.createObjectURL(blob)
    window.open(url, '_blank')
    URL.revokeObjectURL(url)
  }

  const resetFilters = () => {
    Object.assign(
      tableFilters,
      {
        searchText: '',
        registrationNumber: '',
        registrationType: [],
        requirements: [],
        applicantName: '',
        propertyAddress: '',
        status: [],
        subStatus: [],
        submissionDate: { start: null, end: null },
        lastModified: { start: null, end: null },
        localGov: '',
        adjudicator: ''
      }
    )
    tablePage.value = 1
  }

  /**
   * Saves the updated rental unit address for either an application or registration.
   *
   * @param {Partial<EditStrAddress>} updatedAddress - The new address data to save
   * @param {string|number} identifier - The ID of the application or registration
   * @param {boolean} isApplication - Flag indicating if this is an application (true) or registration (false)
   * @returns {Promise<void>}
   */
  const saveRentalUnitAddress = async (
    updatedAddress: Partial<EditStrAddress>,
    identifier: string | number,
    isApplication: boolean
  ): Promise<void> => {
    try {
      const endpoint = isApplication
        ? `/applications/${identifier}/str-address`
        : `/registrations/${identifier}/str-address`
      const resp = await $strrApi(endpoint, {
        method: 'PATCH',
        body: {
          unitAddress: updatedAddress
        }
      })
      activeRecord.value = resp
      resetEditRentalUnitAddress()
    } catch (e) {
      logFetchError(e, t('error.saveAddress'))
      strrModal.openErrorModal('Error', t('error.saveAddress'), false)
    }
  }

  /**
   * Patches registration data.
   *
   * @param {number} registrationId - The registration ID to update.
   * @param {string} updatedEmail - The new primary contact email.
   * @returns {Promise<void>}
   */
  const patchRegistration = async (
    registrationId: number,
    updatedEmail: string
  ): Promise<void> => {
    try {
      const resp = await $strrApi(`/registrations/${registrationId}`, {
        method: 'PATCH',
        body: {
          primaryContact: {
            emailAddress: updatedEmail
          }
        }
      })
      activeRecord.value = resp
      resetEditRegistrationEmail()
    } catch (e) {
      logFetchError(e, t('error.saveAddress'))
      strrModal.openErrorModal('Error', t('error.saveAddress'), false)
    }
  }

  return {
    tableFilters,
    tableLimit,
    tablePage,
    isApplication,
    activeRecord,
    activeReg,
    activeHeader,
    hasRegistrationNumber,
    isHostApplication,
    isAssignedToUser,
    sendNocSchema,
    emailContent,
    snapshotInfo,

    // examiner approval conditions
    conditions,
    customConditions,
    minBookingDays,
    decisionEmailContent,

    emailFormRef,
    decisionEmailFormRef,
    sendEmailSchema,
    showComposeEmail,
    showComposeNocEmail,
    isFilingHistoryOpen,
    isEditingRentalUnit,
    rentalUnitAddressToEdit,
    hasUnsavedRentalUnitChanges,
    isEditingRegistrationEmail,
    registrationEmailToEdit,
    hasUnsavedRegistrationEmailChanges,

    applicationsOnlyStatuses,
    registrationsOnlyStatuses,

    activePaymentTotal,
    activePaymentDate,
    viewReceipt,
    approveApplication,
    provisionallyApproveApplication,
    rejectApplication,
    sendNoticeOfConsideration,
    sendNoticeOfConsiderationForRegistration,
    fetchApplications,
    fetchRegistrations,
    getNextApplication,
    getApplicationById,
    getDocument,
    setAsideRegistration,
    openDocInNewTab,
    resetFilters,
    updateRegistrationStatus,
    getRegistrationById,
    assignApplication,
    unassignApplication,
    assignRegistration,
    unassignRegistration,
    setAsideApplication,
    getApplicationFilingHistory,
    getRegistrationFilingHistory,
    getApplicationNotes,
    getRegistrationNotes,
    createApplicationNote,
    createRegistrationNote,
    getSnapshotById,
    startEditRentalUnitAddress,
    resetEditRentalUnitAddress,
    saveRentalUnitAddress,
    rentalUnitAddressSchema,
    startEditRegistrationEmail,
    resetEditRegistrationEmail,
    patchRegistration,
    registrationUpdateSchema
  }
}, { persist: true }) // will persist data in session storage
