import { serverAuth } from './auth.server';
import { z } from 'zod';
import { APIError } from './utils/errors';
import type { ResourceState } from './api.types';

export const apiRoutes = {
  user: {
    get: (search: string) => ({
      method: 'get',
      path: `/auth/user/${search}`,
    }),
    getMetadata: (userId: string, collection: string) => ({
      method: 'get',
      path: `/metadata/${userId}/${collection}`,
    }),
    // Account verification
    getSignupKey: (userId: string) => ({
      method: 'get',
      path: `/confirm/signup/${userId}`,
    }),
    confirmSignup: (userId: string, confirmKey: string) => ({
      method: 'put',
      path: `/confirm/accept/signup/${userId}`,
      body: { key: confirmKey },
    }),
    sendConfirmation: (userId: string) => ({
      method: 'post',
      path: `/confirm/send/signup/${userId}`,
    }),
    resendConfirmation: (email: string) => ({
      method: 'post',
      path: `/confirm/resend/signup/${email}`,
    }),
    // Password reset
    sendPasswordReset: (email: string) => ({
      method: 'post',
      path: `/confirm/send/forgot/${email}`,
    }),
    // Destructive actions
    delete: (userId: string) => ({
      method: 'delete',
      path: `/v1/users/${userId}`,
    }),
    deleteData: (userId: string) => ({
      method: 'delete',
      path: `/v1/users/${userId}/data`,
    }),
  },
  data: {
    // ref https://tidepool.redocly.app/reference/data.v1
    getDataSets: (userId: string) => ({
      method: 'get',
      path: `/v1/users/${userId}/datasets`,
    }),
    getDataSources: (userId: string) => ({
      method: 'get',
      path: `/v1/users/${userId}/data_sources`,
    }),
    getData: (
      userId: string,
      options?: {
        type?: string | string[];
        subType?: string | string[];
        startDate?: string;
        endDate?: string;
        latest?: boolean;
        uploadId?: string;
        deviceId?: string;
      },
    ) => {
      const params = new URLSearchParams();
      if (options?.type) {
        const types = Array.isArray(options.type)
          ? options.type.join(',')
          : options.type;
        params.set('type', types);
      }
      if (options?.subType) {
        const subTypes = Array.isArray(options.subType)
          ? options.subType.join(',')
          : options.subType;
        params.set('subType', subTypes);
      }
      if (options?.startDate) params.set('startDate', options.startDate);
      if (options?.endDate) params.set('endDate', options.endDate);
      if (options?.latest) params.set('latest', 'true');
      if (options?.uploadId) params.set('uploadId', options.uploadId);
      if (options?.deviceId) params.set('deviceId', options.deviceId);

      return {
        method: 'get',
        path: `/data/${userId}${params.toString() ? `?${params.toString()}` : ''}`,
      };
    },
    deleteDataSet: (dataSetId: string) => ({
      method: 'delete',
      path: `/v1/datasets/${dataSetId}`,
    }),
    deleteDataFromDataSet: (dataSetId: string) => ({
      method: 'delete',
      path: `/v1/data_sets/${dataSetId}/data`,
    }),
    // Data source management (disconnect cloud/passive connections)
    disconnectDataSource: (userId: string, providerName: string) => ({
      method: 'delete',
      path: `/v1/users/${userId}/oauth/${providerName}/authorize`,
    }),
  },
  export: {
    // ref https://tidepool.redocly.app/reference/export.v1
    getData: (
      userId: string,
      options?: {
        startDate?: string;
        endDate?: string;
        format?: 'json' | 'xlsx';
        bgUnits?: 'mmol/L' | 'mg/dL';
      },
    ) => {
      const params = new URLSearchParams();
      if (options?.startDate) params.set('startDate', options.startDate);
      if (options?.endDate) params.set('endDate', options.endDate);
      if (options?.format) params.set('format', options.format);
      if (options?.bgUnits) params.set('bgUnits', options.bgUnits);

      return {
        method: 'get',
        path: `/export/${userId}${params.toString() ? `?${params.toString()}` : ''}`,
      };
    },
  },
  sharing: {
    // ref https://tidepool.redocly.app/reference/access.v1
    // Get groups (accounts) that the user can access (accounts that share WITH user)
    getGroupsForUser: (userId: string) => ({
      method: 'get',
      path: `/access/groups/${userId}`,
    }),
    // Get users who have access to this user's data (accounts user shares WITH)
    getUsersInGroup: (userId: string) => ({
      method: 'get',
      path: `/access/${userId}`,
    }),
  },
  invites: {
    // ref https://tidepool.redocly.app/reference/confirm.v1
    // Get pending invites sent by this user (outbound)
    getSentInvites: (userId: string) => ({
      method: 'get',
      path: `/confirm/invite/${userId}`,
    }),
    // Get pending invites received by this user (inbound)
    getReceivedInvites: (userId: string) => ({
      method: 'get',
      path: `/confirm/invitations/${userId}`,
    }),
  },
  clinic: {
    // ref https://tidepool.redocly.app/reference/clinic.v1
    get: (search: string) => ({
      method: 'get',
      path: `/v1/clinics/${search}`,
    }),
    getByShareCode: (search: string) => ({
      method: 'get',
      path: `/v1/clinics/share_code/${search}`,
    }),
    getPatients: (
      clinicId: string,
      options?: {
        limit?: number;
        offset?: number;
        search?: string;
        sort?: string;
      },
    ) => {
      const params = new URLSearchParams();
      if (options?.limit) params.set('limit', options.limit.toString());
      if (options?.offset) params.set('offset', options.offset.toString());
      if (options?.search) params.set('search', options.search);

      if (options?.sort) {
        params.set('sort', options.sort);
        params.set('sortType', 'cgm');
      }

      return {
        method: 'get',
        path: `/v1/clinics/${clinicId}/patients${
          params.toString() ? `?${params.toString()}` : ''
        }`,
      };
    },
    getPatient: (clinicId: string, patientId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/patients/${patientId}`,
    }),
    updatePatient: (clinicId: string, patientId: string) => ({
      method: 'put',
      path: `/v1/clinics/${clinicId}/patients/${patientId}`,
    }),
    getPatientInvites: (clinicId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/invites/patients`,
    }),
    // Note: Clinician invites are returned in the getClinicians endpoint response.
    // Records with 'inviteId' (no 'id') are pending invites; records with 'id' are accepted clinicians.
    // Use getClinicianInvite to get a specific invite by its ID.
    getClinicianInvite: (clinicId: string, inviteId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/invites/clinicians/${inviteId}`,
    }),
    getClinicians: (
      clinicId: string,
      options?: { limit?: number; offset?: number },
    ) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/clinicians${
        options
          ? `?${new URLSearchParams({
              ...(options.limit && { limit: options.limit.toString() }),
              ...(options.offset && { offset: options.offset.toString() }),
            })}`
          : ''
      }`,
    }),
    getClinician: (clinicId: string, clinicianId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/clinicians/${clinicianId}`,
    }),
    getClinicsForClinician: (
      clinicianId: string,
      options?: { limit?: number; offset?: number },
    ) => ({
      method: 'get',
      path: `/v1/clinicians/${clinicianId}/clinics${
        options
          ? `?${new URLSearchParams({
              ...(options.limit && { limit: options.limit.toString() }),
              ...(options.offset && { offset: options.offset.toString() }),
            })}`
          : ''
      }`,
    }),
    getClinicsForPatient: (
      patientId: string,
      options?: { limit?: number; offset?: number },
    ) => ({
      method: 'get',
      path: `/v1/patients/${patientId}/clinics${
        options
          ? `?${new URLSearchParams({
              ...(options.limit && { limit: options.limit.toString() }),
              ...(options.offset && { offset: options.offset.toString() }),
            })}`
          : ''
      }`,
    }),
    updateTier: (clinicId: string) => ({
      method: 'post',
      path: `/v1/clinics/${clinicId}/tier`,
    }),
    // Update clinic - update timezone and other clinic properties
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/updateclinic
    update: (clinicId: string) => ({
      method: 'put',
      path: `/v1/clinics/${clinicId}`,
    }),
    // Delete clinic workspace
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/deleteclinic
    delete: (clinicId: string) => ({
      method: 'delete',
      path: `/v1/clinics/${clinicId}`,
    }),
    // MRN settings
    // ref https://tidepool.redocly.app/reference/clinic.v1/internal/getmrnsettings
    getMrnSettings: (clinicId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/settings/mrn`,
    }),
    // ref https://tidepool.redocly.app/reference/clinic.v1/internal/updatemrnsettings
    updateMrnSettings: (clinicId: string) => ({
      method: 'put',
      path: `/v1/clinics/${clinicId}/settings/mrn`,
    }),
    // Patient count settings
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/getpatientcountsettings
    getPatientCountSettings: (clinicId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/settings/patient_count`,
    }),
    // ref https://tidepool.redocly.app/reference/clinic.v1/internal/updatepatientcountsettings
    updatePatientCountSettings: (clinicId: string) => ({
      method: 'put',
      path: `/v1/clinics/${clinicId}/settings/patient_count`,
    }),
    // Merge clinic - merges tags, patients, clinicians, invites and share codes from source clinic
    mergeClinic: (targetClinicId: string, sourceClinicId: string) => ({
      method: 'post',
      path: `/v1/clinics/${targetClinicId}/merge`,
      body: { sourceId: sourceClinicId },
    }),
    // Generate merge report (xlsx) for merging source clinic into target clinic
    generateMergeReport: (targetClinicId: string, sourceClinicId: string) => ({
      method: 'post',
      path: `/v1/clinics/${targetClinicId}/reports/merge`,
      body: { sourceId: sourceClinicId },
    }),
    // Delete clinician invitation
    // ref https://tidepool.redocly.app/reference/clinic.v1/confirmations/deleteclinicianinvite
    deleteClinicianInvite: (clinicId: string, inviteId: string) => ({
      method: 'delete',
      path: `/v1/clinics/${clinicId}/invites/clinicians/${inviteId}`,
    }),
    // Remove clinician from clinic
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/deleteclinician
    deleteClinician: (clinicId: string, clinicianId: string) => ({
      method: 'delete',
      path: `/v1/clinics/${clinicId}/clinicians/${clinicianId}`,
    }),
    // Update clinician roles
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/updateclinician
    updateClinician: (clinicId: string, clinicianId: string) => ({
      method: 'put',
      path: `/v1/clinics/${clinicId}/clinicians/${clinicianId}`,
    }),
    // Delete patient invitation
    // ref https://tidepool.redocly.app/reference/clinic.v1/confirmations/deletepatientinvitation
    deletePatientInvite: (clinicId: string, inviteId: string) => ({
      method: 'delete',
      path: `/v1/clinics/${clinicId}/invites/patients/${inviteId}`,
    }),
    // Send a connect request for a data provider to a patient
    // ref https://tidepool.redocly.app/reference/clinic.v1/clinics/sendpatientdataproviderconnectrequest
    sendConnectRequest: (
      clinicId: string,
      patientId: string,
      providerName: string,
    ) => ({
      method: 'post',
      path: `/v1/clinics/${clinicId}/patients/${patientId}/connect/${providerName}`,
    }),
  },
  prescription: {
    // ref https://tidepool.redocly.app/reference/prescription.v1
    // Get all prescriptions for a clinic
    getClinicPrescriptions: (
      clinicId: string,
      options?: {
        patientUserId?: string;
        patientEmail?: string;
        state?: string;
        createdAfter?: string;
        createdBefore?: string;
      },
    ) => {
      const params = new URLSearchParams();
      if (options?.patientUserId)
        params.set('patientUserId', options.patientUserId);
      if (options?.patientEmail)
        params.set('patientEmail', options.patientEmail);
      if (options?.state) params.set('state', options.state);
      if (options?.createdAfter)
        params.set('createdAfter', options.createdAfter);
      if (options?.createdBefore)
        params.set('createdBefore', options.createdBefore);

      return {
        method: 'get',
        path: `/v1/clinics/${clinicId}/prescriptions${params.toString() ? `?${params.toString()}` : ''}`,
      };
    },
    // Get a single prescription by ID
    getPrescription: (clinicId: string, prescriptionId: string) => ({
      method: 'get',
      path: `/v1/clinics/${clinicId}/prescriptions/${prescriptionId}`,
    }),
    // Get all prescriptions for a patient/user
    getPatientPrescriptions: (userId: string) => ({
      method: 'get',
      path: `/v1/patients/${userId}/prescriptions`,
    }),
  },
};

type apiRequestArgs = {
  path: string;
  method: string;
  body?: Record<string, unknown>;
};

type apiRequestWithSchemaArgs<T> = apiRequestArgs & {
  schema?: z.ZodSchema<T>;
};

export const apiRequest = async <T = unknown>({
  path,
  method,
  body,
  schema,
}: apiRequestWithSchemaArgs<T>): Promise<T> => {
  try {
    const result = await fetch(`${process.env.API_HOST}${path}`, {
      method,
      headers: {
        'x-tidepool-session-token': serverAuth.serverSessionToken,
        ...(body && { 'Content-Type': 'application/json' }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });

    if (!result.ok) {
      const errorText = await result.text();
      const statusText = result.statusText || 'Request failed';
      const message = errorText
        ? `${statusText} (${result.status}): ${errorText}`
        : `${statusText} (${result.status})`;

      throw new APIError(message, result.status);
    }

    // Try to parse JSON response, but don't fail if it's empty
    const text = await result.text();
    const data = text ? JSON.parse(text) : {};

    // Validate with schema if provided
    if (schema) {
      return schema.parse(data);
    }

    return data as T;
  } catch (e) {
    // Re-throw APIError as-is, don't wrap it
    if (e instanceof APIError) {
      throw e;
    }
    throw e;
  }
};

export const apiRequests = async (requests: apiRequestArgs[]) => {
  const results = await Promise.all(
    requests.map((request) => apiRequest(request)),
  );

  return results;
};

// Special request function for file exports that returns raw Response
export const apiRequestFile = async ({
  path,
  method,
  body,
}: apiRequestArgs): Promise<Response> => {
  const result = await fetch(`${process.env.API_HOST}${path}`, {
    method,
    headers: {
      'x-tidepool-session-token': serverAuth.serverSessionToken,
      ...(body && { 'Content-Type': 'application/json' }),
    },
    ...(body && { body: JSON.stringify(body) }),
  });

  if (!result.ok) {
    const errorText = await result.text();
    const statusText = result.statusText || 'Request failed';
    const message = errorText
      ? `${statusText} (${result.status}): ${errorText}`
      : `${statusText} (${result.status})`;

    throw new APIError(message, result.status);
  }

  return result;
};

/**
 * Wraps an API request and returns a ResourceState instead of throwing.
 * Use this for non-critical data fetches where you want to show an inline
 * error state rather than failing the entire page.
 *
 * @example
 * const prescriptions = await apiRequestSafe<Prescription[]>(
 *   apiRoutes.prescription.getClinicPrescriptions(clinicId)
 * );
 * // prescriptions is ResourceState<Prescription[]>
 * // Either { status: 'success', data: [...] }
 * // Or { status: 'error', error: { message: '...', code: 403 } }
 */
export const apiRequestSafe = async <T = unknown>(
  request: apiRequestArgs,
): Promise<ResourceState<T>> => {
  try {
    const data = await apiRequest<T>(request);
    return { status: 'success', data };
  } catch (err) {
    const message =
      err instanceof APIError
        ? err.message
        : err instanceof Error
          ? err.message
          : 'An unknown error occurred';
    const code = err instanceof APIError ? err.status : undefined;

    // Log to console for server-side debugging
    // Use warn for auth errors (403) since they're expected for optional data fetches
    if (code === 403) {
      console.warn(`API request not authorized: ${request.path}`);
    } else {
      console.error(`API request failed: ${request.path}`, { message, code });
    }

    return {
      status: 'error',
      error: { message, code },
    };
  }
};
