export interface SignUpFormProps {
  firstName: string;
  lastName: string;
  email: string;
  phoneNumber: string;
  password: string;
  confirmPassword: string;
  businessName: string;
  role: string;
  acceptedTerms: boolean;
  cityQuestionResponse: string;
  intentionQuestionResponse: string;
  skillsQuestionResponse: string;
}
