import { Component, Input, Output, EventEmitter, OnInit, signal } from '@angular/core';
import { CommonModule } from '@angular/common';
import { FormGroup, ReactiveFormsModule } from '@angular/forms';
import { NgdsFormsModule } from '@digitalspace/ngds-forms';
import { StepperService } from '../../../services/stepper.service';
import { CartItem } from '../../../../services/cart.service';
import { BookingService } from '../../../../services/booking.service';
import { Router } from '@angular/router';
import { ApiService } from '../../../../services/api.service';
import { DataService } from '../../../../services/data.service';
import { LoadingService } from '../../../../services/loading.service';
import { Constants } from '../../../../constants';
import { lastValueFrom } from 'rxjs';

@Component({
  selector: 'app-payment-step',
  standalone: true,
  imports: [CommonModule, ReactiveFormsModule, NgdsFormsModule],
  templateUrl: './payment-step.component.html',
  styleUrl: './payment-step.component.scss'
})
export class PaymentStepComponent implements OnInit {
  @Input() form: FormGroup | null = null;
  @Input() cartItem: CartItem | null = null; // Added: cart-based input
  @Input() bookingSummary: any = null; // Added: booking summary
  @Input() user: any = null; // Added: user information
  @Input() bookingId: string | null = null; // Booking ID from parent (created before payment)
  @Input() sessionId: string | null = null; // Session ID from booking creation
  
  @Output() stepCompleted = new EventEmitter<boolean>();
  @Output() stepValidated = new EventEmitter<boolean>();
  @Output() paymentProcessed = new EventEmitter<any>(); // Added: payment processing event

  isProcessingPayment = false;

  public transactionUrl;
  public _transactionUrlSignal = signal(null);
  
  constructor(
    private stepperService: StepperService,
    private bookingService: BookingService,
    private router: Router,
    private apiService: ApiService,
    private dataService: DataService,
    private loadingService: LoadingService
  ) {}
  
  ngOnInit(): void {

    if (this.form) {
      this.form.valueChanges.subscribe(() => {
        this.validateStep();
      });
    }
    
    this.validateStep();
  }
  
  isStepValid(): boolean {
    return !!(this.form && this.cartItem && this.bookingSummary);
  }
  
  validateStep(): void {
    const isValid = this.isStepValid();
    this.stepperService.markStepValid(3, isValid); // Step 3 (0-indexed) - payment is 4th step
    this.stepValidated.emit(isValid);
  }
  
  async processPayment(): Promise<void> {
    if (!this.isStepValid() || this.isProcessingPayment) return;
  
    this.isProcessingPayment = true;

    try {
      // Use existing booking from cart item (created when user clicked "book")
      const bookingId = this.cartItem?.bookingId || this.bookingId;
      const sessionId = this.cartItem?.sessionId || this.sessionId;

      if (!bookingId || !sessionId) {
        throw new Error('Booking ID and Session ID required. Booking may have expired.');
      }

      // This will redirect the user to the payment gateway
      await this.initiateTransaction(bookingId, sessionId, this.form.get('primaryOccupant.email').value || this.user?.email || '');
    } catch (error: any) {
      console.error('Error processing payment:', error);

      // Check for waiting room admission expiration
      if (error?.waitingRoom && this.cartItem) {
        // Admission expired or invalidated — send user back to the waiting room
        const params = new URLSearchParams({
          collectionId: this.cartItem.collectionId,
          activityType: this.cartItem.activityType,
          activityId: this.cartItem.activityId,
          startDate: this.cartItem.startDate,
          returnUrl: '/checkout',
        });
        window.location.href = new URL(`waitingroom.html?${params.toString()}`, document.baseURI).toString();
        return;
      }

      alert(`There was an error processing your payment. Please try again later.`);
      this.isProcessingPayment = false;
    }
  }

  formatFormForSubmission() {
    const formValue = this.form.value;
    const normalizedProductId = this.normalizeProductId(this.cartItem?.productId);

    const bookedAt = new Date().toISOString();
    const formattedValue = {
      startDate: formValue.dateRange[0],
      endDate: formValue.dateRange[1],
      productId: normalizedProductId,
      entryPoint: this.getFormattedAccessPointKey(formValue?.entryPoint),
      exitPoint: this.getFormattedAccessPointKey(formValue?.exitPoint),
      displayName: this.cartItem?.activityName || '',
      timezone: 'America/Vancouver', // Todo - update to reflect activity timezone
      bookedAt: bookedAt,
      collectionId: this.cartItem?.collectionId || '',
      activityId: this.cartItem?.activityId || '',
      activityType: this.cartItem?.activityType || '',
      feeInformation: {
        registrationFees: 0, // Todo - update to reflect registration fees
        transactionFees: 0, // Todo - update to reflect transaction fees
        tax: this.getTaxes() || 0, // Todo - update to reflect tax calculation
        total: this.getTotalCost(),
      },
      userId: this.user?.sub ? this.user.sub : 'guest',
      partyInformation: {
        adult: parseInt(formValue.occupants.totalAdult) || 0,
        senior: parseInt(formValue.occupants.totalSenior) || 0,
        youth: parseInt(formValue.occupants.totalYouth) || 0,
        child: parseInt(formValue.occupants.totalChild) || 0,
      },
      rateClass: 'standard', // Todo - update to reflect activity rate class
      namedOccupant: this.getNamedOccupantInformation(),
      smsOptIn: Boolean(formValue?.smsOptIn),
      vehicleInformation: this.getVehicleInformation(formValue),
      equipmentInformation: formValue?.equipmentDetails || formValue?.additionalEquipment || '',
      bookingStatus: 'confirmed',
      location: formValue?.entryPoint?.location ? formValue.entryPoint?.location : { type: "point", coordinates: [-127.86704491749371, 50.85383286629616] } // Todo - update to reflect actual location
    };

    console.log('Formatted Submission Value:', formattedValue);

    if (!formattedValue.userId) {
      delete formattedValue.userId; // Remove user if not logged in
    }

    return formattedValue;
  }

  private normalizeProductId(productId?: string): string | null {
    if (!productId) {
      return null;
    }

    return productId.split('::')[0] || null;
  }

  getFormattedAccessPointKey(accessPoint){
    if (!accessPoint) return null;

    const mockData = [
      { pk: 'facility::bcparks_9398', sk: 'accessPoint::1', value: 'Main Trailhead' },
      { pk: 'facility::bcparks_9398', sk: 'accessPoint::2', value: 'North Access Point' },
      { pk: 'facility::bcparks_9398', sk: 'accessPoint::3', value: 'South Access Point' }
    ];

    const entryPointKey = mockData.find(item => item.value === accessPoint);

    return entryPointKey ? { pk: entryPointKey.pk, sk: entryPointKey.sk } : null;
  }

  getNamedOccupantInformation() {
    // Identity fields (firstName, lastName, email, mobilePhone) are resolved
    // server-side from the authenticated Cognito sub — the FE must not send
    // them or the booking can be made to carry another user's identity
    // (Ref #480). Address fields stay client-provided since Cognito does not
    // reliably carry them for BCSC users.
    const obj: any = {
      contactInfo: {
        streetAddress: this.user?.address?.streetAddress || this.form.get('addressInfo.streetAddress')?.value || '',
        unitNumber: this.user?.address?.unitNumber || this.form.get('addressInfo.unitNumber')?.value || '',
        postalCode: this.user?.address?.postalCode || this.form.get('addressInfo.postalCode')?.value || '',
        city: this.user?.address?.city || this.form.get('addressInfo.city')?.value || '',
        province: this.user?.address?.province || this.form.get('addressInfo.province')?.value || '',
        country: this.user?.address?.country || this.form.get('addressInfo.country')?.value || '',
      }
    };

    for (const key in obj.contactInfo) {
      if (obj.contactInfo[key] === '') {
        delete obj.contactInfo[key];
      }
    }
    return obj;
  }

  private getVehicleInformation(formValue: any): any[] {
    const equipmentInfo = formValue?.equipmentInfo || {};
    const licensePlate = (equipmentInfo?.licensePlate || '').trim();
    const registeredProvince = (equipmentInfo?.registeredProvince || '').trim();

    if (!licensePlate && !registeredProvince) {
      return [];
    }

    return [
      {
        licensePlate,
        licensePlateRegistrationRegion: registeredProvince
      }
    ];
  }

  getTotalCost(): number {
    const totalNights = this.calculateTotalNights();
    const nightlyAdultCost = this.getNightlyAdultCost();
    const nightlyYouthCost = this.getNightlyYouthCost();
    const totalAdultCost = nightlyAdultCost * totalNights;
    const totalYouthCost = nightlyYouthCost * totalNights;
    return totalAdultCost + totalYouthCost;
  }

  // TODO: GST calculation needs to be fixed based on correct tax rates
  // calculateInclusiveGST(): number {
  //   const totalCost = this.getTotalCost();
  //   const gstAmount = totalCost * (1 - 1 / (1 + this.cartItem?.total));
  //   return parseFloat(gstAmount.toFixed(2));
  // }

  getNightlyAdultCost(): number {
    const totalAdults = this.getAdultOccupants();
    return totalAdults * this.cartItem.occupants?.totalAdult;
  }

  getNightlyYouthCost(): number {
    const totalYouth = this.getYouthOccupants();
    return totalYouth * this.cartItem.occupants?.totalYouth;
  }

  getAdultOccupants(): number {
    return parseInt(this.form.get('occupants.totalAdult').value || 0) + parseInt(this.form.get('occupants.totalSenior').value || 0);
  }

  getYouthOccupants(): number {
    return parseInt(this.form.get('occupants.totalYouth').value || 0) + parseInt(this.form.get('occupants.totalChild').value || 0);
  }

  async initiateTransaction(bookingId: string, sessionId: string, email: string) {
    const totalCost = this.getTotalCost();
    const body = {
      trnAmount: totalCost,
      bookingId: bookingId,
      sessionId: sessionId,
      email: email,
    };

    try {
      this.loadingService.addToFetchList(Constants.dataIds.TRANSACTION_POST_RESULTS);
      const res: any = await lastValueFrom(this.apiService.post(`transactions`, body, {}));

      const transactionUrl = res?.data?.response?.transaction?.data?.transactionUrl;

      if (transactionUrl) {
        this.dataService.setItemValue(Constants.dataIds.TRANSACTION_POST_RESULTS, res);
        this.loadingService.removeFromFetchList(Constants.dataIds.TRANSACTION_POST_RESULTS);

        // Redirect to payment gateway
        window.location.href = transactionUrl;
      } else {
        throw new Error('No transaction URL returned');
      }
    } catch (error: any) {
      console.error('Failed to create transaction:', error);
      this.loadingService.removeFromFetchList(Constants.dataIds.TRANSACTION_POST_RESULTS);

      // Check for waiting room admission expiration
      if (error?.waitingRoom && this.cartItem) {
        // Admission expired or invalidated — send user back to the waiting room
        const params = new URLSearchParams({
          collectionId: this.cartItem.collectionId,
          activityType: this.cartItem.activityType,
          activityId: this.cartItem.activityId,
          startDate: this.cartItem.startDate,
          returnUrl: '/checkout',
        });
        window.location.href = new URL(`waitingroom.html?${params.toString()}`, document.baseURI).toString();
        return;
      }

      alert('Failed to initiate payment. Please try again.');
    }
  }
  
  goToPrevious(): void {
    this.stepperService.goPrevious();
  }

  // Helper methods for template
  getParkName(): string {
    return this.cartItem?.geoZoneName || 'Unknown Park';
  }
  
  getActivityName(): string {
    return this.cartItem?.activityName || 'Unknown Activity';
  }
  
  calculateTotalOccupants(): number {
    if (!this.cartItem?.occupants) return 0;
    
    const occupants = this.cartItem.occupants;
    return (occupants.totalAdult || 0) + 
           (occupants.totalSenior || 0) + 
           (occupants.totalYouth || 0) + 
           (occupants.totalChild || 0);
  }
  
  calculateTotalNights(): number {
    if (!this.cartItem) return 0;
    
    const startDate = new Date(this.cartItem.startDate);
    const endDate = new Date(this.cartItem.endDate);
    const diffTime = Math.abs(endDate.getTime() - startDate.getTime());
    const totalNights = Math.ceil(diffTime / (1000 * 60 * 60 * 24));
    return totalNights;
  }
  
  // Booking summary helpers
  getSubtotal(): number {
    return this.bookingSummary?.basePrice || this.cartItem?.feeInformation?.total || 0;
  }
  
  getEquipmentTotal(): number {
    return this.bookingSummary?.equipmentTotal || 0;
  }
  
  getTaxes(): number {
    return this.bookingSummary?.taxes || 0;
  }
  
  getGrandTotal(): number {
    return this.getSubtotal() + this.getEquipmentTotal() + this.getTaxes();
  }
}
