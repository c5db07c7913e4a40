export class PatLabInfoVM {
    RequisitionId: number = 0;
    PatientName: string = null;
    TestName: string = null;
    VendorName: string = null;
    IsSelected: boolean = false;
    ExternalLabSampleStatus: string = "";
}