import { RepoManager } from "../infrastructure/RepoManager.js";

// Gateway: the only seam through which other modules read doing data.
export interface DoingModuleGateway {
  loadAssignmentsByPerson(churchId: string, personId: string): Promise<any[]>;
  loadBlockoutDatesByPerson(churchId: string, personId: string): Promise<any[]>;
  loadUnconfirmedAssignments(): Promise<any[]>;
  loadPosition(churchId: string, positionId: string): Promise<any | null>;
  loadPlan(churchId: string, planId: string): Promise<{ ministryId?: string } | null>;
  loadPlanType(churchId: string, planTypeId: string): Promise<{ ministryId?: string } | null>;
  // List-condition provider: people scheduled to serve in the window (any plan).
  loadServingPersonIds(churchId: string, startDate?: Date, endDate?: Date): Promise<string[]>;
  addPersonToWorkflow(churchId: string, workflowId: string, personId: string, personLabel?: string): Promise<void>;
  // Rich serving-reminder email bodies per person (positions, notes, Accept/Decline
  // token buttons) for the messaging reminder engine's immediate-email path.
  buildPlanReminderEmails(churchId: string, planId: string, personIds: string[], customMessage?: string): Promise<Record<string, { subject: string; html: string }>>;
}

class DoingModuleGatewayDb implements DoingModuleGateway {
  private async repos() {
    return RepoManager.getRepos<any>("doing");
  }

  public async loadAssignmentsByPerson(churchId: string, personId: string) {
    return (await this.repos()).assignment.loadByByPersonId(churchId, personId);
  }

  public async loadBlockoutDatesByPerson(churchId: string, personId: string) {
    return (await this.repos()).blockoutDate.loadForPerson(churchId, personId);
  }

  public async loadUnconfirmedAssignments() {
    return (await this.repos()).assignment.loadUnconfirmedByServiceDateRange();
  }

  public async loadPosition(churchId: string, positionId: string) {
    return (await (await this.repos()).position.load(churchId, positionId)) ?? null;
  }

  public async loadPlan(churchId: string, planId: string) {
    return (await (await this.repos()).plan.load(churchId, planId)) ?? null;
  }

  public async loadPlanType(churchId: string, planTypeId: string) {
    return (await (await this.repos()).planType.load(churchId, planTypeId)) ?? null;
  }

  public async loadServingPersonIds(churchId: string, startDate?: Date, endDate?: Date) {
    return (await this.repos()).assignment.loadPersonIdsByServiceDateRange(churchId, startDate, endDate);
  }

  public async addPersonToWorkflow(churchId: string, workflowId: string, personId: string, personLabel?: string) {
    const { WorkflowHelper } = await import("../../modules/doing/helpers/WorkflowHelper.js");
    await WorkflowHelper.addToWorkflow(churchId, workflowId, { type: "person", id: personId, label: personLabel }, { type: "system", label: "List" }, undefined, await this.repos());
  }

  public async buildPlanReminderEmails(churchId: string, planId: string, personIds: string[], customMessage?: string) {
    // Dynamic import keeps the doing email/token deps out of this module's load graph.
    const { PlanReminderEmailHelper } = await import("../../modules/doing/helpers/PlanReminderEmailHelper.js");
    return PlanReminderEmailHelper.build(churchId, planId, personIds, customMessage);
  }
}

let _instance: DoingModuleGateway;
export const getDoingModuleGateway = (): DoingModuleGateway => (_instance ??= new DoingModuleGatewayDb());
