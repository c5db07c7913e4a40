import {
  createPatient,
  CreatePatientRequest,
  PatientName,
  PatientIdentifier,
  PatientAddress,
  PatientAttribute,
  AUDIT_LOG_EVENT_DETAILS,
  AuditEventType,
  dispatchAuditEvent,
  PersonAttributeType,
  useTranslation,
} from '@bahmni/services';
import { useNotification } from '@bahmni/widgets';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import type { RelationshipData } from '../components/forms/patientRelationships/PatientRelationships';
import { convertTimeToISODateTime } from '../components/forms/profile/dateAgeUtils';
import {
  BasicInfoData,
  PersonAttributesData,
  AdditionalIdentifiersData,
} from '../models/patient';
import { parseDateStringToDate } from '../utils/ageUtils';
import { usePersonAttributes } from './usePersonAttributes';

interface CreatePatientFormData {
  profile: BasicInfoData & {
    dobEstimated: boolean;
    patientIdentifier: PatientIdentifier;
    image?: string;
  };
  address: PatientAddress;
  contact: PersonAttributesData;
  additional: PersonAttributesData;
  additionalIdentifiers: AdditionalIdentifiersData;
  relationships: RelationshipData[];
}

export const useCreatePatient = () => {
  const { t } = useTranslation();
  const { addNotification } = useNotification();
  const navigate = useNavigate();
  const { personAttributes } = usePersonAttributes();

  const mutation = useMutation({
    mutationFn: (formData: CreatePatientFormData) => {
      const payload = transformFormDataToPayload(formData, personAttributes);
      return createPatient(payload);
    },
    onSuccess: (response) => {
      addNotification({
        title: t('NOTIFICATION_SUCCESS_TITLE'),
        message: t('NOTIFICATION_PATIENT_SAVED_SUCCESSFULLY'),
        type: 'success',
        timeout: 5000,
      });

      if (response?.patient?.uuid) {
        dispatchAuditEvent({
          eventType: AUDIT_LOG_EVENT_DETAILS.REGISTER_NEW_PATIENT
            .eventType as AuditEventType,
          patientUuid: response.patient.uuid,
          module: AUDIT_LOG_EVENT_DETAILS.REGISTER_NEW_PATIENT.module,
        });

        window.history.replaceState(
          {
            patientDisplay: response.patient.display,
            patientUuid: response.patient.uuid,
          },
          '',
          `/registration/patient/${response.patient.uuid}`,
        );
      } else {
        navigate('/registration/search');
      }
    },
    onError: (error) => {
      addNotification({
        type: 'error',
        title: t('ERROR_SAVING_PATIENT'),
        message: error instanceof Error ? error.message : String(error),
        timeout: 5000,
      });
    },
  });

  return mutation;
};

function transformFormDataToPayload(
  formData: CreatePatientFormData,
  personAttributes: PersonAttributeType[],
): CreatePatientRequest {
  const { profile, address, contact, additional, additionalIdentifiers } =
    formData;
  const patientName: PatientName = {
    givenName: profile.firstName,
    ...(profile.middleName && { middleName: profile.middleName }),
    familyName: profile.lastName,
    display: `${profile.firstName}${profile.middleName ? ' ' + profile.middleName : ''} ${profile.lastName}`,
    preferred: false,
  };

  // Create a map of attribute name to UUID for quick lookup
  const attributeMap = new Map<string, string>();
  personAttributes.forEach((attr) => {
    attributeMap.set(attr.name, attr.uuid);
  });

  // Merge contact and additional attributes
  const allPersonAttributes = { ...contact, ...additional };

  const attributes: PatientAttribute[] = [];
  Object.entries(allPersonAttributes).forEach(([key, value]) => {
    if (value && attributeMap.has(key)) {
      attributes.push({
        attributeType: { uuid: attributeMap.get(key)! },
        value: String(value),
      });
    }
  });

  const transformedRelationships = (formData.relationships || [])
    .filter((rel) => rel.patientUuid && rel.relationshipType)
    .map((rel) => {
      const relationship: {
        relationshipType: { uuid: string };
        personB: { uuid: string };
        endDate?: string;
      } = {
        relationshipType: { uuid: rel.relationshipType! },
        personB: { uuid: rel.patientUuid },
      };

      if (rel.tillDate) {
        const date = parseDateStringToDate(rel.tillDate);
        if (date) {
          relationship.endDate = date.toISOString();
        }
      }

      return relationship;
    });

  const identifiers: (PatientIdentifier & { identifier?: string })[] = [
    profile.patientIdentifier,
  ];

  Object.entries(additionalIdentifiers).forEach(
    ([identifierTypeUuid, value]) => {
      if (value && value.trim() !== '') {
        identifiers.push({
          identifier: value,
          identifierType: identifierTypeUuid,
          preferred: false,
        });
      }
    },
  );

  const payload: CreatePatientRequest = {
    patient: {
      person: {
        names: [patientName],
        gender: profile.gender.charAt(0).toUpperCase(),
        birthdate: profile.dateOfBirth,
        birthdateEstimated: profile.dobEstimated,
        birthtime: convertTimeToISODateTime(
          profile.dateOfBirth,
          profile.birthTime,
        ),
        addresses: [address],
        attributes,
        deathDate: null,
        causeOfDeath: '',
      },
      identifiers,
    },
    ...(profile.image && { image: profile.image }),
    relationships: transformedRelationships,
  };

  return payload;
}
