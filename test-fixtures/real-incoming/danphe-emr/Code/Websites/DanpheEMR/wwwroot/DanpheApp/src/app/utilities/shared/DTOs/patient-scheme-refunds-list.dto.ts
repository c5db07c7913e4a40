export class PatientSchemeRefundsList_DTO {
  public RefundedDate: string = "";
  public SchemeName: string = "";
  public RefundAmount: number = 0;
  public FullName: string = "";
  public Remarks: string = "";
}
