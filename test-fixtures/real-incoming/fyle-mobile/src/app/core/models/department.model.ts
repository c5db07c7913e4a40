export interface Department {
  id: string;
  code: string;
  name: string;
  sub_department: string;
  display_name: string;
}
