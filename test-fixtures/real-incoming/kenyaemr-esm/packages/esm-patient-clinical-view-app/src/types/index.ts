import { AuditInfo, EncounterType, type Obs, type OpenmrsResource } from '@openmrs/esm-framework';
import { type Form } from '@openmrs/esm-patient-common-lib';
export interface OpenmrsEncounter extends OpenmrsResource {
  encounterDatetime: string;
  encounterType: {
    uuid: string;
    display: string;
  };
  patient: string;
  location: string;
  encounterProviders?: Array<{
    encounterRole: string;
    provider: { uuid: string; person: { uuid: string; display: string }; name: string };
    display?: string;
  }>;
  obs: Array<OpenmrsResource>;

  form?: { name: string; uuid: string };

  visit?: {
    visitType: {
      uuid: string;
      display: string;
    };
  };
  diagnoses?: Array<{
    uuid: string;
    diagnosis: { coded: { display: string } };
  }>;
}
export interface LocationData {
  display: string;
  uuid: string;
}

export interface Concept {
  uuid: string;
  display: string;
  answers?: Concept[];
}

export interface Observation {
  uuid: string;
  concept: {
    uuid: string;
    display?: string;
    conceptClass?: {
      uuid: string;
      display: string;
    };
    name?: {
      uuid: string;
      name: string;
    };
  };
  display?: string;
  groupMembers: null | Array<{
    uuid: string;
    concept: {
      uuid: string;
      display: string;
    };
    value: any;
    display: string;
  }>;
  value: any;
  obsDatetime?: string;
}

export interface ConceptToFormLabelMap {
  display: string;
  answers: null | Array<string>;
}
export interface Relationship {
  display: string;
  uuid: string;
  personA: Person;
  personB: Person;
  relationshipType: {
    uuid: string;
    display: string;
    aIsToB: string;
    bIsToA: string;
  };
  startDate: string;
  endDate: string | null;
}

export interface Contact {
  uuid: string;
  name: string;
  display: string;
  relativeAge: number;
  dead: boolean;
  causeOfDeath: string;
  relativeUuid: string;
  relationshipType: string;
  patientUuid: string;
  gender: string;
  contact: string | null;
  startDate: string | null;
  endDate: string | null;
  baselineHIVStatus: string | null;
  personContactCreated: string | null;
  livingWithClient: string | null;
  pnsAproach: string | null;
  ipvOutcome: string | null;
  age: number | null;
}

export interface Peer {
  uuid: string;
  name: string;
  display: string;
  relativeAge: number;
  dead: boolean;
  causeOfDeath: string;
  relativeUuid: string;
  relationshipType: string;
  patientUuid: string;
  gender: string;
  contact: string | null;
  startDate: string | null;
  endDate: string | null;
  age: number | null;
}

export interface Person {
  uuid: string;
  age: number;
  dead: boolean;
  display: string;
  causeOfDeath: string;
  gender: string;
  deathDate: string;
  attributes: {
    uuid: string;
    display: string;
    value: string;
    attributeType: {
      uuid: string;
      display: string;
    };
  }[];
}

export interface Patient {
  uuid: string;
  person: Person;
  identifiers: {
    uuid: string;
  }[];
}

export interface RelationShipType {
  uuid: string;
  displayAIsToB: string;
  displayBIsToA: String;
}

export interface Enrollment {
  uuid: string;
  program: {
    name: string;
    uuid: string;
  };
}

export interface HTSEncounter {
  uuid: string;
  display: string;
  encounterDatetime: string;
  obs: {
    uuid: string;
    display: string;
    value: {
      uuid: string;
      display: string;
    };
  }[];
}

export interface BedDetails extends Bed {
  patient: null | {
    uuid: string;
    person: {
      gender: string;
      age: number;
      preferredName: {
        givenName: string;
        familyName: string;
      };
    };
    identifiers: Array<{ identifier: string }>;
  };
}

export type AdmissionLocation = {
  ward: {
    uuid: string;
    display: string;
    name: string;
    description: string;
  };
  totalBeds: number;
  occupiedBeds: number;
  bedLayouts: Array<BedDetails>;
};

export interface Bed {
  id: number;
  bedId: number;
  uuid: string;
  bedNumber: string;
  bedType: {
    uuid: string;
    name: string;
    displayName: string;
    description: string;
    resourceVersion: string;
  };
  row: number;
  column: number;
  status: 'AVAILABLE' | string;
  location: string;
}

export type MappedBedData = Array<{
  id: number;
  number: string;
  name: string;
  description: string;
  status: string;
  uuid: string;
}>;

export type ReportingPeriod = {
  year: number;
  month: number;
};

export interface Encounter {
  uuid: string;
  display: string;
  encounterDatetime: string;
  location: {
    uuid: string;
    display: string;
  };
}

export interface Visit {
  uuid: string;
  display?: string;
  startDatetime: string;
  stopDatetime?: string;
  encounters;
}

export interface ContactAttributeData {
  baselineStatus?: string;
  preferedPNSAproach?: string;
  livingWithClient?: string;
  ipvOutCome?: string;
}

interface DispositionEncounter extends OpenmrsResource {
  encounterDatetime: string;
  patient: OpenmrsResource;
  location: OpenmrsResource;
  form: Form;
  encounterType: EncounterType;
  obs: Obs[];
  orders: any[];
  voided: boolean;
  auditInfo: AuditInfo;
  visit: Visit;
  encounterProviders: any[];
  diagnoses: any[];
  resourceVersion: string;
}

export interface AdmissionRequest {
  dispositionLocation: OpenmrsResource;
  dispositionType: string;
  disposition: Concept;
  dispositionEncounter: DispositionEncounter;
  patient: Patient;
  dispositionObsGroup: Obs;
  visit: Visit;
}
