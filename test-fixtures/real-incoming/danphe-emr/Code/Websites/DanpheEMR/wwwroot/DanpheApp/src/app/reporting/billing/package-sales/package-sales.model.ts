import {
  NgForm,
  FormGroup,
  FormControl,
  Validators,
  FormBuilder,
  ReactiveFormsModule
} from '@angular/forms'

export class RPT_BIL_PackageSalesModel {

  public FromDate: string = null;
  public ToDate: string = null;


  constructor() {

  }

}
