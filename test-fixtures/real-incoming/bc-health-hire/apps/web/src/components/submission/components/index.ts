export interface FormStepProps {
  formKey: string;
}

export * from './Contact';
export * from './Credential';
export * from './Preferences';
export * from './Personal';
export * from './Review';
export * from './UpdateSubmissionForm';
