export interface Role {
  role: string;
  display: string;
  uuid: string;
}
