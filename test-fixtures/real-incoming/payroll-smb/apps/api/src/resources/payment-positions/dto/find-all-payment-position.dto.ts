export class FindAllPaymentPositionDto {
    paymentId: number;
    relations?: boolean;
}
