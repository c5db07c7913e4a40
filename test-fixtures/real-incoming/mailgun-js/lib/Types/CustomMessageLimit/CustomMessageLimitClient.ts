export type SendingLimitResult = {
  limit: number;
  current: number;
  period: string;
}

export type SuccessResult = {
  success: boolean;
}
