import Resource, { IRequestConfig } from '../../resource';
import Configuration, { IResponse } from '../../configuration';

export const ReportTypes = {
  payments_created_current: 'payments.created.current',
  payments_created_previous: 'payments.created.previous',
  payments_updated_current: 'payments.updated.current',
  payments_updated_previous: 'payments.updated.previous',
  payments_created_previous_day: 'payments.created.previous_day',
  payments_failed_previous_day: 'payments.failed.previous_day',
  ach_pull_upcoming: 'ach.pull.upcoming',
  ach_pull_previous: 'ach.pull.previous',
  ach_pull_nightly: 'ach.pull.nightly',
  ach_reversals_nightly: 'ach.reversals.nightly',
  entities_created_previous_day: 'entities.created.previous_day',
} as const;

export type TReportTypes = typeof ReportTypes[keyof typeof ReportTypes];

export const ReportStatuses = {
  processing: 'processing',
  completed: 'completed',
} as const;

export type TReportStatuses = keyof typeof ReportStatuses;

export interface IReport {
  id: string;
  type: TReportTypes;
  url: string;
  status: TReportStatuses;
  metadata: {} | null;
  created_at: string;
  updated_at: string;
};

export interface IReportCreateOpts {
  type: TReportTypes;
  metadata?: {};
};

export default class Report extends Resource {
  constructor(config: Configuration) {
    super(config.addPath('reports'));
  }

  /**
   * Retrieves the Report associated with the ID.
   * https://docs.methodfi.com/reference/reports/retrieve
   *
   * @param rpt_id id of the report
   * @returns Returns the Report associated with the ID.
   */

  async retrieve(rpt_id: string) {
    return super._getWithId<IResponse<IReport>>(rpt_id);
  }

  /**
   * Creates a new Report for a specific type. Once created, you can retrieve the Report results from the URL returned.
   * https://docs.methodfi.com/reference/reports/create
   *
   * @param opts IReportCreateOpts
   * @param requestConfig Idempotency key: { idempotency_key: string}
   * @returns Returns a Report object.
   */

  async create(opts: IReportCreateOpts, requestConfig?: IRequestConfig) {
    return super._create<IResponse<IReport>, IReportCreateOpts>(opts, requestConfig);
  }

  /**
   * Download a report
   * https://docs.methodfi.com/reference/reports/download
   *
   * @param rpt_id id of the report
   * @returns Returns the Report’s results in CSV format.
   */

  async download(rpt_id: string) {
    return super._download<string>(rpt_id);
  }
};
