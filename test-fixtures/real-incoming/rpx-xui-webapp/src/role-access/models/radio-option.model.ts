export interface RadioOption {
  radioId: string;
  radioName: string;
}
