export default interface QueuesStatsConfig {
  enabled: boolean;
  assigned_tasks_column: boolean;
  wrapping_tasks_column: boolean;
  agent_activity_stats_column: boolean;
}
