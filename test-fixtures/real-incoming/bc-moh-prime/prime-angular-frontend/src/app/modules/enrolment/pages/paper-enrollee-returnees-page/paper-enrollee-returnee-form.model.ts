export interface PaperEnrolleeForm {
  paperEnrolleeGpid: string;
}
