export interface AddFlagTargetOptions {
  slug: string;
  targetId: string;
}
