/* eslint-disable @typescript-eslint/naming-convention, @typescript-eslint/explicit-function-return-type, @typescript-eslint/explicit-module-boundary-types, camelcase */
// TODO: Remove this
import {
  IClientDetails,
  IIssuance,
  IIssueCredentials,
  IIssueCredentialsDefinitions,
  ImportFileDetails,
  IssueCredentialWebhookPayload,
  OutOfBandCredentialOffer,
  PreviewRequest,
  TemplateDetailsInterface
} from '../interfaces/issuance.interfaces';
import {
  ICredentialOfferResponse,
  IDeletedIssuanceRecords,
  IIssuedCredential
} from '@credebl/common/interfaces/issuance.interface';

import { Controller, Logger } from '@nestjs/common';
import { IssuanceService } from './issuance.service';
import { MessagePattern } from '@nestjs/microservices';
import { OOBIssueCredentialDto } from 'apps/api-gateway/src/issuance/dtos/issuance.dto';
import { user } from '@prisma/client';

@Controller()
export class IssuanceController {
  private readonly logger = new Logger('IssueCredentialController');
  constructor(private readonly issuanceService: IssuanceService) {}

  @MessagePattern({ cmd: 'get-issuance-records' })
  async getIssuanceRecordsByOrgId(payload: { orgId: string; userId: string }): Promise<number> {
    const { orgId } = payload;
    return this.issuanceService.getIssuanceRecords(orgId);
  }

  @MessagePattern({ cmd: 'send-credential-create-offer' })
  async sendCredentialCreateOffer(payload: IIssuance): Promise<ICredentialOfferResponse> {
    return this.issuanceService.sendCredentialCreateOffer(payload);
  }

  @MessagePattern({ cmd: 'send-credential-create-offer-oob' })
  async sendCredentialOutOfBand(payload: OOBIssueCredentialDto): Promise<{ response: object }> {
    return this.issuanceService.sendCredentialOutOfBand(payload);
  }

  @MessagePattern({ cmd: 'get-all-issued-credentials' })
  async getIssueCredentials(payload: IIssueCredentials): Promise<IIssuedCredential> {
    const { user, orgId, issuedCredentialsSearchCriteria } = payload;
    return this.issuanceService.getIssueCredentials(user, orgId, issuedCredentialsSearchCriteria);
  }

  @MessagePattern({ cmd: 'get-issued-credentials-by-credentialDefinitionId' })
  async getIssueCredentialsbyCredentialRecordId(payload: IIssueCredentialsDefinitions): Promise<string> {
    const { user, credentialRecordId, orgId } = payload;
    return this.issuanceService.getIssueCredentialsbyCredentialRecordId(user, credentialRecordId, orgId);
  }

  @MessagePattern({ cmd: 'webhook-get-issue-credential' })
  async getIssueCredentialWebhook(payload: IssueCredentialWebhookPayload): Promise<object> {
    return this.issuanceService.getIssueCredentialWebhook(payload);
  }

  @MessagePattern({ cmd: 'out-of-band-credential-offer' })
  async outOfBandCredentialOffer(payload: OutOfBandCredentialOffer): Promise<boolean> {
    const { outOfBandCredentialDto } = payload;
    this.logger.debug('Request reached issuance microservice controller, issuing oob credential');
    return this.issuanceService.outOfBandCredentialOffer(outOfBandCredentialDto);
  }

  @MessagePattern({ cmd: 'download-csv-template-for-bulk-operation' })
  async downloadBulkIssuanceCSVTemplate(payload: {
    orgId: string;
    templateDetails: TemplateDetailsInterface;
  }): Promise<object> {
    const { orgId, templateDetails } = payload;
    return this.issuanceService.downloadBulkIssuanceCSVTemplate(orgId, templateDetails);
  }

  @MessagePattern({ cmd: 'upload-csv-template' })
  async uploadCSVTemplate(payload: { importFileDetails: ImportFileDetails; orgId: string }): Promise<string> {
    return this.issuanceService.uploadCSVTemplate(payload.importFileDetails, payload.orgId);
  }

  @MessagePattern({ cmd: 'preview-csv-details' })
  async previewCSVDetails(payload: { requestId: string; previewFileDetails: PreviewRequest }): Promise<object> {
    return this.issuanceService.previewFileDataForIssuance(payload.requestId, payload.previewFileDetails);
  }

  @MessagePattern({ cmd: 'issued-file-details' })
  async issuedFiles(payload: { orgId: string; fileParameter: PreviewRequest }): Promise<object> {
    return this.issuanceService.issuedFileDetails(payload.orgId, payload.fileParameter);
  }
  @MessagePattern({ cmd: 'issued-file-data' })
  async getFileDetailsByFileId(payload: { fileId: string; fileParameter: PreviewRequest }): Promise<object> {
    return this.issuanceService.getFileDetailsByFileId(payload.fileId, payload.fileParameter);
  }

  @MessagePattern({ cmd: 'issue-bulk-credentials' })
  async issueBulkCredentials(payload: {
    requestId: string;
    orgId: string;
    clientDetails: IClientDetails;
    reqPayload: ImportFileDetails;
    isValidateSchema: boolean;
  }): Promise<string> {
    return this.issuanceService.issueBulkCredential(
      payload.requestId,
      payload.orgId,
      payload.clientDetails,
      payload.reqPayload,
      payload.isValidateSchema
    );
  }

  @MessagePattern({ cmd: 'retry-bulk-credentials' })
  async retryeBulkCredentials(payload: {
    fileId: string;
    orgId: string;
    clientDetails: IClientDetails;
    isValidateSchema?: boolean;
  }): Promise<string> {
    return this.issuanceService.retryBulkCredential(
      payload.fileId,
      payload.orgId,
      payload.clientDetails,
      payload.isValidateSchema
    );
  }

  @MessagePattern({ cmd: 'delete-issuance-records' })
  async deleteIssuanceRecords(payload: { orgId: string; userDetails: user }): Promise<IDeletedIssuanceRecords> {
    const { orgId, userDetails } = payload;
    return this.issuanceService.deleteIssuanceRecords(orgId, userDetails);
  }
  @MessagePattern({ cmd: 'issued-file-data-and-file-details' })
  async getFileDetailsAndFileDataByFileId(payload: { fileId: string; orgId: string }): Promise<object> {
    return this.issuanceService.getFileDetailsAndFileDataByFileId(payload.fileId, payload.orgId);
  }
}
