export interface LockStatus {
  IDLockOn: number;
  reportLockHeld: boolean;
}
