import ChFormFieldBaseComponent from './field-base';

export default class ChFormTextFieldComponent extends ChFormFieldBaseComponent {
  controlClassDefault = 'form-control';
}
