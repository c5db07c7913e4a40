/**
 * @description User-Service parameters
 */
export interface IUserOptions {
  uid: number;
}
