export class WorkflowStepAction {
  public id?: string;
  public churchId?: string;
  public stepId?: string;
  public sort?: number;
  public actionType?: string;
  public config?: string;
}
