export class JobRun {
  public id?: string;
  public jobName?: string;
  public status?: string;
  public startedAt?: Date;
  public durationMs?: number;
  public errorMessage?: string;
}
