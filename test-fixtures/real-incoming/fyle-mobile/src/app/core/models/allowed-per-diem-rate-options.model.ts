import { PlatformPerDiemRates } from './platform/platform-per-diem-rates.model';

export interface AllowedPerDiemRateOptions {
  label: string;
  value: PlatformPerDiemRates;
}
