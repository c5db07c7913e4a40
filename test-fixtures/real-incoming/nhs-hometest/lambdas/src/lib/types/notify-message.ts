export interface NotifyMessage {
  correlationId: string;
  messageReference: string;
  eventCode: NotifyEventCode;
  recipient: NotifyRecipient;
  personalisation?: Record<string, unknown>;
}

export interface NotifyRecipient {
  nhsNumber: string;
  dateOfBirth: string;
}

export enum NotifyEventCode {
  OrderConfirmed = "ORDER_CONFIRMED",
  OrderDispatched = "ORDER_DISPATCHED",
  OrderReceived = "ORDER_RECEIVED",
  ResultReady = "RESULT_READY",
  DispatchedInitialReminder = "DISPATCHED_INITIAL_REMINDER",
  DispatchedSecondReminder = "DISPATCHED_SECOND_REMINDER",
  DispatchedThirdReminder = "DISPATCHED_THIRD_REMINDER",
}
