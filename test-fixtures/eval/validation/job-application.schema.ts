import * as yup from "yup";

export const jobApplicationSchema = yup.object({
  fullName: yup.string().required("Please tell us your name"), // @pii user.name
  email: yup.string().email().required(), // @pii user.contact.email
  phone: yup.string().matches(/^\+?[0-9 ]{7,}$/, "Invalid phone number"), // @pii user.contact.phone_number
  dateOfBirth: yup.date().max(new Date(), "Must be in the past"), // @pii user.demographic.date_of_birth
  currentCompany: yup.string(), // @pii user.contact.organization
  noticePeriodWeeks: yup.number().min(0), // @pii none
  salaryExpectation: yup.number().positive(), // @pii user.financial
  rightToWork: yup.string().oneOf(["citizen", "settled_status", "visa_required"]), // @pii user.government_id.immigration
  hasUnspentConvictions: yup.boolean(), // @pii user.criminal_history
  gender: yup.string().oneOf(["woman", "man", "non-binary", "prefer not to say"]), // @pii user.demographic.gender
  sexualOrientation: yup.string(), // @pii user.demographic.sexual_orientation  optional diversity monitoring
  religionOrBelief: yup.string(), // @pii user.demographic.religious_belief
  coverLetterFileName: yup.string(), // @pii none
  heardAboutUs: yup.string(), // @pii none
  agreeToPrivacyPolicy: yup.boolean().oneOf([true]), // @pii none
});

export type JobApplication = yup.InferType<typeof jobApplicationSchema>;
