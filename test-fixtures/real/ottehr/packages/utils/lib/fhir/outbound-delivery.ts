import { Communication, Task, TaskInput, TaskOutput } from 'fhir/r4b';
import { DateTime } from 'luxon';
import { removePrefix } from '../helpers';
import { ActionLogChannel, ActionLogStatus, OutboundDeliveryAttemptData } from '../types/api/action-logs.types';
import {
  OUTBOUND_DELIVERY_INPUT_CODES,
  OUTBOUND_DELIVERY_INPUT_SYSTEM,
  OUTBOUND_DELIVERY_OUTPUT_CODES,
  OUTBOUND_DELIVERY_OUTPUT_SYSTEM,
  OUTBOUND_DELIVERY_SOURCE_IDENTIFIER_SYSTEM,
  OUTBOUND_DELIVERY_TASK_CODES,
  OUTBOUND_DELIVERY_TASK_SYSTEM,
  OYSTEHR_OUTBOUND_FAX_STATUS_CODES,
  OYSTEHR_OUTBOUND_FAX_STATUS_EXTENSION_URL,
} from './constants';

const input = (code: string, valueString?: string, reference?: string): TaskInput => ({
  type: { coding: [{ system: OUTBOUND_DELIVERY_INPUT_SYSTEM, code }] },
  ...(valueString ? { valueString } : {}),
  ...(reference ? { valueReference: { reference } } : {}),
});

export function makeOutboundDeliveryAttempt(data: OutboundDeliveryAttemptData): Task {
  const authoredOn = data.authoredOn ?? DateTime.now().toUTC().toISO() ?? new Date().toISOString();
  return {
    resourceType: 'Task',
    status: data.initialStatus ?? 'in-progress',
    intent: 'order',
    code: {
      coding: [
        {
          system: OUTBOUND_DELIVERY_TASK_SYSTEM,
          code: OUTBOUND_DELIVERY_TASK_CODES[data.channel],
          display: data.channel === 'fax' ? 'Outbound fax' : 'Outbound email',
        },
      ],
    },
    for: { reference: `Patient/${data.patientId}` },
    focus: data.appointmentId ? { reference: `Appointment/${data.appointmentId}`, type: 'Appointment' } : undefined,
    requester: data.requesterReference ? { reference: data.requesterReference } : undefined,
    partOf: data.parentAttemptId ? [{ reference: `Task/${data.parentAttemptId}` }] : undefined,
    authoredOn,
    executionPeriod: { start: authoredOn },
    identifier: data.sourceIdentifier
      ? [{ system: OUTBOUND_DELIVERY_SOURCE_IDENTIFIER_SYSTEM, value: data.sourceIdentifier }]
      : undefined,
    input: [
      input(OUTBOUND_DELIVERY_INPUT_CODES.recipientAddress, data.recipientAddress),
      ...(data.recipientName ? [input(OUTBOUND_DELIVERY_INPUT_CODES.recipientName, data.recipientName)] : []),
      ...(data.recipientOrganization
        ? [input(OUTBOUND_DELIVERY_INPUT_CODES.recipientOrganization, data.recipientOrganization)]
        : []),
      ...(data.recipientPhone ? [input(OUTBOUND_DELIVERY_INPUT_CODES.recipientPhone, data.recipientPhone)] : []),
      ...(data.faxPacketPageCount !== undefined
        ? [input(OUTBOUND_DELIVERY_INPUT_CODES.faxPacketPageCount, String(data.faxPacketPageCount))]
        : []),
      // One entry per document so the packet composition stays readable without a delimiter convention.
      ...(data.faxPacketParts ?? []).map((part) => input(OUTBOUND_DELIVERY_INPUT_CODES.faxPacketParts, part)),
      ...(data.documentReferenceId
        ? [
            input(
              OUTBOUND_DELIVERY_INPUT_CODES.documentReference,
              undefined,
              `DocumentReference/${data.documentReferenceId}`
            ),
          ]
        : []),
      ...(data.senderId ? [input(OUTBOUND_DELIVERY_INPUT_CODES.senderId, data.senderId)] : []),
      ...(data.senderDisplay ? [input(OUTBOUND_DELIVERY_INPUT_CODES.senderDisplay, data.senderDisplay)] : []),
      ...(data.senderOrganizationReference
        ? [input(OUTBOUND_DELIVERY_INPUT_CODES.senderOrganization, undefined, data.senderOrganizationReference)]
        : []),
    ],
    output: data.communicationReference
      ? [
          makeOutboundDeliveryOutput(OUTBOUND_DELIVERY_OUTPUT_CODES.communication, {
            reference: data.communicationReference,
          }),
        ]
      : undefined,
  };
}

export function getOutboundDeliveryChannel(task: Task): ActionLogChannel | undefined {
  const code = task.code?.coding?.find((coding) => coding.system === OUTBOUND_DELIVERY_TASK_SYSTEM)?.code;
  return code === OUTBOUND_DELIVERY_TASK_CODES.fax || code === OUTBOUND_DELIVERY_TASK_CODES.email ? code : undefined;
}

export function getOutboundDeliveryInput(task: Task, code: string): TaskInput | undefined {
  return task.input?.find(
    (item) =>
      item.type.coding?.some((coding) => coding.system === OUTBOUND_DELIVERY_INPUT_SYSTEM && coding.code === code)
  );
}

/** Every input entry carrying `code`. Use for repeating codes such as the fax packet part list. */
export function getOutboundDeliveryInputs(task: Task, code: string): TaskInput[] {
  return (task.input ?? []).filter(
    (item) =>
      item.type.coding?.some((coding) => coding.system === OUTBOUND_DELIVERY_INPUT_SYSTEM && coding.code === code)
  );
}

export function getOutboundDeliveryOutput(task: Task, code: string): TaskOutput | undefined {
  return task.output?.find(
    (item) =>
      item.type.coding?.some((coding) => coding.system === OUTBOUND_DELIVERY_OUTPUT_SYSTEM && coding.code === code)
  );
}

export interface OutboundDeliveryRecipientSnapshot {
  address?: string;
  name?: string;
  documentReferenceId?: string;
  communicationId?: string;
}

export function getOutboundDeliveryRecipientSnapshot(task: Task): OutboundDeliveryRecipientSnapshot {
  return {
    address: getOutboundDeliveryInput(task, OUTBOUND_DELIVERY_INPUT_CODES.recipientAddress)?.valueString,
    name: getOutboundDeliveryInput(task, OUTBOUND_DELIVERY_INPUT_CODES.recipientName)?.valueString,
    documentReferenceId: removePrefix(
      'DocumentReference/',
      getOutboundDeliveryInput(task, OUTBOUND_DELIVERY_INPUT_CODES.documentReference)?.valueReference?.reference ?? ''
    ),
    communicationId: removePrefix(
      'Communication/',
      getOutboundDeliveryOutput(task, OUTBOUND_DELIVERY_OUTPUT_CODES.communication)?.valueReference?.reference ?? ''
    ),
  };
}

export function getOutboundDeliveryAttemptStatus(task: Task, communication?: Communication): ActionLogStatus {
  if (getOutboundDeliveryChannel(task) === 'email') {
    if (task.status === 'completed') return 'sent';
    if (task.status === 'failed') return 'failed';
    return 'pending';
  }

  const faxStatus = communication?.extension
    ?.find((extension) => extension.url === OYSTEHR_OUTBOUND_FAX_STATUS_EXTENSION_URL)
    ?.valueCodeableConcept?.coding?.[0]?.code?.toUpperCase();
  if (faxStatus === OYSTEHR_OUTBOUND_FAX_STATUS_CODES.delivered) return 'sent';
  if (faxStatus === OYSTEHR_OUTBOUND_FAX_STATUS_CODES.stopped) return 'failed';
  if (!faxStatus && communication?.status === 'completed') return 'sent';
  // Legacy/backfilled attempts are marked completed at creation time; their Communication may
  // predate the fax status extension or may no longer be resolvable, so fall back to the Task.
  if (!faxStatus && task.status === 'completed') return 'sent';
  if (task.status === 'failed') return 'failed';
  return 'pending';
}

export function makeOutboundDeliveryOutput(
  code: (typeof OUTBOUND_DELIVERY_OUTPUT_CODES)[keyof typeof OUTBOUND_DELIVERY_OUTPUT_CODES],
  value: { valueString?: string; reference?: string }
): TaskOutput {
  return {
    type: { coding: [{ system: OUTBOUND_DELIVERY_OUTPUT_SYSTEM, code }] },
    ...(value.valueString ? { valueString: value.valueString } : {}),
    ...(value.reference ? { valueReference: { reference: value.reference } } : {}),
  };
}
