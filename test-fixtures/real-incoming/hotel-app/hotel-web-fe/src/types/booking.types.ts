// Booking-related type definitions
import type { GuestUpdateRequest } from './guest.types';
import type { BookingStatus } from '../constants/booking.constants';

export type PaymentStatus = 'unpaid' | 'unpaid_deposit' | 'paid_rate' | 'paid' | 'partial' | 'refunded';

export interface Booking {
  id: string;
  booking_number?: string;
  guest_id: string;
  room_id: string;
  room_type?: string;
  check_in_date: string;
  check_out_date: string;
  total_amount: number | string;
  status: BookingStatus | string;
  payment_status?: PaymentStatus | string;
  folio_number?: string;
  post_type?: 'normal_stay' | 'same_day' | 'hourly';
  rate_code?: string;
  is_tourist?: boolean;
  tourism_tax_amount?: number | string;
  extra_bed_count?: number;
  extra_bed_charge?: number | string;
  room_card_deposit?: number | string;
  payment_method?: string;
  market_code?: string;
  discount_percentage?: number;
  rate_override_weekday?: number;
  rate_override_weekend?: number;
  check_in_time?: string;
  check_out_time?: string;
  pre_checkin_completed?: boolean;
  pre_checkin_completed_at?: string;
  created_at?: string;
  updated_at?: string;
  cancelled_at?: string;
  cancellation_reason?: string;
  special_requests?: string;
  number_of_guests?: number;
  is_complimentary?: boolean;
  complimentary_reason?: string;
  complimentary_start_date?: string;
  complimentary_end_date?: string;
  original_total_amount?: number | string;
  complimentary_nights?: number;
  deposit_paid?: boolean;
  deposit_amount?: number | string;
  deposit_paid_at?: string;
  total_paid?: number | string;
  total_refunded?: number | string;
  balance_due?: number | string;
  deposit_refunded?: boolean;
  company_id?: number;
  company_name?: string;
  payment_note?: string;
  remarks?: string;
  source?: string;
  daily_rates?: Record<string, number>;
  // Night audit posting fields
  is_posted?: boolean;
  posted_date?: string;
  posted_at?: string;
}

export interface BookingWithDetails extends Booking {
  booking_number: string;
  guest_name: string;
  guest_email: string;
  guest_phone?: string;
  guest_type?: 'member' | 'non_member';
  guest_tourism_type?: 'local' | 'foreign';
  room_number: string;
  room_type: string;
  room_type_code?: string;
  booking_remarks?: string;
  payment_status?: PaymentStatus | string;
  price_per_night: number | string;
  number_of_nights?: number;
  formatted_check_in?: string;
  formatted_check_out?: string;
  formatted_total?: string;
  is_active?: boolean;
  can_void?: boolean;
  can_modify?: boolean;
  is_tourist?: boolean;
  tourism_tax_amount?: number | string;
  extra_bed_count?: number;
  extra_bed_charge?: number | string;
  room_card_deposit?: number | string;
  payment_method?: string;
  is_complimentary?: boolean;
  complimentary_reason?: string;
  complimentary_start_date?: string;
  complimentary_end_date?: string;
  original_total_amount?: number | string;
  complimentary_nights?: number;
  company_id?: number;
  company_name?: string;
  payment_note?: string;
  deposit_amount?: number | string;
  deposit_paid?: boolean;
  total_paid?: number | string;
  total_refunded?: number | string;
  balance_due?: number | string;
  deposit_refunded?: boolean;
  remarks?: string;
  actual_check_out?: string;
  daily_rates?: Record<string, number>;
  invoice_number?: string;
}

export interface BookingCreateRequest {
  guest_id: number;
  room_id: string;
  check_in_date: string;
  check_out_date: string;
  post_type?: 'normal_stay' | 'same_day' | 'hourly';
  rate_code?: string;
  booking_remarks?: string;
  special_requests?: string;
  number_of_guests?: number;
  is_tourist?: boolean;
  tourism_tax_amount?: number;
  extra_bed_count?: number;
  extra_bed_charge?: number;
  room_card_deposit?: number;
  payment_method?: string;
  payment_status?: 'unpaid' | 'unpaid_deposit' | 'paid';
  amount_paid?: number;
  source?: string;
  booking_number?: string; // Optional - auto-generated for walk-in, manual for online
  deposit_paid?: boolean;
  deposit_amount?: number;
  room_rate_override?: number;
  daily_rates?: Record<string, number>;
}

export interface BookingUpdateRequest {
  room_id?: string;
  check_in_date?: string;
  check_out_date?: string;
  status?: string;
  payment_status?: string;
  amount_paid?: number;
  post_type?: string;
  rate_code?: string;
  booking_remarks?: string;
  market_code?: string;
  discount_percentage?: number;
  rate_override_weekday?: number;
  rate_override_weekend?: number;
  check_in_time?: string;
  check_out_time?: string;
  payment_method?: string;
  special_requests?: string;
  number_of_guests?: number;
  cancellation_reason?: string;
  deposit_paid?: boolean;
  deposit_amount?: number;
  company_id?: number;
  company_name?: string;
  payment_note?: string;
  remarks?: string;
  source?: string;
  room_rate_override?: number;
  extra_bed_count?: number;
  extra_bed_charge?: number;
  daily_rates?: Record<string, number>;
}

export interface BookingCancellationRequest {
  booking_id: string | number;
  reason?: string;
}

export interface CheckInPaymentRecord {
  amount: number;
  payment_method: string;
  payment_type?: string;
  notes?: string;
}

export interface CheckInRequest {
  guest_update?: GuestUpdateRequest;
  booking_update?: BookingUpdateRequest;
  checkin_notes?: string;
  payment_record?: CheckInPaymentRecord;
}

export interface PreCheckInUpdateRequest {
  guest_update: GuestUpdateRequest;
  market_code?: string;
  special_requests?: string;
}

export interface BookingTimelineEntry {
  id: string;
  source: string;
  event_type: string;
  title: string;
  description?: string;
  status_from?: string;
  status_to?: string;
  amount?: string;
  actor_id?: number;
  metadata?: Record<string, any>;
  created_at: string;
}

export interface RateCodesResponse {
  rate_codes: string[];
}

export interface MarketCodesResponse {
  market_codes: string[];
}
