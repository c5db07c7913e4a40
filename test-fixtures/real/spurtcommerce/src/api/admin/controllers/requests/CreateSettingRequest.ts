/*
 * spurtcommerce API
 * version 5.2.0
 * Copyright (c) 2021 piccosoft ltd
 * Author piccosoft ltd <support@piccosoft.com>
 * Licensed under the MIT license.
 */

import 'reflect-metadata';
export class CreateSettingRequest {
    public siteUrl: string;

    public metaTagTitle: string;
    public businessName: string;
    public metaTagDescription: string;
    public metaTagKeywords: string;
    public siteName: string;
    public storeOwner: string;
    public storeAddress1: string;
    public storeAddress2: string;
    public storeDescription: string;
    public storeCity: string;
    public storePostalCode: string;
    public zoneId: number;
    public countryId: number;
    public storeEmail: string;
    public storeTelephone: string;
    public storeFax: string;
    public storeLogo: string;
    public siteCategory: string;
    public emailLogo: string;
    public invoiceLogo: string;
    public maintenanceMode: number;
    public storeLanguageName: string;
    public storeSecondaryLanguageName: string;
    public country: string[];
    public storeCurrencyId: number;
    public storeImage: string;
    public dateFormat: string;
    public timeFormat: string;
    public defaultCountry: number;
    public currencyFormat: string;
    public currencySymbol: string;
    public google: string;
    public twitter: string;
    public instagram: string;
    public facebook: string;
    public status: number;
    public invoicePrefix: string;
    public orderStatus: number;
    public categoryProductCount: number;
    public itemsPerPage: number;
    public accessKey: string;
    public settingId: number;
    public pendingStatus: number;
    public defaultWebsite: number;
    public youtube: string;
    public mailImage: string;
    public adminLogo: string;
    public sellerLogo: string;
    public sellerLogo2: string;
    public linkedIn: string;
    public timeZone: string;
    public orderCancelStatusId: number;
    public cancellationType: number;
    public isAutoApproveCancellation: number;
    public sellerApprovalTimeframeUnit: number;
    public sellerApprovalTimeframeValue: number;
    public isProductCancellable: number;
    public copyrights: string;
}
