import { useCallback, useContext, useState, useEffect } from "react"
import { useRouter } from "next/router"
import useSWR from "swr"
import axios, { AxiosError } from "axios"
import qs from "qs"
import dayjs from "dayjs"
import utc from "dayjs/plugin/utc"
import tz from "dayjs/plugin/timezone"
import { AuthContext, CatchNetworkError, MessageContext } from "@bloom-housing/shared-helpers"
import { t } from "@bloom-housing/ui-components"
import {
  AgencyFilterParams,
  ApplicationOrderByKeys,
  EnumAgencyFilterParamsComparison,
  EnumListingFilterParamsComparison,
  EnumMultiselectQuestionFilterParamsComparison,
  EnumPropertyFilterParamsComparison,
  Listing,
  ListingFilterParams,
  ListingOrderByKeys,
  ListingViews,
  MultiselectQuestionFilterParams,
  MultiselectQuestionOrderByKeys,
  MultiselectQuestionsApplicationSectionEnum,
  MultiselectQuestionsStatusEnum,
  OrderByEnum,
  UserFilterParams,
  UserOrderByKeys,
  PaginationMeta,
  UserRole,
} from "@bloom-housing/shared-helpers/src/types/backend-swagger"

dayjs.extend(utc)
dayjs.extend(tz)

export interface PaginationProps {
  page?: number
  limit: number | "all"
}

export interface ColumnOrder {
  orderBy: string
  orderDir: string
}

interface UseSingleApplicationDataProps extends PaginationProps {
  listingId: string
}

interface UseSingleFlaggedApplicationDataProps extends UseSingleApplicationDataProps {
  view?: string
  limit: number
  search?: string
}

type UseUserListProps = PaginationProps & {
  search?: string
  filter?: UserFilterParams
  orderBy?: UserOrderByKeys[]
  orderDir?: OrderByEnum[]
}

type UseListingsDataProps = PaginationProps & {
  userId?: string
  search?: string
  sort?: ColumnOrder[]
  roles?: UserRole
  userJurisdictionIds?: string[]
  view?: ListingViews
}

type UsePropertiesListProps = PaginationProps & {
  search?: string
  jurisdictions?: string
}

export function useSingleListingData(listingId: string) {
  const { listingsService } = useContext(AuthContext)
  const fetcher = () => listingId && listingsService.retrieve({ id: listingId })

  const { data, error } = useSWR(`/api/adapter/listings/${listingId}`, fetcher)

  return {
    listingDto: data,
    listingLoading: !error && !data,
    listingError: error,
  }
}

interface BaseListingData {
  filter?: ListingFilterParams[]
  limit?: number | "all"
  orderBy?: ListingOrderByKeys[]
  orderDir?: OrderByEnum[]
  page?: number
  roles?: UserRole
  search?: string
  userId?: string
  userJurisdictionIds?: string[]
  view?: ListingViews
}

export async function fetchBaseListingData({
  filter = [],
  limit,
  orderBy,
  orderDir,
  page,
  roles,
  search = "",
  userId,
  userJurisdictionIds,
  view,
}: BaseListingData): Promise<{
  items: Listing[] | null
  meta: PaginationMeta | null
  error: AxiosError<CatchNetworkError> | null
}> {
  let listings: Listing[] = []
  let pagination: PaginationMeta | null = null
  try {
    const params: BaseListingData = {
      filter,
      limit: limit || "all",
      orderBy: orderBy || [ListingOrderByKeys.status],
      orderDir: orderDir || [OrderByEnum.asc],
      search: search || null,
      roles: roles || null,
      page: page || 1,
      userId: userId || null,
      userJurisdictionIds: userJurisdictionIds || null,
      view: view || ListingViews.fundamentals,
    }

    // filter if logged user is an agent
    if (roles?.isPartner) {
      params.filter.push({
        $comparison: EnumListingFilterParamsComparison["="],
        leasingAgent: userId,
      })
    } else if (roles?.isJurisdictionalAdmin || roles?.isLimitedJurisdictionalAdmin) {
      params.filter.push({
        $comparison: EnumListingFilterParamsComparison.IN,
        jurisdiction: userJurisdictionIds[0],
      })
    }

    const response = await axios.post(`/api/adapter/listings/list`, params)

    listings = response.data.items
    pagination = response.data.meta || null
  } catch (e) {
    console.log("fetchBaseListingData error: ", e)

    return {
      items: null,
      meta: null,
      error: e,
    }
  }

  return {
    items: listings,
    meta: pagination,
    error: null,
  }
}

export function useListingsData({
  page,
  limit,
  userId,
  search = "",
  sort,
  roles,
  userJurisdictionIds,
  view,
}: UseListingsDataProps) {
  const params = {
    page,
    limit,
    filter: [],
    search,
    view: view ?? ListingViews.fundamentals,
  }

  if (sort) {
    Object.assign(params, {
      orderBy: sort?.filter((item) => item.orderBy).map((item) => item.orderBy),
    })
    Object.assign(params, {
      orderDir: sort?.filter((item) => item.orderDir).map((item) => item.orderDir),
    })
  }
  // filter if logged user is an agent
  if (roles?.isPartner) {
    params.filter.push({
      $comparison: EnumListingFilterParamsComparison["="],
      leasingAgent: userId,
    })
  } else if (roles?.isJurisdictionalAdmin || roles?.isLimitedJurisdictionalAdmin) {
    params.filter.push({
      $comparison: EnumListingFilterParamsComparison.IN,
      jurisdiction: userJurisdictionIds[0],
    })
  }

  if (search?.length < 3) {
    delete params.search
  } else {
    Object.assign(params, { search })
  }

  const { listingsService } = useContext(AuthContext)

  const fetcher = () => listingsService.list(params)

  const paramsString = qs.stringify(params)

  const { data, error } = useSWR(`/api/adapter/listings?${paramsString}`, fetcher)

  return {
    listingDtos: data,
    listingsLoading: !error && !data,
    listingsError: error,
  }
}

export const useListingExport = (useSecurePathway = false) => {
  const { listingsService } = useContext(AuthContext)
  const { addToast } = useContext(MessageContext)

  const [csvExportLoading, setCsvExportLoading] = useState(false)

  const onExport = useCallback(async () => {
    setCsvExportLoading(true)

    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      let content: any
      let url: string

      if (useSecurePathway) {
        content = await listingsService.listAsCsvSecure({ timeZone: dayjs.tz.guess() })
        url = content
      } else {
        content = await listingsService.listAsCsv(
          { timeZone: dayjs.tz.guess() },
          { responseType: "arraybuffer" }
        )
        const blob = new Blob([new Uint8Array(content)], { type: "application/zip" })
        url = window.URL.createObjectURL(blob)
      }
      const link = document.createElement("a")
      link.href = url
      const now = new Date()
      const dateString = dayjs(now).format("YYYY-MM-DD_HH-mm")
      link.setAttribute("download", `${dateString}-complete-listing-data.zip`)
      document.body.appendChild(link)
      link.click()
      link.parentNode.removeChild(link)
      addToast(t("t.exportSuccess"), { variant: "success" })
    } catch (err) {
      console.log(err)
      addToast(
        t("account.settings.alerts.genericError", { contactEmail: t("resources.contactEmail") }),
        {
          variant: "alert",
        }
      )
    }

    setCsvExportLoading(false)
  }, [])

  return {
    onExport,
    csvExportLoading,
  }
}

export function useSingleApplicationData(applicationId: string) {
  const { applicationsService } = useContext(AuthContext)
  const backendSingleApplicationsEndpointUrl = `/api/adapter/applications/${applicationId}`

  const fetcher = () => applicationsService.retrieve({ applicationId: applicationId })
  const { data, error } = useSWR(backendSingleApplicationsEndpointUrl, fetcher)

  return {
    application: data,
    applicationLoading: !error && !data,
    applicationError: error,
  }
}

export function useFlaggedApplicationsList({
  listingId,
  page,
  limit,
  view,
  search = "",
}: UseSingleFlaggedApplicationDataProps) {
  const { applicationFlaggedSetsService } = useContext(AuthContext)

  const params = {
    listingId,
    page,
    limit,
    search,
  }

  if (view) {
    Object.assign(params, { view })
  }

  if (search?.length < 3) {
    delete params.search
  } else {
    Object.assign(params, { search })
  }

  const paramString = qs.stringify(params)

  const endpoint = `/api/adapter/applicationFlaggedSets?${paramString}`

  const fetcher = () => applicationFlaggedSetsService.list(params)

  const { data, error } = useSWR(endpoint, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useApplicationsData(
  currentPage: number,
  delayedFilterValue: string,
  limit: number,
  listingId: string,
  orderBy?: ApplicationOrderByKeys,
  order?: OrderByEnum
) {
  const { applicationsService } = useContext(AuthContext)

  const params = {
    listingId,
    page: currentPage,
    limit,
  }

  if (delayedFilterValue) {
    Object.assign(params, { search: delayedFilterValue })
  }

  if (orderBy) {
    Object.assign(params, { orderBy, order: order || OrderByEnum.asc })
  }

  const paramsString = qs.stringify(params)

  const endpoint = `/api/adapter/applications?${paramsString}`

  const fetcher = () => applicationsService.list(params)
  const { data, error } = useSWR(endpoint, fetcher)

  const applications = data?.items
  const appsMeta = data?.meta

  return {
    applications: applications ?? [],
    appsMeta,
    appsLoading: !error && !data,
    appsError: error,
  }
}

export function useFlaggedApplicationsMeta(listingId: string) {
  const { applicationFlaggedSetsService } = useContext(AuthContext)

  const params = {
    listingId,
  }

  const queryParams = new URLSearchParams()
  queryParams.append("listingId", listingId)

  const endpoint = `/api/adapter/applicationFlaggedSetsMeta?${queryParams.toString()}`

  const fetcher = () => applicationFlaggedSetsService.meta(params)

  const { data, error } = useSWR(endpoint, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}
export function useSingleFlaggedApplication(afsId: string) {
  const { applicationFlaggedSetsService } = useContext(AuthContext)

  const fetcher = () =>
    applicationFlaggedSetsService.retrieve({
      afsId,
    })

  const cacheKey = `/api/adapter/applicationFlaggedSets/${afsId}`

  const { data, error } = useSWR(cacheKey, fetcher)

  return {
    cacheKey,
    data,
    error,
    loading: !error && !data,
  }
}

export function useSingleAmiChartData(amiChartId: string) {
  const { amiChartsService } = useContext(AuthContext)
  const fetcher = () => amiChartsService.retrieve({ amiChartId })

  const { data, error } = useSWR(`/api/adapter/amiCharts/${amiChartId}`, fetcher)

  return {
    data,
    error,
  }
}

export function useAmiChartList(jurisdiction: string) {
  const { amiChartsService } = useContext(AuthContext)
  const fetcher = () => amiChartsService.list({ jurisdictionId: jurisdiction })

  const { data, error } = useSWR(`/api/adapter/amiCharts/${jurisdiction}`, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useSingleAmiChart(amiChartId: string) {
  const { amiChartsService } = useContext(AuthContext)
  const fetcher = () => amiChartsService.retrieve({ amiChartId })

  const { data, error } = useSWR(`/api/adapter/amiCharts/${amiChartId}`, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useUnitTypeList() {
  const { unitTypesService } = useContext(AuthContext)
  const fetcher = () => unitTypesService.list()

  const { data, error } = useSWR(`/api/adapter/unitTypes`, fetcher)

  const sortedData = data?.sort((a, b) => a.numBedrooms - b.numBedrooms)

  return {
    data: sortedData,
    loading: !error && !data,
    error,
  }
}

export function useJurisdiction(jurisdictionId: string) {
  const { jurisdictionsService } = useContext(AuthContext)
  const fetcher = () =>
    jurisdictionsService.retrieve({
      jurisdictionId,
    })

  const { data, error } = useSWR(`/api/adapter/jurisdictions/${jurisdictionId}`, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useMultiselectQuestionList() {
  const { multiselectQuestionsService } = useContext(AuthContext)
  const fetcher = () => multiselectQuestionsService.list()

  const { data, error } = useSWR(`/api/adapter/multiselectQuestions`, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

interface MSQTableSettings {
  sort?: ColumnOrder[]
  search?: string
  page?: number
  limit?: number
}

export function useJurisdictionalMultiselectQuestionList(
  jurisdictionId: string,
  applicationSection?: MultiselectQuestionsApplicationSectionEnum,
  statuses?: MultiselectQuestionsStatusEnum[],
  tableSettings?: MSQTableSettings
) {
  const { multiselectQuestionsService } = useContext(AuthContext)

  const params: {
    filter: MultiselectQuestionFilterParams[]
    orderBy: MultiselectQuestionOrderByKeys[]
    orderDir: OrderByEnum[]
    search?: string
    limit?: number | "all"
    page?: number
  } = {
    filter: [],
    orderBy: [],
    orderDir: [],
    search: undefined,
    limit: "all",
    page: undefined,
  }
  params.filter.push({
    $comparison: EnumMultiselectQuestionFilterParamsComparison["IN"],
    jurisdiction: jurisdictionId && jurisdictionId !== "" ? jurisdictionId : undefined,
  })
  tableSettings?.sort?.forEach((sortItem) => {
    switch (sortItem.orderBy) {
      case "name":
        params.orderBy.push(MultiselectQuestionOrderByKeys.name)
        break
      case "status":
        params.orderBy.push(MultiselectQuestionOrderByKeys.status)
        break
      case "jurisdiction":
        params.orderBy.push(MultiselectQuestionOrderByKeys.jurisdiction)
        break
      case "updatedAt":
        params.orderBy.push(MultiselectQuestionOrderByKeys.updatedAt)
        break
    }
    params.orderDir.push(sortItem.orderDir as OrderByEnum)
  })
  if (tableSettings?.search) {
    params.search = tableSettings.search
  }
  if (tableSettings?.limit) {
    params.limit = tableSettings.limit
  }
  if (tableSettings?.page) {
    params.page = tableSettings.page
  }
  if (applicationSection) {
    params.filter.push({
      $comparison: EnumMultiselectQuestionFilterParamsComparison["="],
      applicationSection,
    })
  }
  if (statuses) {
    params.filter.push({
      $comparison: EnumMultiselectQuestionFilterParamsComparison["IN"],
      status: statuses.join(",") as MultiselectQuestionsStatusEnum,
    })
  }

  const paramsString = qs.stringify(params)

  const fetcher = () => multiselectQuestionsService.list(params)

  const cacheKey = `/api/adapter/multiselectQuestions/list?${paramsString}`

  const { data, error } = useSWR(cacheKey, fetcher)

  return {
    cacheKey,
    data: data,
    loading: !error && !data,
    error,
  }
}

export function useListingsMultiselectQuestionList(multiselectQuestionId: string) {
  const { listingsService } = useContext(AuthContext)

  const fetcher = () =>
    listingsService.retrieveListings({
      multiselectQuestionId,
    })

  const { data, error } = useSWR(
    `/api/adapter/multiselectQuestions/listings/${multiselectQuestionId}`,
    fetcher
  )

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useReservedCommunityTypeList() {
  const { reservedCommunityTypeService } = useContext(AuthContext)
  const fetcher = () => reservedCommunityTypeService.list()

  const { data, error } = useSWR(`/api/adapter/reservedCommunityTypes`, fetcher)

  return {
    data,
    loading: !error && !data,
    error,
  }
}

export function useUserList({
  page,
  limit,
  filter = { isPortalUser: true },
  orderBy = [],
  orderDir = [],
  search = "",
}: UseUserListProps) {
  const params = {
    page,
    limit,
    filter: [filter],
    orderBy,
    orderDir,
    search,
  }

  if (search?.length < 3) {
    delete params.search
  } else {
    Object.assign(params, { search })
  }

  const paramsString = qs.stringify(params)

  const { userService } = useContext(AuthContext)

  const fetcher = () => userService.list(params)

  const cacheKey = `/api/adapter/user/list?${paramsString}`

  const { data, error } = useSWR(cacheKey, fetcher)

  return {
    cacheKey,
    data,
    loading: !error && !data,
    error,
  }
}

export const createDateStringFromNow = (format = "YYYY-MM-DD_HH:mm:ss"): string => {
  const now = new Date()
  return dayjs(now).format(format)
}

export const useZipExport = (
  listingId: string,
  includeDemographics: boolean,
  isLottery: boolean,
  isSpreadsheet = false,
  useSecurePathway = false
) => {
  const { applicationsService, lotteryService } = useContext(AuthContext)
  const [exportLoading, setExportLoading] = useState(false)
  const { addToast } = useContext(MessageContext)

  const onExport = useCallback(async () => {
    setExportLoading(true)
    try {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      let content: any
      if (isLottery) {
        content = useSecurePathway
          ? await lotteryService.lotteryResultsSecure({
              id: listingId,
              includeDemographics,
              timeZone: dayjs.tz.guess(),
            })
          : await lotteryService.lotteryResults(
              { id: listingId, includeDemographics, timeZone: dayjs.tz.guess() },
              { responseType: "arraybuffer" }
            )
      } else {
        if (isSpreadsheet) {
          content = useSecurePathway
            ? await applicationsService.listAsSpreadsheetSecure({
                id: listingId,
                includeDemographics,
                timeZone: dayjs.tz.guess(),
              })
            : await applicationsService.listAsSpreadsheet(
                { id: listingId, includeDemographics, timeZone: dayjs.tz.guess() },
                { responseType: "arraybuffer" }
              )
        } else {
          content = useSecurePathway
            ? await applicationsService.listAsCsvSecure({
                id: listingId,
                includeDemographics,
                timeZone: dayjs.tz.guess(),
              })
            : await applicationsService.listAsCsv(
                { id: listingId, includeDemographics, timeZone: dayjs.tz.guess() },
                { responseType: "arraybuffer" }
              )
        }
      }

      let url: string

      if (useSecurePathway) {
        url = content
      } else {
        const blob = new Blob([new Uint8Array(content)], { type: "application/zip" })
        url = window.URL.createObjectURL(blob)
      }

      const link = document.createElement("a")
      link.href = url
      link.setAttribute(
        "download",
        `${isLottery ? "lottery" : "applications"}-${listingId}-${createDateStringFromNow(
          "YYYY-MM-DD_HH-mm"
        )}.zip`
      )
      document.body.appendChild(link)
      link.click()
      link.parentNode.removeChild(link)
      addToast(t("t.exportSuccess"), { variant: "success" })
    } catch (err) {
      console.log(err)
      addToast(
        t("account.settings.alerts.genericError", { contactEmail: t("resources.contactEmail") }),
        {
          variant: "alert",
        }
      )
    }
    setExportLoading(false)
  }, [])

  return {
    onExport,
    exportLoading,
  }
}

export const useUsersExport = () => {
  const { userService } = useContext(AuthContext)

  return useCsvExport(
    () => userService.listAsCsv(),
    `users-${createDateStringFromNow("YYYY-MM-DD_HH:mm")}.csv`
  )
}

export const useAdvocateUserExport = () => {
  const { userService } = useContext(AuthContext)

  return useCsvExport(
    () => userService.listAdvocatesAsCsv(),
    `advocate-users-${createDateStringFromNow("YYYY-MM-DD_HH:mm")}.csv`
  )
}

const useCsvExport = (
  endpoint: () => Promise<string>,
  fileName: string,
  exportedAsSpreadsheet = false
) => {
  const [csvExportLoading, setCsvExportLoading] = useState(false)
  const { addToast } = useContext(MessageContext)

  const onExport = useCallback(async () => {
    setCsvExportLoading(true)

    try {
      const content = await endpoint()
      const blob = new Blob([content], { type: exportedAsSpreadsheet ? "text/xlsx" : "text/csv" })
      const fileLink = document.createElement("a")
      fileLink.setAttribute("download", fileName)
      fileLink.href = URL.createObjectURL(blob)
      fileLink.click()
      addToast(t("t.exportSuccess"), { variant: "success" })
    } catch (err) {
      console.log(err)
      addToast(
        t("account.settings.alerts.genericError", { contactEmail: t("resources.contactEmail") }),
        {
          variant: "alert",
        }
      )
    }

    setCsvExportLoading(false)
  }, [endpoint, fileName, addToast])

  return {
    onExport,
    csvExportLoading,
  }
}

export function useMapLayersList(jurisdictionId?: string) {
  const { mapLayersService } = useContext(AuthContext)
  const backendMapLayersUrl = `/api/adapter/mapLayers/${jurisdictionId}`

  const fetcher = () => mapLayersService.list({ jurisdictionId })
  const { data, error } = useSWR(backendMapLayersUrl, fetcher)

  return {
    mapLayers: data,
    mapLayersLoading: !error && !data,
    mapLayersError: error,
  }
}

export function useLotteryActivityLog(listingId: string) {
  const { lotteryService } = useContext(AuthContext)
  const fetcher = () => listingId && lotteryService.lotteryActivityLog({ id: listingId })

  const { data, error } = useSWR(`/api/adapter/lottery/lotteryActivityLog/${listingId}`, fetcher)

  return {
    lotteryActivityLogData: data,
    lotteryActivityLogLoading: !error && !data,
    lotteryError: error,
  }
}

export function useWatchOnFormNumberFieldsChange(
  fieldValuesToWatch: number[],
  fieldToTriggerWatch: string[],
  trigger?: (name?: string | string[]) => Promise<boolean>
) {
  useEffect(() => {
    // Guard against undefined trigger or missing field values
    // this was causing the cyrpress error Cannot destructure property 'ref' of 'undefined' as it is undefined.
    // this is related to react hook form
    if (!trigger || typeof trigger !== "function" || !fieldValuesToWatch.some((value) => value)) {
      return
    }

    const timeoutId = setTimeout(() => {
      try {
        if (trigger && typeof trigger === "function") {
          void trigger(fieldToTriggerWatch)
        }
      } catch (error) {
        console.debug("Form trigger error (likely component unmounted):", error)
      }
    }, 0)

    return () => clearTimeout(timeoutId)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fieldToTriggerWatch.join(","), fieldValuesToWatch.join(","), trigger])
}

type UseAgenciesListProps = PaginationProps & {
  search?: string
  jurisdictions?: string
}

export function useAgenciesList({ page, limit, search, jurisdictions }: UseAgenciesListProps) {
  const filter: AgencyFilterParams[] = []
  const params = {
    page,
    limit,
    search,
    filter,
  }

  if (search?.length < 3) {
    delete params.search
  } else {
    Object.assign(params, { search })
  }

  params.filter.push({
    $comparison: EnumAgencyFilterParamsComparison.IN,
    jurisdiction: jurisdictions && jurisdictions !== "" ? jurisdictions : undefined,
  })

  const paramsString = qs.stringify(params)

  const { agencyService } = useContext(AuthContext)

  const fetcher = () => agencyService.list(params)

  const cacheKey = `/api/adapter/agency?${paramsString}`

  const { data, error } = useSWR(cacheKey, fetcher)

  return {
    cacheKey,
    data,
    loading: !error && !data,
    error,
  }
}

export function usePropertiesList({ page, limit, search, jurisdictions }: UsePropertiesListProps) {
  const params = {
    page,
    limit,
    search,
    filter: [],
  }

  if (search?.length < 3) {
    delete params.search
  } else {
    Object.assign(params, { search })
  }

  params.filter.push({
    $comparison: EnumPropertyFilterParamsComparison.IN,
    jurisdiction: jurisdictions && jurisdictions !== "" ? jurisdictions : undefined,
  })

  const paramsString = qs.stringify(params)

  const { propertiesService } = useContext(AuthContext)

  const fetcher = () => propertiesService.list(params)

  const cacheKey = `/api/adapter/properties?${paramsString}`

  const { data, error } = useSWR(cacheKey, fetcher)

  return {
    cacheKey,
    data,
    loading: !error && !data,
    error,
  }
}

export function useRawTranslations({
  jurisdictionId,
  site,
  language,
}: {
  jurisdictionId: string
  site: string
  language: string
}) {
  const { translationsService } = useContext(AuthContext)

  const fetcher = () => translationsService.getRawTranslations({ jurisdictionId, site, language })

  // Null key so SWR skips the request until a scope is chosen.
  const cacheKey = jurisdictionId
    ? `/api/adapter/translations/jurisdictions/${jurisdictionId}/raw/${site}/${language}`
    : null

  // Writes call `mutate` on this key; refreshing on focus would move data under an in-progress edit.
  const { data, error } = useSWR(cacheKey, fetcher, {
    revalidateOnFocus: false,
    revalidateOnReconnect: false,
  })

  return {
    cacheKey,
    data,
    loading: !!cacheKey && !error && !data,
    error,
  }
}

/**
 * Warns before unsaved work is lost, on an in-app route change and on the browser closing or
 * reloading.
 *
 * Going back is only partly covered: `beforeunload` does not fire for it, and the history entry is
 * already popped by the time this runs, so cancelling keeps the edits but leaves the address bar
 * on the previous URL.
 */
export function useUnsavedChangesWarning(hasUnsavedChanges: boolean, message: string) {
  const router = useRouter()

  useEffect(() => {
    if (!hasUnsavedChanges) return

    const handleBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault()
      event.returnValue = ""
    }

    const handleRouteChange = () => {
      if (window.confirm(message)) return
      router.events.emit("routeChangeError")
      throw "Route change cancelled: the page has unsaved changes"
    }

    window.addEventListener("beforeunload", handleBeforeUnload)
    router.events.on("routeChangeStart", handleRouteChange)

    return () => {
      window.removeEventListener("beforeunload", handleBeforeUnload)
      router.events.off("routeChangeStart", handleRouteChange)
    }
  }, [hasUnsavedChanges, message, router.events])
}
