export class CfgPaymentModesSettings{
    PaymentModeSettingsId : number = 0;
    IsRemarksMandatory : boolean = false;
    ShowPaymentDetails : boolean = false;
    IsActive : boolean = false;
    DisplaySequence : boolean = false;
    PaymentModeSubCategoryId : boolean = false;
    ModuleName : string = '';
    PageName : string = '';
    PaymentPageId:number = null;
    PaymentModeSettingsValue : string = '';
}