export class DynamicsFormFieldOption {

  value: number;
  label: string;
  name: string;
  description: string;

  constructor() { }
}
