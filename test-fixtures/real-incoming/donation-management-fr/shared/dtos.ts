export interface PaymentModeDto {
  id: string
  name: string
  createdAt: string
  updatedAt: string
  isDisabled: boolean
}

export interface OrganisationRefDto {
  id: string
  name: string
  isDisabled: boolean
  isTaxReceiptEnabled: boolean
}

export interface OrganisationDto extends OrganisationRefDto {
  createdAt: string
  updatedAt: string
  title?: string
  streetAddress?: string
  city?: string
  postalCode?: string
  logo?: FileMetadataDto
  object?: string
  objectDescription?: string
  signatoryName?: string
  signatoryPosition?: string
  signature?: FileMetadataDto
}

export interface DonationTypeDto {
  id: string
  name: string
  createdAt: string
  updatedAt: string
  organisationId: string
  isDisabled: boolean
  isTaxReceiptEnabled: boolean
}

export interface DonationMethodDto {
  id: string
  name: string
  isDisabled: boolean
  createdAt: string
  updatedAt: string
  isDefault: boolean
}

export interface DonationAssetTypeDto {
  id: string
  name: string
  isDisabled: boolean
  createdAt: string
  updatedAt: string
  isDefault: boolean
}

export interface DonorRefDto {
  id: string
  lastName: string
  firstName?: string
  isDisabled: boolean
}
export interface DonorListItemDto extends DonorRefDto {
  updatedAt: string
  externalId: number
  donationCount: number
  donationTotalAmount: number
  email?: string
}

export interface DonorDto extends DonorListItemDto {
  createdAt: string
  phoneNumber?: string
  civility?: string
  streetAddress1?: string
  streetAddress2?: string
  postalCode?: string
  city?: string
  state?: string
  country?: string
  isFacilitator: boolean
  isDisabled: boolean
}

export type TaxReceiptType = 'ANNUAL' | 'INDIVIDUAL'
export type TaxReceiptStatus = 'PENDING' | 'PROCESSING' | 'FAILED' | 'COMPLETED' | 'CANCELED'

export interface TaxReceiptListItemDto {
  id: string
  createdAt: string
  updatedAt: string
  receiptNumber: number
  donor: DonorRefDto
  type: TaxReceiptType
  file?: {
    id: string
    name: string
  }
  status: TaxReceiptStatus
  canceledAt?: string
  canceledReason?: string
}

export interface DonationRefDto {
  id: string
  donatedAt: string
  amount: number
  donor: DonorRefDto
}

export interface DonationListItemDto extends DonationRefDto {
  updatedAt: string
  paymentMode: PaymentModeDto
  organisation: OrganisationRefDto
  donationType: DonationTypeDto
  isTaxReceiptEnabled: boolean
  taxReceiptId?: string
}

export interface DonationDto extends DonationListItemDto {
  createdAt: string
  donationMethod: DonationMethodDto
  donationAssetType: DonationAssetTypeDto
}

export type FileStatusDto = 'active' | 'draft'

export interface FileMetadataDto {
  id: string
  uploadedAt: string
  expiresAt?: string
  storageKey: string
  name: string
  size: number
  mimeType: string
  hash: string
  status: FileStatusDto
}

export interface EligibleTaxReceiptDonorDto extends DonorDto {
  donations: DonationListItemDto[]
}

/**
 * Generic pagination DTO
 * @template T - The type of the orderBy property
 */
export interface PaginationRequest<T> {
  page: number
  pageSize: number
  orderBy?: T
}

/**
 * Generic pagination DTO
 * @template T - The type of the orderBy property
 */
export interface PaginationDto<T> extends PaginationRequest<T> {
  totalCount: number
}

export interface DonationListPaginationRequest extends PaginationRequest<DonationListSortOrder> {}
export interface DonationListPagination extends PaginationDto<DonationListSortOrder> {}

export interface DonorListPaginationRequest extends PaginationRequest<DonorListSortOrder> {}
export interface DonorListPagination extends PaginationDto<DonorListSortOrder> {}

export interface TaxReceiptListPaginationRequest
  extends PaginationRequest<TaxReceiptListSortOrder> {}
export interface TaxReceiptListPagination extends PaginationDto<TaxReceiptListSortOrder> {}

export interface DonationListSortOrder {
  updatedAt?: SortOrder
  donatedAt?: SortOrder
  amount?: SortOrder
  paymentMode?: PaymentModeSortOrder
  organisation?: OrganisationRefSortOrder
  donationType?: DonationTypeSortOrder
  donationMethod?: DonationMethodSortOrder
  donationAssetType?: DonationAssetTypeSortOrder
  donor?: DonorRefSortOrder
}

export interface DonorListSortOrder extends DonorRefSortOrder {
  updatedAt?: SortOrder
  donationCount?: SortOrder
  donationTotalAmount?: SortOrder
  email?: SortOrder
}

export interface TaxReceiptListSortOrder {
  donor?: DonorRefSortOrder
  createdAt?: SortOrder
  receiptNumber?: SortOrder
  type?: SortOrder
  file?: TaxReceiptFileSortOrder
}

export interface PaymentModeSortOrder extends NameSortOrder {}
export interface OrganisationRefSortOrder extends NameSortOrder {}
export interface DonationTypeSortOrder extends NameSortOrder {}
export interface DonationMethodSortOrder extends NameSortOrder {}
export interface DonationAssetTypeSortOrder extends NameSortOrder {}
export interface TaxReceiptFileSortOrder extends NameSortOrder {}
export interface DonorRefSortOrder {
  lastName?: SortOrder
}

export type SortOrder = 'asc' | 'desc'

interface NameSortOrder {
  name?: SortOrder
}

export interface DonationListFilter {
  donor?: {
    id?: SelectFilter
    isDisabled?: BoolFilter
  }
  donatedAt?: DateTimeFilter
  amount?: FloatFilter
  paymentModeId?: SelectFilter
  organisationId?: SelectFilter
  donationTypeId?: SelectFilter
}

export interface DonorListFilter {
  id?: SelectFilter
  donatedAt?: DateTimeFilter
  isDisabled?: BoolFilter
  totalAmount?: FloatFilter
}

export interface TaxReceiptListFilter {
  donorId?: SelectFilter
  createdAt?: DateTimeFilter
  type?: TaxReceiptTypeFilter
  status?: TaxReceiptStatusFilter
}

export interface TaxReceiptTypeFilter {
  equals?: TaxReceiptType
}

export interface TaxReceiptStatusFilter {
  in?: TaxReceiptStatus[]
}

export interface SelectFilter {
  in?: string[]
}

export interface DateTimeFilter {
  lte?: Date
  gte?: Date
}

export interface FloatFilter {
  equals?: number
  lte?: number
  gte?: number
}

export interface BoolFilter {
  equals?: boolean
}

export interface ChartItemDto {
  name: string
  count: number
  amount: number
}

export interface GetDashboardSummaryResponse {
  totalDonations: {
    allTime: { count: number; amount: number }
    thisYear: { count: number; amount: number }
    thisMonth: { count: number; amount: number }
  }
  currentWeekDonations: {
    count: number
    amount: number
    donations: DonationRefDto[]
  }
  topDonors: {
    byAmount: DonorListItemDto[]
    byCount: DonorListItemDto[]
  }
  disabledDonorsWithDonations: DonorListItemDto[]
  donationCharts: {
    paymentModes: ChartItemDto[]
    organisations: ChartItemDto[]
    donationTypes: ChartItemDto[]
  }
  taxReceiptStatusCounts: Record<TaxReceiptStatus, number>
}

export interface GetDonationListRequest {
  pagination: DonationListPaginationRequest
  filter?: DonationListFilter
}

export interface GetDonationListResponse {
  donations: DonationListItemDto[]
  pagination: DonationListPagination
}

export interface GetDonorListRequest {
  pagination: DonorListPaginationRequest
  filter?: DonorListFilter
}

export interface GetDonorListResponse {
  donors: DonorListItemDto[]
  pagination: DonorListPagination
}

export interface GetTaxReceiptListRequest {
  pagination: TaxReceiptListPaginationRequest
  filter?: TaxReceiptListFilter
}

export interface GetTaxReceiptListResponse {
  taxReceipts: TaxReceiptListItemDto[]
  pagination: TaxReceiptListPagination
}

export interface GetEligibleTaxReceiptYearOrganisationsResponse {
  yearOrganisationPairs: {
    year: number
    isReleased: boolean
    organisationId: string
  }[]
  releaseDate: string
}

export interface GetEligibleTaxReceiptDonorsResponse {
  year: number
  organisationId: string
  eligibleDonors: EligibleTaxReceiptDonorDto[]
}

export interface GetOrganisationListResponse {
  organisations: OrganisationDto[]
}

export interface GetOrganisationResponse {
  organisation: OrganisationDto
}

export interface OrganisationRequest {
  name: string
  isTaxReceiptEnabled: boolean
  title?: string
  streetAddress?: string
  city?: string
  postalCode?: string
  logoId?: string
  object?: string
  objectDescription?: string
  signatoryName?: string
  signatoryPosition?: string
  signatureId?: string
}

export interface GetOrganisationRefListResponse {
  organisationRefs: OrganisationRefDto[]
}

export interface GetPaymentModeListResponse {
  paymentModes: PaymentModeDto[]
}

export interface GetDonationTypeListResponse {
  donationTypes: DonationTypeDto[]
}

export interface GetDonationAssetTypeListResponse {
  donationAssetTypes: DonationAssetTypeDto[]
}

export interface GetDonationMethodListResponse {
  donationMethods: DonationMethodDto[]
}

export interface GetDonorRefListResponse {
  donorRefs: DonorRefDto[]
}

export interface GetDonationResponse {
  donation: DonationDto
}

export interface GetDonorResponse {
  donor: DonorDto
}

export interface GetDonationAssetTypeResponse {
  donationAssetType: DonationAssetTypeDto
}

export interface GetDonationMethodResponse {
  donationMethod: DonationMethodDto
}

export interface GetPaymentModeResponse {
  paymentMode: PaymentModeDto
}

export interface GetDonationTypeResponse {
  donationType: DonationTypeDto
}

export interface DonationRequest {
  donorId: string
  donatedAt: string
  amount: number
  organisationId: string
  donationTypeId: string
  paymentModeId: string
  donationMethodId: string
  donationAssetTypeId: string
}

export interface CancelTaxReceiptRequest {
  canceledReason: string
}

export interface DonationAssetTypeRequest {
  name: string
  isDefault: boolean
}

export interface DonationMethodRequest {
  name: string
  isDefault: boolean
}

export interface PaymentModeRequest {
  name: string
}

export interface DonationTypeRequest {
  name: string
  organisationId: string
  isTaxReceiptEnabled: boolean
}

export interface FileUploadRequest {
  file: unknown
}

export interface FileUploadResponse {
  id: string
}

export interface GetTaxReceiptResponse {
  taxReceiptId: string
}

export interface BulkAnnualTaxReceiptRequest {
  donorIds: string[]
}

export interface BulkAnnualTaxReceiptResponse {
  taxReceiptIds: string[]
}

export interface LoginRequest {
  username: string
  password: string
}

export interface LoginResponse {
  accessToken: string
}
