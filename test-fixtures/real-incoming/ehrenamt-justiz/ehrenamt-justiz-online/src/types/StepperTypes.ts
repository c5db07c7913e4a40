export interface StepperItem {
  id: string;
  label: string;
  icon: string;
}
