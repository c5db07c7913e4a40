export interface IProfileSelection {
  profileOption?: string | null;
  careLocation?: string | null;
}
