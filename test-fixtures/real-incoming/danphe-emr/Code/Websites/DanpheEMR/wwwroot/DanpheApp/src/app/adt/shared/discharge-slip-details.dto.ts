export class DischargeSlipDetails_DTO {
    public PatientName: string = "";
    public AgeGender: string = "";
    public HospitalNumber: string = "";
    public IpNumber: string = "";
    public WardNameBedNumber: string = "";
    public DepartmentName: string = "";
    public DoctorName: string = "";
    public AdmittedOn: string = "";
    public DischargedOn: string = "";
}