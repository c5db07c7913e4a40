import { AfterViewInit, Component, ElementRef, inject, input, OnChanges, OnDestroy, viewChild } from '@angular/core';
import { ControlValueAccessor, NgControl } from '@angular/forms';
import intlTelInput, { Iti } from 'intl-tel-input';

type IntlTelInputOptions = NonNullable<Parameters<typeof intlTelInput>[1]>;
@Component({
  selector: 'app-fec-international-phone-input',
  templateUrl: './fec-international-phone-input.component.html',
  styleUrls: ['./fec-international-phone-input.component.scss'],
})
export class FecInternationalPhoneInputComponent implements AfterViewInit, OnChanges, OnDestroy, ControlValueAccessor {
  readonly ngControl = inject(NgControl);
  readonly inputId = input('telephone');
  readonly disabled = input(false);
  readonly labelName = input('');
  readonly internationalPhoneInputChild = viewChild.required<ElementRef<HTMLInputElement>>('internationalPhoneInput');

  private intlTelInput: Iti | undefined;
  private readonly intlTelInputOptions: IntlTelInputOptions = {
    separateDialCode: true,
    initialCountry: 'us',
    countryOrder: ['us'],
    allowDropdown: !this.disabled,
  };
  private countryCode: string | undefined;
  private number = '';

  constructor() {
    this.ngControl.valueAccessor = this;
  }

  ngOnChanges(): void {
    this.intlTelInputOptions.allowDropdown = !this.disabled;
  }

  /**
   * Write form value to the DOM element (model => view)
   */
  writeValue(value: string): void {
    this.intlTelInput?.setNumber(value || '');
    this.onChange(value);
  }

  /**
   * Update form when DOM element value changes (view => model)
   */
  registerOnChange(fn: () => void): void {
    this.onChange = fn;
  }

  /**
   * Update form when DOM element is blurred (view => model)
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  registerOnTouched(fn: () => void): void {
    // noop
  }

  ngAfterViewInit(): void {
    if (this.internationalPhoneInputChild) {
      this.intlTelInput = intlTelInput(this.internationalPhoneInputChild().nativeElement, this.intlTelInputOptions);
      this.intlTelInput.setDisabled(this.disabled());
      this.countryCode = this.intlTelInput?.getSelectedCountryData().dialCode;
      this.internationalPhoneInputChild().nativeElement.addEventListener('countrychange', () => {
        this.countryCode = this.intlTelInput?.getSelectedCountryData().dialCode;
        this.onChange('+' + this.countryCode + ' ' + this.number);
      });
    }
  }

  onKey(event: KeyboardEvent) {
    // without type info
    this.number = (event.target as HTMLInputElement).value;
    const fullNumber = this.number ? '+' + this.countryCode + ' ' + this.number : '';
    this.onChange(fullNumber);
  }

  ngOnDestroy() {
    this.intlTelInput?.destroy();
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  onChange(value: string) {
    // noop
  }

  onBlur(event: FocusEvent) {
    const inputValue = (event.target as HTMLInputElement).value.trim();
    const value = inputValue ? `+${this.countryCode} ${(event.target as HTMLInputElement).value}` : null;
    this.ngControl.control?.setValue(value, { emitEvent: false });
    this.ngControl.control?.updateValueAndValidity();
    this.ngControl.control?.markAsTouched();
    this.ngControl.control?.markAsDirty();
  }
}
