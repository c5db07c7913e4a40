export interface TemplateWarnings {
  message?: string;
  hsbsFields?: string[];
  requiredFields?: string[];
}
