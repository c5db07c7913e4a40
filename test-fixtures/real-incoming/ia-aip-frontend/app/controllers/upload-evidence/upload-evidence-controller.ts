import { NextFunction, Request, Response } from 'express';
import i18n from '../../../locale/en.json';
import { DocumentManagementService } from '../../service/document-management-service';
import UpdateAppealService from '../../service/update-appeal-service';
import { getFileUploadError } from '../../utils/upload-utils';
import { getConditionalRedirectUrl } from '../../utils/url-utils';
import { documentIdToDocStoreUrl } from '../../utils/utils';
import { createStructuredError, yesOrNoRequiredValidation } from '../../utils/validations/fields-validations';

export interface EvidenceUploadConfig {
  evidenceYesNoPath: string;
  evidenceUploadPath: string;
  evidenceDeletePath: string;
  evidenceSubmitPath: string;
  cancelPath: string;
  nextPath: string;
  askForMoreTimeFeatureEnabled: boolean;
  updateCcdEvent: any; // todo work out how to put an enum here
  getEvidenceFromSessionFunction: (req: Request) => any;
  addEvidenceToSessionFunction: (evidence: any, req: Request) => void;
  removeEvidenceFromSessionFunction: (id: string, req: Request) => void;
}

const evidenceYesNoTemplate: string = 'ask-for-more-time/supporting-evidence-yes-or-no.njk';

export function getEvidenceYesNo(previousPage: string, extraPageModel, res: Response, next: NextFunction) {
  try {
    res.render(evidenceYesNoTemplate, Object.assign({
      previousPage: previousPage
    }, extraPageModel));
  } catch (e) {
    next(e);
  }
}

export function postEvidenceYesNo(previousPage: string,
                                  extraPageModel,
                                  evidenceUploadConfig: EvidenceUploadConfig,
                                  req: Request,
                                  res: Response,
                                  next: NextFunction) {
  try {
    const { answer } = req.body;
    const validations = yesOrNoRequiredValidation(req.body, i18n.validationErrors.reasonForAppeal.supportingEvidenceRequired);
    if (validations !== null) {
      return res.render(evidenceYesNoTemplate, Object.assign({
        errorList: Object.values(validations),
        error: validations,
        previousPage: previousPage
      }, extraPageModel));
    }
    if (answer === 'yes') {
      return res.redirect(evidenceUploadConfig.evidenceUploadPath);
    } else {
      const evidenceFromSession = evidenceUploadConfig.getEvidenceFromSessionFunction(req);
      evidenceFromSession.forEach(evidence => {
        evidenceUploadConfig.removeEvidenceFromSessionFunction(evidence.fileId, req);
      });

      return res.redirect(evidenceUploadConfig.nextPath);
    }
  } catch (e) {
    next(e);
  }
}

function getEvidenceUploadPageOptions(evidences, evidenceUploadConfig: EvidenceUploadConfig) {
  return {
    evidences: Object.values(evidences),
    evidenceCTA: evidenceUploadConfig.evidenceDeletePath,
    previousPage: evidenceUploadConfig.evidenceYesNoPath,
    askForMoreTimeFeatureEnabled: evidenceUploadConfig.askForMoreTimeFeatureEnabled,
    pathToUploadEvidence: evidenceUploadConfig.evidenceUploadPath,
    pathToSubmitEvidence: evidenceUploadConfig.evidenceSubmitPath,
    pathToCancel: evidenceUploadConfig.cancelPath
  };
}

export function getUploadPage(evidenceUploadConfig: EvidenceUploadConfig,
                              req: Request,
                              res: Response,
                              next: NextFunction) {
  try {
    const evidences = evidenceUploadConfig.getEvidenceFromSessionFunction(req) || {};
    return res.render(
      'upload-evidence/evidence-upload-page.njk',
      getEvidenceUploadPageOptions(evidences, evidenceUploadConfig)
    );
  } catch (e) {
    next(e);
  }
}

export function postUploadFile(documentManagementService: DocumentManagementService, updateAppealService: UpdateAppealService, evidenceUploadConfig: EvidenceUploadConfig) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (req.file) {
        const evidenceStored: DocumentUploadResponse = await documentManagementService.uploadFile(req);
        const evidences = {
          fileId: evidenceStored.fileId,
          name: evidenceStored.name
        };
        evidenceUploadConfig.addEvidenceToSessionFunction(evidences, req);
        // TODO: confirm submitEvent not needed here
        // await updateAppealService.submitEvent(evidenceUploadConfig.updateCcdEvent, req);
        return res.redirect(evidenceUploadConfig.evidenceUploadPath);
      } else {
        const validationError = res.locals && res.locals.errorCode
          ? { uploadFile: createStructuredError('file-upload', getFileUploadError(res.locals.errorCode)) }
          : { uploadFile: createStructuredError('file-upload', i18n.validationErrors.fileUpload.noFileSelected) };
        const evidences = evidenceUploadConfig.getEvidenceFromSessionFunction(req) || {};

        return res.render('upload-evidence/evidence-upload-page.njk', {
          ...getEvidenceUploadPageOptions(evidences, evidenceUploadConfig),
          ...{
            error: validationError,
            errorList: Object.values(validationError)
          }
        });
      }
    } catch (e) {
      next(e);
    }
  };
}

export function getSupportingEvidenceDeleteFile(documentManagementService: DocumentManagementService, evidenceUploadConfig: EvidenceUploadConfig) {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const fileId: string = req.query.id as string;
      if (fileId) {
        await documentManagementService.deleteFile(req, fileId);
        evidenceUploadConfig.removeEvidenceFromSessionFunction(fileId, req);
      }
      return res.redirect(evidenceUploadConfig.evidenceUploadPath);
    } catch (e) {
      next(e);
    }
  };
}

export function postSupportingEvidence(updateAppealService: UpdateAppealService, evidenceUploadConfig: EvidenceUploadConfig) {
  return async function (req: Request, res: Response, next: NextFunction) {
    try {
      const evidences = evidenceUploadConfig.getEvidenceFromSessionFunction(req);

      if (evidences === undefined || !evidences.length) {
        const validation = [ {
          href: '#file-upload',
          text: i18n.validationErrors.fileUpload.noFileSelected,
          value: '#file-upload'
        } ];

        return res.render('upload-evidence/evidence-upload-page.njk', {
          ...getEvidenceUploadPageOptions(evidences, evidenceUploadConfig),
          ...{
            error: validation,
            errorList: Object.values(validation)
          }
        });
      }
      // TODO: confirm submitEvent not needed here
      // await updateAppealService.submitEvent(evidenceUploadConfig.updateCcdEvent, req);
      return getConditionalRedirectUrl(req, res, evidenceUploadConfig.nextPath);
    } catch (e) {
      next(e);
    }
  };
}
