import type { Request, Response, NextFunction } from 'express';
import 'csrf-sync'; // Import to ensure CSRF types are loaded
import { apiService } from '#src/services/apiService.js';
import { safeString, capitaliseFirst, extractCurrentFields, normaliseSelectedCheckbox, setSessionValue } from '#src/scripts/helpers/index.js';
import { validationResult } from 'express-validator';
import { formatValidationError } from '#src/scripts/helpers/ValidationErrorHelpers.js';
import type {
  RenderData,
  GetFormOptions,
  PostFormOptions,
} from '#types/form-controller-types.js';
import type { CaseStatusLabels } from '#types/case-types.js';
import { HTTP } from '#src/services/api/base/constants.js';

/**
 * Generic function to handle GET requests for edit forms
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {NextFunction} next - Express next middleware function
 * @param {GetFormOptions} options - Configuration options for the form handler
 * @returns {Promise<void>}
 */
export async function handleGetEditForm(
  req: Request,
  res: Response,
  next: NextFunction,
  options: GetFormOptions
): Promise<void> {
  const caseReference = safeString(req.params.caseReference);
  try {
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    let extractedData: Record<string, unknown> = {};
    if (options.fieldConfigs !== undefined) {
      // Use field configurations for data extraction
      extractedData = extractCurrentFields(response.data, options.fieldConfigs);
    } else if (options.dataExtractor !== undefined) {
      // Use custom data extractor function
      extractedData = options.dataExtractor(response.data);
    }

    const templateData = {
      caseReference,
      client: response.data,
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
      ...extractedData
    };
    res.render(options.templatePath, templateData);
  } catch (error) {
    next(error);
  }
}

/**
 * Generic function to handle POST requests for edit forms
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {NextFunction} next - Express next middleware function
 * @param {PostFormOptions} options - Configuration options for the form handler
 * @returns {Promise<void>}
 */
export async function handlePostEditForm(
  req: Request,
  res: Response,
  next: NextFunction,
  options: PostFormOptions
): Promise<void> {
  const caseReference = safeString(req.params.caseReference);
  const { templatePath, fields, apiUpdateData } = options;

  let inputErrors: Record<string, string> = {};
  let errorSummaryList: Array<{ text: string; href: string }> = [];
  let formIsInvalid = false;

  // Use express-validator validation - get raw errors first to access field information
  const rawValidationResult = validationResult(req);

  if (!rawValidationResult.isEmpty()) {
    const rawErrors = rawValidationResult.array();

    const resultingErrors = rawErrors.map((error) => {
      // Get field name from express-validator's path property
      const fieldName = 'path' in error && typeof error.path === 'string' ? error.path : '';

      // Format the error message
      const errorData = formatValidationError(error);

      return {
        fieldName,
        inlineMessage: errorData.inlineMessage,
        summaryMessage: errorData.summaryMessage,
      };
    });

    inputErrors = resultingErrors.reduce<Record<string, string>>((errors, { fieldName, inlineMessage }) => {
      if (inlineMessage.trim() !== '') {
        errors[fieldName] = inlineMessage;
      }
      return errors;
    }, {});

    errorSummaryList = resultingErrors.map(({ summaryMessage, fieldName }) => ({
      text: summaryMessage,
      href: `#${fieldName}`,
    }));

    formIsInvalid = true;
  }

  if (formIsInvalid) {
    // Fetch client details for the case info header and alert banner
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    const renderData: RenderData = {
      caseReference,
      client: response.data,
      error: { inputErrors, errorSummaryList },
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
    };

    // Add current values to render data
    fields.forEach(({ name, value, existingValue }) => {
      renderData[`current${capitaliseFirst(name)}`] = value;
      renderData[`existing${capitaliseFirst(name)}`] = existingValue;
    });

    // Add any additional fields from apiUpdateData
    Object.entries(apiUpdateData).forEach(([key, value]) => {
      if (!fields.some(({ name }) => name === key)) {
        renderData[key] = value;
      }
    });

    res.status(HTTP.BAD_REQUEST).render(templatePath, renderData);
    return;
  } else {
    const fieldsForComparison = options.fields.map(field => ({
      current: field.value,
      existing: field.existingValue
    }));

    const handled = handleNoChangeRedirect(req, res, caseReference, fieldsForComparison);

    if (handled) return;
  }

  try {
    await apiService.updateClientDetails(req.axiosMiddleware, caseReference, apiUpdateData);
    res.redirect(`/cases/${caseReference}/client-details`);
  } catch (error) {
    next(error);
  }
}

/**
 * Prepares third party data for API submission
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {object} - Formatted third party data for API
 */
export function prepareThirdPartyData(formFields: Record<string, unknown>): object {
  const {
    thirdPartyFullName,
    thirdPartyPostcode,
    thirdPartyAddress,
    thirdPartyContactNumber,
    thirdPartyEmailAddress,
    thirdPartySafeToCall,
    thirdPartyPassphraseSetUp,
    thirdPartyPassphrase,
    thirdPartyRelationshipToClient: personalRelationship
  } = formFields;

  // Default to "SAFE", unless explicitly false
  const safeToContact = thirdPartySafeToCall === 'false' || thirdPartySafeToCall === false ? 'DONT_CALL' : 'SAFE';

  const spokeTo = !(typeof thirdPartyPassphraseSetUp === 'string' && thirdPartyPassphraseSetUp !== 'Yes')

  const reason = typeof thirdPartyPassphraseSetUp === 'string' && thirdPartyPassphraseSetUp !== 'Yes' ? thirdPartyPassphraseSetUp : '';

  const passphraseConditional = thirdPartyPassphraseSetUp === 'Yes' ? thirdPartyPassphrase : '';

  return {
    personal_details: {
      full_name: thirdPartyFullName,
      postcode: thirdPartyPostcode,
      street: thirdPartyAddress,
      mobile_phone: thirdPartyContactNumber,
      email: thirdPartyEmailAddress,
      safe_to_contact: safeToContact
    },
    pass_phrase: passphraseConditional,
    reason,
    personal_relationship: personalRelationship,
    spoke_to: spokeTo
  };
}

/**
 * Abstract base class for handling third party validation errors
 */
abstract class ThirdPartyValidator {
  protected abstract readonly templatePath: string;

  /**
   * Handles validation errors and renders the appropriate third party form with error messages
   * @param {Request} req - Express request object
   * @param {Response} res - Express response object
   * @param {string} caseReference - Case reference number
   * @param {Record<string, unknown>} formFields - Form field values
   * @returns {boolean} - Returns true if there were validation errors, false otherwise
   */
  public async handleValidationErrors(
    req: Request,
    res: Response,
    caseReference: string,
    formFields: Record<string, unknown>
  ): Promise<boolean> {
    const rawValidationResult = validationResult(req);

    if (rawValidationResult.isEmpty()) {
      return false;
    }

    const rawErrors = rawValidationResult.array();

    const resultingErrors = rawErrors.map((error) => {
      const fieldName = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const errorData = formatValidationError(error);

      return {
        fieldName,
        inlineMessage: errorData.inlineMessage,
        summaryMessage: errorData.summaryMessage,
      };
    });

    const inputErrors = resultingErrors.reduce((errors: Record<string, string>, { fieldName, inlineMessage }) => {
      if (inlineMessage.trim() !== '') {
        errors[fieldName] = inlineMessage;
      }
      return errors;
    }, {});

    const errorSummaryList = resultingErrors.map(({ summaryMessage, fieldName }) => ({
      text: summaryMessage,
      href: `#${fieldName}`,
    }));

    // Fetch client details for the case info header and alert banner
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    const renderData = {
      caseReference,
      client: response.data,
      error: { inputErrors, errorSummaryList },
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
      currentThirdPartyFullName: formFields.thirdPartyFullName,
      currentThirdPartyEmailAddress: formFields.thirdPartyEmailAddress,
      currentThirdPartyContactNumber: formFields.thirdPartyContactNumber,
      currentThirdPartySafeToCall: formFields.thirdPartySafeToCall,
      currentThirdPartyAddress: formFields.thirdPartyAddress,
      currentThirdPartyPostcode: formFields.thirdPartyPostcode,
      currentThirdPartyRelationshipToClient: formFields.thirdPartyRelationshipToClient,
      currentThirdPartyPassphraseSetUp: formFields.thirdPartyPassphraseSetUp,
      currentThirdPartyPassphrase: formFields.thirdPartyPassphrase
    };

    res.status(HTTP.BAD_REQUEST).render(this.templatePath, renderData);
    return true;
  }
}

/**
 * Validator for ADD third party forms
 */
class AddThirdPartyValidator extends ThirdPartyValidator {
  protected readonly templatePath = 'case_details/third_party_details/add-client-third-party.njk';
}

/**
 * Validator for EDIT third party forms
 */
class EditThirdPartyValidator extends ThirdPartyValidator {
  protected readonly templatePath = 'case_details/third_party_details/change-client-third-party.njk';
}

// Singleton instances
const addThirdPartyValidator = new AddThirdPartyValidator();
const editThirdPartyValidator = new EditThirdPartyValidator();

/**
 * Handles validation errors and renders the ADD third party form with error messages
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {string} caseReference - Case reference number
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {boolean} - Returns true if there were validation errors, false otherwise
 */
export async function handleAddThirdPartyValidationErrors(
  req: Request,
  res: Response,
  caseReference: string,
  formFields: Record<string, unknown>
): Promise<boolean> {
  return await addThirdPartyValidator.handleValidationErrors(req, res, caseReference, formFields);
}

/**
 * Handles validation errors and renders the EDIT third party form with error messages
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {string} caseReference - Case reference number
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {boolean} - Returns true if there were validation errors, false otherwise
 */
export async function handleEditThirdPartyValidationErrors(
  req: Request,
  res: Response,
  caseReference: string,
  formFields: Record<string, unknown>
): Promise<boolean> {
  return await editThirdPartyValidator.handleValidationErrors(req, res, caseReference, formFields);
}

/**
 * Prepares client support needs data for API submission
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {object} - Formatted client support needs data for API
 */
export function prepareClientSupportNeedsData(formFields: Record<string, unknown>): {
  bsl_webcam: boolean;
  text_relay: boolean;
  language: string | null;
  notes: string;
  callback_preference: boolean;
  no_adaptations_required: boolean;
} {
  const {
    clientSupportNeeds,
    languageSupportNeeds,
    notes
  } = formFields;

  const selected = normaliseSelectedCheckbox(clientSupportNeeds);
  const selectedSet = new Set(selected);

  let language = null;
  if (selectedSet.has('languageSelection') && typeof languageSupportNeeds === 'string') {
    language = languageSupportNeeds.toUpperCase();
  }

  let notesString = '';
  if (selectedSet.has('otherSupport') && typeof notes === 'string') {
    notesString = notes;
  }

  let noAdaptationsRequiredValue = true;
  if (selectedSet.has('bslWebcam') || selectedSet.has('textRelay') || selectedSet.has('callbackPreference') || selectedSet.has('languageSelection') || selectedSet.has('otherSupport')) {
    noAdaptationsRequiredValue = false;
  }

  return {
    bsl_webcam: selectedSet.has('bslWebcam'),
    text_relay: selectedSet.has('textRelay'),
    language,
    notes: notesString,
    callback_preference: selectedSet.has('callbackPreference'),
    no_adaptations_required: noAdaptationsRequiredValue
  };
}

/**
 * Abstract base class for handling client support needs validation errors
 */
abstract class ClientSupportNeedsValidator {
  protected abstract readonly templatePath: string;

  /**
   * Handles validation errors and renders the appropriate client support needs form with error messages
   * @param {Request} req - Express request object
   * @param {Response} res - Express response object
   * @param {string} caseReference - Case reference number
   * @param {Record<string, unknown>} formFields - Form field values
   * @returns {boolean} - Returns true if there were validation errors, false otherwise
   */
  public async handleValidationErrors(
    req: Request,
    res: Response,
    caseReference: string,
    formFields: Record<string, unknown>
  ): Promise<boolean> {
    const rawValidationResult = validationResult(req);

    if (rawValidationResult.isEmpty()) {
      return false;
    }

    const rawErrors = rawValidationResult.array();

    const resultingErrors = rawErrors.map((error) => {
      const fieldName = 'path' in error && typeof error.path === 'string' ? error.path : '';
      const errorData = formatValidationError(error);

      return {
        fieldName,
        inlineMessage: errorData.inlineMessage,
        summaryMessage: errorData.summaryMessage,
      };
    });

    const inputErrors = resultingErrors.reduce((errors: Record<string, string>, { fieldName, inlineMessage }) => {
      if (inlineMessage.trim() !== '') {
        errors[fieldName] = inlineMessage;
      }
      return errors;
    }, {});

    const errorSummaryList = resultingErrors.map(({ summaryMessage, fieldName }) => ({
      text: summaryMessage,
      href: `#${fieldName}`,
    }));

    // Fetch client details for the case info header and alert banner
    const response = await apiService.getClientDetails(req.axiosMiddleware, caseReference);

    const renderData = {
      caseReference,
      client: response.data,
      error: { inputErrors, errorSummaryList },
      csrfToken: typeof req.csrfToken === 'function' ? req.csrfToken() : undefined,
      currentClientSupportNeeds: formFields.clientSupportNeeds,
      currentLanguageSupportNeeds: formFields.languageSupportNeeds,
      currentNotes: formFields.notes
    };

    res.status(HTTP.BAD_REQUEST).render(this.templatePath, renderData);
    return true;
  }
}

/**
 * Validator for ADD client support needs forms
 */
class AddClientSupportNeedsValidator extends ClientSupportNeedsValidator {
  protected readonly templatePath = 'case_details/client_support_needs/add-client-support-needs.njk';
}

/**
 * Validator for EDIT client support needs forms
 */
class EditClientSupportNeedsValidator extends ClientSupportNeedsValidator {
  protected readonly templatePath = 'case_details/client_support_needs/change-client-support-needs.njk';
}

// Singleton instances
const addClientSupportNeedsValidator = new AddClientSupportNeedsValidator();
const editClientSupportNeedsValidator = new EditClientSupportNeedsValidator();

/**
 * Handles validation errors and renders the ADD client support needs form with error messages
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {string} caseReference - Case reference number
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {boolean} - Returns true if there were validation errors, false otherwise
 */
export async function handleAddClientSupportNeedsErrors(
  req: Request,
  res: Response,
  caseReference: string,
  formFields: Record<string, unknown>
): Promise<boolean> {
  return await addClientSupportNeedsValidator.handleValidationErrors(req, res, caseReference, formFields);
}

/**
 * Handles validation errors and renders the EDIT client support needs form with error messages
 * @param {Request} req - Express request object
 * @param {Response} res - Express response object
 * @param {string} caseReference - Case reference number
 * @param {Record<string, unknown>} formFields - Form field values
 * @returns {boolean} - Returns true if there were validation errors, false otherwise
 */
export async function handleEditClientSupportNeedsErrors(
  req: Request,
  res: Response,
  caseReference: string,
  formFields: Record<string, unknown>
): Promise<boolean> {
  return await editClientSupportNeedsValidator.handleValidationErrors(req, res, caseReference, formFields);
}

/**
 * Validates a case reference and renders a 400 error page if invalid
 * @param {unknown} caseReference - The case reference value to validate
 * @param {Response} res - Express response object used to render the error page
 * @returns {boolean} Returns true if valid, otherwise returns false after rendering an error
 */
export function validCaseReference(caseReference: unknown, res: Response): boolean {
  if (typeof caseReference !== 'string' || caseReference.trim() === '') {
    res.status(HTTP.BAD_REQUEST).render('main/error.njk', {
      status: HTTP.BAD_REQUEST,
      error: 'Invalid case reference'
    });
    return false;
  }
  return true;
}

/**
 * Checks whether request object contains `caseStatus` property
 * @param {unknown} requestObject - The request object to check.
 * @returns {boolean} True if the value has a string caseStatus property.
 */
export function hasCaseStatus(requestObject: unknown): requestObject is { caseStatus: string } {
  if (typeof requestObject !== 'object' || requestObject === null) {
    return false;
  }

  if (!('caseStatus' in requestObject)) {
    return false;
  }

  const record = requestObject as Record<string, unknown>;
  return typeof record.caseStatus === 'string';
}

/**
 * Checks if clientData has one of the allowed case statuses
 * @param {unknown} clientData - The client data object to check
 * @param {CaseStatusLabels[]} allowedStatuses - Array of allowed case status values
 * @returns {boolean} True if clientData has caseStatus and it matches one of the allowed values
 */
export function hasAllowedCaseStatus(
  clientData: unknown,
  allowedStatuses: CaseStatusLabels[]
): boolean {
  if (!hasCaseStatus(clientData)) {
    return false;
  }
  return allowedStatuses.includes(clientData.caseStatus as CaseStatusLabels);
}

/**
 * Handles no changes made to a form field.
 * If the current value matches the existing value, a warning banner is set
 * in session storage and the user is redirected back to the client details page.
 *
 * @param {Request} req - The Express request object containing route params and session.
 * @param {Response} res - The Express response object used to perform the redirect.
 * @param {unknown} caseReference - The case reference value to validate
 * @param {Array<{ current: unknown; existing: unknown }>} fields - Array of field objects containing current and existing values for comparison.
 * @returns {boolean} Returns true if a redirect was triggered due to no changes, otherwise false.
 */
export function handleNoChangeRedirect(
  req: Request,
  res: Response,
  caseReference: unknown, 
  fields: Array<{ current: unknown; existing: unknown }>
): boolean {

  const noChanges = fields.every(field => {

    const { current, existing } = field;

    // Object comparison
    if (
      typeof current === 'object' && current !== null ||
      typeof existing === 'object' && existing !== null
    ) {
      return JSON.stringify(current ?? null) === JSON.stringify(existing ?? null);
    }

    // Primitive comparison 
    const currentStr = safeString(current ?? existing).trim();
    const existingStr = safeString(existing).trim();

    return currentStr === existingStr;
  });

  if (noChanges) {
    setSessionValue(req, 'noChangeWarningCache', { noChangeWarningBanner: true });

    res.redirect(`/cases/${caseReference}/client-details`);
    return true;
  }

  return false;
}