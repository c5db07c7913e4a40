import { useState } from 'react';
import { useParams, useNavigate } from 'react-router';
import { useQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { ArrowLeft, CheckCircle, Clock, Download, Lock, Pencil, RotateCcw, Save, Send, Trash2, X } from 'lucide-react';
import {
  getPayrollRun,
  getPayrollRunAuditLogs,
  approvePayroll,
  lockPayroll,
  downloadRunPayslips,
  deletePayrollRun,
  returnPayrollForChanges,
  submitPayrollForApproval,
  updatePayrollItemPcb,
} from '@/api/payroll';
import { formatMYR, getErrorMessage } from '@/lib/utils';
import { useAuth } from '@/context/AuthContext';
import { canApprovePayroll, canPreparePayroll } from '@/lib/roles';
import { PayslipBreakdownDrawer } from './PayslipBreakdownDrawer';
import type { PayrollSummary } from '@/types';

const MONTHS = [
  '', 'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

const STATUS_LABELS: Record<string, string> = {
  draft: 'Draft',
  processing: 'Processing',
  processed: 'Processed',
  pending_approval: 'Pending Approval',
  approved: 'Approved',
  paid: 'Paid',
  cancelled: 'Cancelled',
};

const canDeletePayrollRun = (status: string) => ['draft', 'processed', 'cancelled'].includes(status);
const canDownloadPayslips = (status: string) => ['approved', 'paid'].includes(status);

export function PayrollDetail() {
  const { id } = useParams<{ id: string }>();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { user } = useAuth();
  const [breakdownEmployeeId, setBreakdownEmployeeId] = useState<string | null>(null);
  const [editingPcbEmployeeId, setEditingPcbEmployeeId] = useState<string | null>(null);
  const [pcbInput, setPcbInput] = useState('');
  const [pcbError, setPcbError] = useState('');
  const [lifecycleError, setLifecycleError] = useState('');

  const { data, isLoading } = useQuery({
    queryKey: ['payrollRun', id],
    queryFn: () => getPayrollRun(id!),
    enabled: !!id,
  });

  const { data: auditLogs = [] } = useQuery({
    queryKey: ['payrollRunAuditLogs', id],
    queryFn: () => getPayrollRunAuditLogs(id!),
    enabled: !!id,
  });

  const submitMutation = useMutation({
    mutationFn: () => submitPayrollForApproval(id!),
    onSuccess: () => {
      setLifecycleError('');
      queryClient.invalidateQueries({ queryKey: ['payrollRun', id] });
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      queryClient.invalidateQueries({ queryKey: ['payrollRunAuditLogs', id] });
    },
    onError: (error: unknown) => {
      setLifecycleError(getErrorMessage(error, 'Failed to submit payroll run for approval'));
    },
  });

  const approveMutation = useMutation({
    mutationFn: () => approvePayroll(id!),
    onSuccess: () => {
      setLifecycleError('');
      queryClient.invalidateQueries({ queryKey: ['payrollRun', id] });
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      queryClient.invalidateQueries({ queryKey: ['payrollRunAuditLogs', id] });
    },
    onError: (error: unknown) => {
      setLifecycleError(getErrorMessage(error, 'Failed to approve payroll run'));
    },
  });

  const returnMutation = useMutation({
    mutationFn: (reason?: string) => returnPayrollForChanges(id!, reason),
    onSuccess: () => {
      setLifecycleError('');
      queryClient.invalidateQueries({ queryKey: ['payrollRun', id] });
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      queryClient.invalidateQueries({ queryKey: ['payrollRunAuditLogs', id] });
    },
    onError: (error: unknown) => {
      setLifecycleError(getErrorMessage(error, 'Failed to return payroll run for changes'));
    },
  });

  const lockMutation = useMutation({
    mutationFn: () => lockPayroll(id!),
    onSuccess: () => {
      setLifecycleError('');
      queryClient.invalidateQueries({ queryKey: ['payrollRun', id] });
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      queryClient.invalidateQueries({ queryKey: ['payrollRunAuditLogs', id] });
    },
    onError: (error: unknown) => {
      setLifecycleError(getErrorMessage(error, 'Failed to lock payroll run'));
    },
  });

  const deleteMutation = useMutation({
    mutationFn: () => deletePayrollRun(id!),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      navigate('/payroll');
    },
    onError: (error: unknown) => {
      setLifecycleError(getErrorMessage(error, 'Failed to delete payroll run'));
    },
  });

  const updatePcbMutation = useMutation({
    mutationFn: ({ employeeId, pcbAmount }: { employeeId: string; pcbAmount: number }) =>
      updatePayrollItemPcb(id!, employeeId, { pcb_amount: pcbAmount }),
    onSuccess: (summary) => {
      queryClient.setQueryData(['payrollRun', id], summary);
      queryClient.invalidateQueries({ queryKey: ['payrollRuns'] });
      queryClient.invalidateQueries({ queryKey: ['payrollRunAuditLogs', id] });
      setEditingPcbEmployeeId(null);
      setPcbInput('');
      setPcbError('');
    },
    onError: (err: unknown) => {
      setPcbError(getErrorMessage(err, 'Failed to update PCB'));
    },
  });

  if (isLoading) {
    return (
      <div className="flex items-center justify-center h-64">
        <div className="animate-spin rounded-full h-8 w-8 border-b-2 border-black" />
      </div>
    );
  }

  if (!data) return <div className="text-center text-gray-500 py-12">Payroll run not found</div>;

  const { payroll_run: run, items } = data;
  const canPrepare = canPreparePayroll(user);
  const canApprove = canApprovePayroll(user);
  const canEditPcb = canPrepare && run.status === 'processed';

  const startEditPcb = (employeeId: string, pcbAmount: number) => {
    setEditingPcbEmployeeId(employeeId);
    setPcbInput((pcbAmount / 100).toFixed(2));
    setPcbError('');
  };

  const savePcb = (employeeId: string) => {
    const amount = Number(pcbInput);
    if (!Number.isFinite(amount) || amount < 0) {
      setPcbError('PCB amount must be zero or greater');
      return;
    }
    updatePcbMutation.mutate({ employeeId, pcbAmount: Math.round(amount * 100) });
  };

  return (
    <div>
      <button
        onClick={() => navigate('/payroll')}
        className="flex items-center gap-1 text-sm text-gray-500 hover:text-gray-700 mb-4"
      >
        <ArrowLeft className="w-4 h-4" /> Back to Payroll
      </button>

      {/* Header */}
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between mb-6">
        <div>
          <h1 className="text-xl sm:text-2xl font-bold text-gray-900">
            {MONTHS[run.period_month]} {run.period_year} Payroll
          </h1>
          <p className="text-gray-500">{run.employee_count} employees processed</p>
        </div>
        <div className="flex items-center gap-3">
          {canDownloadPayslips(run.status) && (
            <button
              onClick={() => downloadRunPayslips(id!)}
              className="flex items-center gap-2 bg-white border border-gray-200 text-gray-700 px-4 py-2 rounded-lg hover:bg-gray-50 text-sm font-medium"
            >
              <Download className="w-4 h-4" /> Download Payslips
            </button>
          )}
          {canPrepare && canDeletePayrollRun(run.status) && (
            <button
              onClick={() => {
                if (confirm(`Delete ${MONTHS[run.period_month]} ${run.period_year} payroll run? This cannot be undone.`)) {
                  deleteMutation.mutate();
                }
              }}
              disabled={deleteMutation.isPending}
              className="flex items-center gap-2 bg-white border border-red-200 text-red-600 px-4 py-2 rounded-lg hover:bg-red-50 disabled:opacity-50 text-sm font-medium"
            >
              <Trash2 className="w-4 h-4" />
              {deleteMutation.isPending ? 'Deleting...' : 'Delete'}
            </button>
          )}
          {canPrepare && run.status === 'processed' && (
            <button
              onClick={() => submitMutation.mutate()}
              disabled={submitMutation.isPending}
              className="flex items-center gap-2 bg-blue-600 text-white px-4 py-2 rounded-lg hover:bg-blue-700 disabled:opacity-50 text-sm font-medium"
            >
              <Send className="w-4 h-4" />
              {submitMutation.isPending ? 'Submitting...' : 'Submit for Approval'}
            </button>
          )}
          {canApprove && run.status === 'pending_approval' && (
            <>
              <button
                onClick={() => {
                  const reason = prompt('Reason for returning this payroll run?')?.trim();
                  if (reason !== undefined) returnMutation.mutate(reason || undefined);
                }}
                disabled={returnMutation.isPending}
                className="flex items-center gap-2 bg-white border border-gray-200 text-gray-700 px-4 py-2 rounded-lg hover:bg-gray-50 disabled:opacity-50 text-sm font-medium"
              >
                <RotateCcw className="w-4 h-4" />
                {returnMutation.isPending ? 'Returning...' : 'Return'}
              </button>
              <button
                onClick={() => approveMutation.mutate()}
                disabled={approveMutation.isPending}
                className="flex items-center gap-2 bg-green-600 text-white px-4 py-2 rounded-lg hover:bg-green-700 disabled:opacity-50 text-sm font-medium"
              >
                <CheckCircle className="w-4 h-4" />
                {approveMutation.isPending ? 'Approving...' : 'Approve'}
              </button>
            </>
          )}
          {canApprove && run.status === 'approved' && (
            <button
              onClick={() => lockMutation.mutate()}
              disabled={lockMutation.isPending}
              className="flex items-center gap-2 bg-black text-white px-4 py-2 rounded-lg hover:bg-gray-800 disabled:opacity-50 text-sm font-medium"
            >
              <Lock className="w-4 h-4" />
              {lockMutation.isPending ? 'Locking...' : 'Lock & Mark Paid'}
            </button>
          )}
          <span className={`px-3 py-1 rounded-full text-sm font-medium ${
            run.status === 'paid' ? 'bg-emerald-50 text-emerald-700' :
            run.status === 'approved' ? 'bg-green-50 text-green-700' :
            run.status === 'pending_approval' ? 'bg-blue-50 text-blue-700' :
            'bg-gray-100 text-gray-900'
          }`}>
            {STATUS_LABELS[run.status] ?? run.status}
          </span>
        </div>
      </div>
      {lifecycleError && (
        <div className="mb-6 rounded-lg border border-red-100 bg-red-50 px-4 py-3 text-sm text-red-700">
          {lifecycleError}
        </div>
      )}
      {run.status === 'paid' && (
        <div className="mb-6 rounded-lg border border-emerald-100 bg-emerald-50 px-4 py-3 text-sm text-emerald-700">
          This payroll run is paid and locked. Create an adjustment in a future payroll run for corrections.
        </div>
      )}
      {run.status === 'pending_approval' && (
        <div className="mb-6 rounded-lg border border-blue-100 bg-blue-50 px-4 py-3 text-sm text-blue-700">
          This payroll run is submitted for approval. PCB edits and deletion are disabled while it is under review.
        </div>
      )}

      <PayrollAuditTimeline logs={auditLogs} />

      {/* Summary Cards */}
      <div className="grid grid-cols-2 md:grid-cols-4 gap-4 mb-6">
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">Total Gross</p>
          <p className="text-lg font-bold mt-1">{formatMYR(run.total_gross)}</p>
        </div>
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">Total Net</p>
          <p className="text-lg font-bold mt-1 text-green-600">{formatMYR(run.total_net)}</p>
        </div>
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">Employer Cost</p>
          <p className="text-lg font-bold mt-1">{formatMYR(run.total_employer_cost)}</p>
        </div>
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">Total PCB</p>
          <p className="text-lg font-bold mt-1">{formatMYR(run.total_pcb)}</p>
        </div>
      </div>

      {/* Statutory Summary */}
      <div className="grid grid-cols-3 gap-4 mb-6">
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">EPF (Employee + Employer)</p>
          <p className="text-sm font-bold mt-1">
            {formatMYR(run.total_epf_employee)} + {formatMYR(run.total_epf_employer)}
          </p>
        </div>
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">SOCSO (Employee + Employer)</p>
          <p className="text-sm font-bold mt-1">
            {formatMYR(run.total_socso_employee)} + {formatMYR(run.total_socso_employer)}
          </p>
        </div>
        <div className="bg-white rounded-2xl shadow border border-gray-200 p-4">
          <p className="text-xs text-gray-400">EIS (Employee + Employer)</p>
          <p className="text-sm font-bold mt-1">
            {formatMYR(run.total_eis_employee)} + {formatMYR(run.total_eis_employer)}
          </p>
        </div>
      </div>

      {/* Employee Details Table */}
      <div className="bg-white rounded-2xl shadow border border-gray-200 overflow-hidden">
        <div className="px-6 py-4 border-b border-gray-200">
          <h2 className="font-semibold">Employee Breakdown</h2>
          <p className="mt-1 text-sm text-gray-500">
            Select an employee to see the stored line-by-line breakdown behind their figures.
            {canEditPcb &&
              ' PCB can be edited while this payroll run is processed and before it is submitted for approval.'}
          </p>
          {pcbError && (
            <div className="mt-3 rounded-lg border border-red-100 bg-red-50 px-4 py-3 text-sm text-red-700">
              {pcbError}
            </div>
          )}
        </div>
        <div className="overflow-x-auto">
          <table className="w-full">
            <thead className="bg-gray-50 border-b border-gray-200">
              <tr>
                <th className="text-left px-4 py-3 text-xs font-medium text-gray-500 uppercase">Employee</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Basic</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Allowances</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">OT</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Gross</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">EPF</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">SOCSO</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">EIS</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">PCB</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Deductions</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Claims</th>
                <th className="text-right px-4 py-3 text-xs font-medium text-gray-500 uppercase">Net</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {items.map((item) => (
                <tr key={item.employee_id} className="hover:bg-gray-50">
                  <td className="px-4 py-3">
                    <button
                      type="button"
                      onClick={() => setBreakdownEmployeeId(item.employee_id)}
                      className="text-left"
                    >
                      <div className="text-sm font-medium text-gray-900 underline decoration-gray-300 underline-offset-2 hover:decoration-gray-900">
                        {item.employee_name}
                      </div>
                      <div className="text-xs text-gray-400">{item.employee_number}</div>
                    </button>
                  </td>
                  <td className="px-4 py-3 text-sm text-right">{formatMYR(item.basic_salary)}</td>
                  <td className="px-4 py-3 text-sm text-right">{item.total_allowances > 0 ? formatMYR(item.total_allowances) : '-'}</td>
                  <td className="px-4 py-3 text-sm text-right">{item.total_overtime > 0 ? formatMYR(item.total_overtime) : '-'}</td>
                  <td className="px-4 py-3 text-sm text-right">{formatMYR(item.gross_salary)}</td>
                  <td className="px-4 py-3 text-sm text-right">{formatMYR(item.epf_employee)}</td>
                  <td className="px-4 py-3 text-sm text-right">{formatMYR(item.socso_employee)}</td>
                  <td className="px-4 py-3 text-sm text-right">{formatMYR(item.eis_employee)}</td>
                  <td className="px-4 py-3 text-sm text-right">
                    {editingPcbEmployeeId === item.employee_id ? (
                      <div className="flex min-w-40 items-center justify-end gap-2">
                        <input
                          type="number"
                          min="0"
                          step="0.01"
                          value={pcbInput}
                          onChange={(e) => setPcbInput(e.target.value)}
                          className="w-24 rounded-lg border border-gray-200 px-2 py-1 text-right text-sm outline-none focus:border-gray-400"
                        />
                        <button
                          type="button"
                          onClick={() => savePcb(item.employee_id)}
                          disabled={updatePcbMutation.isPending}
                          className="rounded-lg p-1.5 text-green-600 hover:bg-green-50 disabled:opacity-50"
                          title="Save PCB"
                        >
                          <Save className="w-4 h-4" />
                        </button>
                        <button
                          type="button"
                          onClick={() => {
                            setEditingPcbEmployeeId(null);
                            setPcbInput('');
                            setPcbError('');
                          }}
                          className="rounded-lg p-1.5 text-gray-500 hover:bg-gray-100"
                          title="Cancel PCB edit"
                        >
                          <X className="w-4 h-4" />
                        </button>
                      </div>
                    ) : (
                      <div className="flex items-center justify-end gap-2">
                        <span>{formatMYR(item.pcb_amount)}</span>
                        {canEditPcb && (
                          <button
                            type="button"
                            onClick={() => startEditPcb(item.employee_id, item.pcb_amount)}
                            className="rounded-lg p-1.5 text-gray-500 hover:bg-gray-100 hover:text-black"
                            title="Edit PCB"
                          >
                            <Pencil className="w-4 h-4" />
                          </button>
                        )}
                      </div>
                    )}
                  </td>
                  <td className="px-4 py-3 text-sm text-right text-red-600">{formatMYR(item.total_deductions)}</td>
                  <td className="px-4 py-3 text-sm text-right">{item.total_claims > 0 ? <span className="text-blue-600">{formatMYR(item.total_claims)}</span> : '-'}</td>
                  <td className="px-4 py-3 text-sm text-right font-bold text-green-600">{formatMYR(item.net_salary)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>

      <CalculationProvenance snapshot={data.calculation_snapshot} />

      {breakdownEmployeeId && (
        <PayslipBreakdownDrawer
          runId={id!}
          employeeId={breakdownEmployeeId}
          onClose={() => setBreakdownEmployeeId(null)}
        />
      )}
    </div>
  );
}

/// What produced this run's figures.
///
/// The statutory rule tables and the company's overtime multipliers are both
/// mutable and effective-dated, so a run recomputed today may not match what was
/// paid. The run records its inputs at commit time; this surfaces them.
function CalculationProvenance({ snapshot }: { snapshot: PayrollSummary['calculation_snapshot'] }) {
  if (!snapshot) return null;

  const ot = snapshot.overtime_settings;

  return (
    <div className="mt-6 rounded-2xl border border-gray-200 bg-white p-4 shadow">
      <h2 className="mb-1 text-sm font-semibold text-gray-900">Calculation Basis</h2>
      <p className="mb-3 text-xs text-gray-500">
        Rated as at {snapshot.effective_date}. These are the rules that produced the figures above,
        recorded when the run was processed.
      </p>
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <thead className="text-left text-xs uppercase tracking-wide text-gray-400">
            <tr>
              <th className="py-1 pr-4">Domain</th>
              <th className="py-1 pr-4">Dataset</th>
              <th className="py-1 pr-4">Source version</th>
              <th className="py-1">Effective</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {snapshot.statutory_rule_sets.map((ruleSet) => (
              <tr key={ruleSet.rule_set_id}>
                <td className="py-1.5 pr-4 font-medium uppercase">{ruleSet.rule_code}</td>
                <td className="py-1.5 pr-4 text-gray-600">{ruleSet.dataset_key}</td>
                <td className="py-1.5 pr-4 text-gray-600">{ruleSet.source_version ?? '—'}</td>
                <td className="py-1.5 text-gray-600">
                  {ruleSet.effective_from} → {ruleSet.effective_to ?? 'open'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-3 text-xs text-gray-500">
        Overtime rated at {ot.multiplier_normal}× normal, {ot.multiplier_rest_day}× rest day,{' '}
        {ot.multiplier_public_holiday}× public holiday, on a {ot.working_days_per_month}-day month
        and {ot.effective_hours_per_day}-hour day.
      </p>
    </div>
  );
}

function PayrollAuditTimeline({ logs }: { logs: Awaited<ReturnType<typeof getPayrollRunAuditLogs>> }) {
  const visibleLogs = logs.slice(0, 6);

  return (
    <div className="mb-6 bg-white rounded-2xl shadow border border-gray-200 p-4">
      <div className="mb-3 flex items-center justify-between">
        <h2 className="text-sm font-semibold text-gray-900">Audit Trail</h2>
        <span className="text-xs text-gray-400">{logs.length} records</span>
      </div>
      {visibleLogs.length === 0 ? (
        <p className="text-sm text-gray-400">No payroll lifecycle events recorded yet.</p>
      ) : (
        <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
          {visibleLogs.map((log) => (
            <div key={log.id} className="rounded-lg border border-gray-100 px-3 py-2">
              <div className="mb-1 flex items-center justify-between gap-2">
                <span className={`inline-flex rounded-full px-2 py-0.5 text-xs font-medium ${getAuditActionClass(log.action)}`}>
                  {formatAuditAction(log.action)}
                </span>
                <span className="inline-flex items-center gap-1 text-xs text-gray-400">
                  <Clock className="h-3 w-3" />
                  {formatAuditTimestamp(log.created_at)}
                </span>
              </div>
              <p className="truncate text-sm text-gray-700">{log.description || 'Payroll event'}</p>
              <p className="mt-0.5 truncate text-xs text-gray-400">{log.user_full_name || log.user_email || 'System'}</p>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}

function getAuditActionClass(action: string) {
  const classes: Record<string, string> = {
    process: 'bg-indigo-50 text-indigo-700',
    approve: 'bg-emerald-50 text-emerald-700',
    submit_approval: 'bg-blue-50 text-blue-700',
    return_changes: 'bg-amber-50 text-amber-700',
    lock: 'bg-gray-900 text-white',
    update: 'bg-blue-50 text-blue-700',
    delete: 'bg-red-50 text-red-700',
  };
  return classes[action] ?? 'bg-gray-100 text-gray-700';
}

function formatAuditAction(action: string) {
  return action.replace(/_/g, ' ').replace(/^\w/, (char) => char.toUpperCase());
}

function formatAuditTimestamp(value: string) {
  return new Date(value).toLocaleString('en-MY', {
    day: '2-digit',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}
