"use client";

import { Clock } from "lucide-react";
import {
  StatusBadge,
  CronError,
  CronResultSummary,
  formatDate,
  formatOptionalDate,
} from "./shared";
import type { HealthData } from "./types";

export function BackgroundJobsSection({
  cronJobs,
  cronHealth,
}: {
  cronJobs: HealthData["cronJobs"];
  cronHealth: HealthData["cronHealth"];
}) {
  return (
    <div>
      <h2 className="text-lg font-semibold text-foreground mb-3 flex items-center gap-2">
        <Clock className="h-5 w-5" />
        Cron Jobs
      </h2>
      {(cronHealth
        ? cronHealth.jobs.length === 0
        : Object.keys(cronJobs).length === 0) ? (
        <div className="bg-card border rounded-lg p-4 text-muted-foreground">
          No cron job runs recorded yet.
        </div>
      ) : (
        <div className="space-y-4">
          {cronHealth?.jobs.map((job) => {
            const runs = cronJobs[job.jobName] ?? [];

            return (
              <div key={job.jobName} className="bg-card border rounded-lg">
                <div className="p-4 border-b bg-muted">
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
                    <div>
                      <div className="flex flex-wrap items-center gap-2">
                        <h3 className="font-medium text-foreground">{job.label}</h3>
                        <span className="font-mono text-xs text-muted-foreground">
                          {job.jobName}
                        </span>
                      </div>
                      <p className="text-sm text-muted-foreground mt-1">{job.summary}</p>
                    </div>
                    <StatusBadge status={job.status} />
                  </div>
                  <div className="grid grid-cols-1 md:grid-cols-4 gap-3 mt-3 text-sm">
                    <div>
                      <p className="text-xs text-muted-foreground">Schedule</p>
                      <p className="font-mono text-muted-foreground break-words">
                        {job.schedule}
                      </p>
                    </div>
                    <div>
                      <p className="text-xs text-muted-foreground">Expected</p>
                      <p className="text-muted-foreground">{job.expectedLocalTime}</p>
                    </div>
                    <div>
                      <p className="text-xs text-muted-foreground">Timezone</p>
                      <p className="text-muted-foreground">{job.timezone}</p>
                    </div>
                    <div>
                      <p className="text-xs text-muted-foreground">Stale threshold</p>
                      <p className="text-muted-foreground">
                        {job.staleThreshold ?? "Not tracked"}
                      </p>
                    </div>
                  </div>
                  {(job.disabledReason || job.note) && (
                    <div className="mt-3 text-sm text-muted-foreground space-y-1">
                      {job.disabledReason && <p>{job.disabledReason}</p>}
                      {job.note && <p>{job.note}</p>}
                    </div>
                  )}
                  <div className="grid grid-cols-1 sm:grid-cols-3 gap-3 mt-3 text-xs text-muted-foreground">
                    <p>Latest run: {formatOptionalDate(job.latestRunAt)}</p>
                    <p>Latest success: {formatOptionalDate(job.latestSuccessAt)}</p>
                    <p>Latest failure: {formatOptionalDate(job.latestFailureAt)}</p>
                  </div>
                </div>
                <div className="divide-y">
                  {!job.recordsRuns ? (
                    <div className="p-3 text-sm text-muted-foreground">
                      CronJobRun history is not recorded for this scheduled job.
                    </div>
                  ) : runs.length === 0 ? (
                    <div className="p-3 text-sm text-muted-foreground">
                      No cron runs recorded yet.
                    </div>
                  ) : (
                    runs.map((run) => (
                      <div key={run.id} className="p-3 flex items-center justify-between text-sm">
                        <div className="flex items-center gap-3">
                          <StatusBadge status={run.status} />
                          <span className="text-muted-foreground">{formatDate(run.startedAt)}</span>
                        </div>
                        <div className="flex items-center gap-4 text-muted-foreground">
                          {run.durationMs != null && <span>{run.durationMs}ms</span>}
                          {run.error && <CronError error={run.error} />}
                          {run.resultSummary && <CronResultSummary summary={run.resultSummary} />}
                        </div>
                      </div>
                    ))
                  )}
                </div>
              </div>
            );
          }) ??
            Object.entries(cronJobs).map(([jobName, runs]) => (
              <div key={jobName} className="bg-card border rounded-lg">
                <div className="p-4 border-b bg-muted">
                  <h3 className="font-medium text-foreground">{jobName}</h3>
                </div>
                <div className="divide-y">
                  {runs.map((run) => (
                    <div key={run.id} className="p-3 flex items-center justify-between text-sm">
                      <div className="flex items-center gap-3">
                        <StatusBadge status={run.status} />
                        <span className="text-muted-foreground">{formatDate(run.startedAt)}</span>
                      </div>
                      <div className="flex items-center gap-4 text-muted-foreground">
                        {run.durationMs != null && <span>{run.durationMs}ms</span>}
                        {run.error && <CronError error={run.error} />}
                        {run.resultSummary && <CronResultSummary summary={run.resultSummary} />}
                      </div>
                    </div>
                  ))}
                </div>
              </div>
            ))}
        </div>
      )}
    </div>
  );
}
