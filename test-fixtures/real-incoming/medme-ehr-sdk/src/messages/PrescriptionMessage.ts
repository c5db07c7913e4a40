import {
  Doctor,
  PatientInfo,
  Medication,
  Period,
  BusinessInfo,
  Diagnosis,
} from "../types/index";

export class PrescriptionMessage {
  id: string;
  created: Date;
  business: BusinessInfo;
  patientId: string;
  patientInfo: PatientInfo;
  recorderDoctor: Doctor;
  medications: Medication[];
  dosageText: string;
  reasonText: string;
  validityPeriod: Period;
  numberOfRepeats: number;
  title: string;
  Diagnoses: Diagnosis[];
}
