/*
 * Copyright 2025 Commonwealth Scientific and Industrial Research
 * Organisation (CSIRO) ABN 41 687 119 230.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

import type Client from 'fhirclient/lib/Client';
import type {
  Bundle,
  Encounter,
  FhirResource,
  Identifier,
  OperationOutcome,
  Patient,
  Practitioner,
  Questionnaire
} from 'fhir/r4';
import type { fhirclient } from 'fhirclient/lib/types';
import * as FHIR from 'fhirclient';
import { HEADERS } from '../../../api/headers.ts';

export async function readCommonLaunchContexts(
  client: Client
): Promise<{ patient: Patient | null; user: Practitioner | null; encounter: Encounter | null }> {
  const settledPromises = await Promise.allSettled([
    client.patient.read(),
    client.user.read(),
    client.encounter.read()
  ]);

  let patient: Patient | null = null;
  let user: Practitioner | null = null;
  let encounter: Encounter | null = null;
  for (const settledPromise of settledPromises) {
    if (settledPromise.status === 'fulfilled') {
      const resource = settledPromise.value;

      if (resource.resourceType === 'Patient') {
        patient = resource;
        continue;
      }

      if (resource.resourceType === 'Practitioner') {
        user = resource;
        continue;
      }

      if (resource.resourceType === 'Encounter') {
        encounter = resource as Encounter;
      }
    }
  }

  return {
    patient,
    user,
    encounter
  };
}

export interface FhirContext {
  role?: string;
  type?: string;
  canonical?: string;
  reference?: string;
  identifier?: Identifier;
  [key: string]: unknown;
}

export const DISABLE_WRITEBACK_SELECTION_CONTEXT_KEY =
  'https://smartforms.csiro.au/smart-app-launch/extra-context/disable-writeback-selection';

export const DISABLE_BUNDLE_VALIDATION_CONTEXT_KEY =
  'https://smartforms.csiro.au/smart-app-launch/extra-context/disable-bundle-validation';

export interface tokenResponseCustomised extends fhirclient.TokenResponse {
  fhirContext?: FhirContext[];
  intent?: string;
  'https://smartforms.csiro.au/smart-app-launch/extra-context/disable-writeback-selection'?:
    | boolean
    | string;
  'https://smartforms.csiro.au/smart-app-launch/extra-context/disable-bundle-validation'?:
    | boolean
    | string;
}

// Use Australian Digital Health namespace with the "new" role for fhirContext:
// https://confluence.hl7.org/spaces/FHIRI/pages/202409650/fhirContext+Role+Registry#:~:text=N/A-,http%3A//ns.electronichealth.net.au/smart/role/new,-URL%20made%20more
export function getQuestionnaireReferences(fhirContext: FhirContext[]): FhirContext[] {
  return fhirContext.filter(
    (context) =>
      context.role === 'http://ns.electronichealth.net.au/smart/role/new' &&
      context.type === 'Questionnaire' &&
      !!context.canonical
  );
}

export function readQuestionnaireContext(
  client: Client,
  questionnaireReferences: FhirContext[],
  formsServerUrl: string
): Promise<Questionnaire | Bundle | OperationOutcome> {
  if (questionnaireReferences.length === 0) {
    return Promise.reject(new Error('No Questionnaire references found'));
  }

  const questionnaireReference = questionnaireReferences[0];

  if (questionnaireReference.reference) {
    const questionnaireId = questionnaireReference.reference.split('/')[1];
    return client.request({
      url: 'Questionnaire/' + questionnaireId,
      method: 'GET',
      headers: HEADERS
    });
  } else if (questionnaireReference.canonical) {
    let canonical = questionnaireReference.canonical;

    canonical = canonical.replace('|', '&version=');

    return FHIR.client(formsServerUrl).request({
      url: 'Questionnaire?url=' + canonical + '&_sort=_lastUpdated',
      method: 'GET',
      headers: HEADERS
    });
  } else {
    return Promise.reject(new Error('No Questionnaire references found'));
  }
}

export function responseToQuestionnaireResource(
  response: Questionnaire | OperationOutcome | Bundle
): Questionnaire | undefined {
  if (response.resourceType === 'Questionnaire') {
    return response as Questionnaire;
  }

  if (response.resourceType === 'Bundle') {
    return response.entry?.find((entry) => entry.resource?.resourceType === 'Questionnaire')
      ?.resource as Questionnaire;
  }

  if (response.resourceType === 'OperationOutcome') {
    console.error(response);
  }
}

export async function resolveFhirContextReferences(
  client: Client,
  fhirContext: FhirContext[]
): Promise<Record<string, FhirResource>> {
  const contextMap: Record<string, FhirResource> = {};

  const contextsWithReferences = fhirContext.filter((ctx) => !!ctx.reference);

  const settledPromises = await Promise.allSettled(
    contextsWithReferences.map((ctx) =>
      client.request({
        url: ctx.reference ?? '',
        method: 'GET',
        headers: HEADERS
      })
    )
  );

  settledPromises.forEach((settledPromise, index) => {
    const context = contextsWithReferences[index];
    if (settledPromise.status === 'fulfilled' && context.reference) {
      const type = context.type ?? context.reference.split('/')[0];
      if (type) {
        contextMap[type] = settledPromise.value as FhirResource;
      }
    } else if (settledPromise.status === 'rejected') {
      console.warn(
        `Failed to resolve fhirContext reference ${context.reference}:`,
        settledPromise.reason
      );
    }
  });

  return contextMap;
}

/**
 * Resolves a SMART App Launch client ID for the given FHIR server issuer (`iss`).
 *
 * The client ID is determined in the following order:
 * 1. If a `registeredClientIds` map is provided and contains a client ID for the given `iss`, that client ID will be used.
 * 2. Otherwise, the function falls back to the `defaultClientId`.
 */
export function getClientId(
  iss: string,
  registeredClientIds: Record<string, string> | null,
  defaultClientId: string
): string {
  // registeredClientIds not provided, fallback to default client ID
  if (!registeredClientIds) {
    return defaultClientId;
  }

  // Get client ID for specific issuer
  const registeredClientId = registeredClientIds[iss];

  // If registeredClientId is invalid, fallback to default client ID
  return registeredClientId ?? defaultClientId;
}
