export class NursingDepartment_DTO {
    public DepartmentId: number = 0;
    public DepartmentName: string = '';
}