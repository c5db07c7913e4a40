import api from './client';
import type { Employee, PaginatedResponse, CreateEmployeeRequest, UpdateEmployeeRequest, SalaryHistory, ImportValidationResponse, ImportConfirmRequest, ImportConfirmResponse } from '@/types';

export async function getEmployees(params?: {
  search?: string;
  department?: string;
  is_active?: boolean;
  page?: number;
  per_page?: number;
}): Promise<PaginatedResponse<Employee>> {
  const { data } = await api.get('/employees', { params });
  return data;
}

export async function getEmployee(id: string): Promise<Employee> {
  const { data } = await api.get(`/employees/${id}`);
  return data;
}

export interface EmployeeAccountInfo {
  created: boolean;
  email: string;
  role: string;
  default_password: string | null;
  message: string;
}

export interface CreateEmployeeResponse {
  employee: Employee;
  account: EmployeeAccountInfo | null;
}

export async function createEmployee(req: CreateEmployeeRequest): Promise<CreateEmployeeResponse> {
  const { data } = await api.post('/employees', req);
  return data;
}

export async function updateEmployee(id: string, req: UpdateEmployeeRequest): Promise<Employee> {
  const { data } = await api.put(`/employees/${id}`, req);
  return data;
}

export async function deleteEmployee(id: string): Promise<void> {
  await api.delete(`/employees/${id}`);
}

export async function getSalaryHistory(employeeId: string): Promise<SalaryHistory[]> {
  const { data } = await api.get(`/employees/${employeeId}/salary-history`);
  return data;
}

// ─── Employee Import ───

export async function downloadImportTemplate(format: 'csv' | 'xlsx' = 'xlsx'): Promise<Blob> {
  const { data } = await api.get('/employees/import/template', {
    params: { format },
    responseType: 'blob',
  });
  return data;
}

export async function validateImport(file: File): Promise<ImportValidationResponse> {
  const formData = new FormData();
  formData.append('file', file);
  const { data } = await api.post('/employees/import/validate', formData, {
    headers: { 'Content-Type': 'multipart/form-data' },
  });
  return data;
}

export async function confirmImport(req: ImportConfirmRequest): Promise<ImportConfirmResponse> {
  const { data } = await api.post('/employees/import/confirm', req);
  return data;
}
