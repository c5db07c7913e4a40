export interface StrataHotelCategories {
    category: StrataHotelCategory | undefined
}

export interface StrataHotelCategoriesAndPlatformNum {
    category: StrataHotelCategory | undefined
    strataHotelRegistrationNumber: string | undefined
}
