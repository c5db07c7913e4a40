export interface BookingPromotedEvent {
  bookingId: string;
  memberId: string;
  classId: string;
}
