export class SyncNotifyModel {
  public step?: string;
  public progress?: number;
  public index?: number;
  public activityId?: number;
  public fromPage?: number;
  public toPage?: number;
  public pageGroupId?: number;
  public browsedActivitiesCount?: number;
  public totalActivities?: number;
}
