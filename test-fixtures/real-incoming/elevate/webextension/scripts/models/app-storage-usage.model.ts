export class AppStorageUsage {
  bytesInUse: number;
  quotaBytes: number;
  percentUsage: number;
}
