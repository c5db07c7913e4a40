/* eslint-disable quotes */
/* eslint-disable no-useless-catch */
/* eslint-disable camelcase */
/* eslint-disable no-console */
/* eslint-disable @typescript-eslint/no-unused-vars */
/* eslint-disable @typescript-eslint/no-explicit-any */
/* eslint-disable @typescript-eslint/naming-convention, @typescript-eslint/explicit-function-return-type, @typescript-eslint/explicit-module-boundary-types, camelcase */

import {
  BadRequestException,
  ConflictException,
  HttpException,
  HttpStatus,
  Inject,
  Injectable,
  InternalServerErrorException,
  Logger,
  NotFoundException,
  Scope
} from '@nestjs/common';
import { Oid4vcIssuanceRepository } from './oid4vc-issuance.repository';
import { StatusListAllocatorService } from './status-list-allocator.service';
import { CredentialFormat } from '@credebl/enum/enum';
import { CommonConstants } from '@credebl/common/common.constant';
import { ResponseMessages } from '@credebl/common/response-messages';
import { ClientProxy, RpcException } from '@nestjs/microservices';
import { map } from 'rxjs';
import { getAgentUrl } from '@credebl/common/common.utils';
import { credential_templates, oidc_issuer, Prisma, SignerOption, user } from '@prisma/client';
import {
  IAgentOIDCIssuerCreate,
  IssuerCreation,
  IssuerInitialConfig,
  IssuerMetadata,
  IssuerResponse,
  IssuerUpdation
} from '../interfaces/oid4vc-issuance.interfaces';
import { CreateCredentialTemplate, UpdateCredentialTemplate } from '../interfaces/oid4vc-template.interfaces';
import {
  accessTokenSignerKeyType,
  batchCredentialIssuanceDefault,
  credentialConfigurationsSupported,
  dpopSigningAlgValuesSupported,
  CREDENTIALS_CONTEXT_V1_URL,
  CREDENTIALS_CONTEXT_V2_URL
} from '../constant/issuance';
import { uuidRegex } from '@credebl/common/common.constant';
import {
  buildCredentialConfigurationsSupported,
  buildIssuerPayload,
  encodeIssuerPublicId,
  extractTemplateIds,
  normalizeJson
} from '../libs/helpers/issuer.metadata';
import {
  CreateOidcCredentialOffer,
  GetAllCredentialOffer,
  ISignerOption,
  SignerMethodOption,
  UpdateCredentialRequest
} from '../interfaces/oid4vc-issuer-sessions.interfaces';
import {
  buildCredentialOfferPayload,
  buildCredentialOfferUrl,
  CredentialOfferPayload
} from '../libs/helpers/credential-sessions.builder';
import { x5cKeyType } from '@credebl/enum/enum';
import { instanceToPlain, plainToInstance } from 'class-transformer';
import { X509CertificateRecord } from '@credebl/common/interfaces/x509.interface';
import { Oid4vcCredentialOfferWebhookPayload } from '../interfaces/oid4vc-wh-interfaces';
import { ErrorHandler } from '@credebl/common';

type CredentialDisplayItem = {
  logo?: { uri: string; alt_text?: string };
  name: string;
  locale?: string;
  description?: string;
};

type Appearance = {
  display: CredentialDisplayItem[];
};
@Injectable()
export class Oid4vcIssuanceService {
  private readonly logger = new Logger('IssueCredentialService');
  constructor(
    @Inject('NATS_CLIENT') private readonly issuanceServiceProxy: ClientProxy,
    private readonly oid4vcIssuanceRepository: Oid4vcIssuanceRepository,
    private readonly statusListAllocatorService: StatusListAllocatorService
  ) {}

  private async validateTemplateAgainstSchema(
    format: string | CredentialFormat,
    template: any,
    orgId: string
  ): Promise<void> {
    if ((format === CredentialFormat.JwtVcJsonLd || format === CredentialFormat.LdpVc) && template) {
      let internalSchemaId: string | undefined;

      if ('schemaUrl' in template && template.schemaUrl) {
        let isInternal = false;
        try {
          const schemaUrlObj = new URL(template.schemaUrl);
          const serverUrlStr = process.env.SCHEMA_FILE_SERVER_URL;
          if (serverUrlStr) {
            const serverUrlObj = new URL(serverUrlStr);
            if (schemaUrlObj.hostname === serverUrlObj.hostname) {
              isInternal = true;
            }
          }
        } catch (error) {
          if (process.env.SCHEMA_FILE_SERVER_URL && template.schemaUrl.startsWith(process.env.SCHEMA_FILE_SERVER_URL)) {
            isInternal = true;
          }
        }

        if (isInternal) {
          const parts = template.schemaUrl.split('/');
          const potentialUuid = parts[parts.length - 1];
          if (uuidRegex.test(potentialUuid)) {
            internalSchemaId = potentialUuid;
          }
        }
      }

      if (internalSchemaId) {
        let schemaResponse;
        try {
          schemaResponse = await this.issuanceServiceProxy
            .send({ cmd: 'get-schema-by-id' }, { schemaId: internalSchemaId, orgId })
            .toPromise();
        } catch (error) {
          this.logger.error(`Error fetching schema ${internalSchemaId} from ledger: ${error.message}`);
          throw new NotFoundException(`Schema with ID ${internalSchemaId} not found or unreachable: ${error.message}`);
        }

        if (schemaResponse && schemaResponse.attributes) {
          const schemaAttributes =
            'string' === typeof schemaResponse.attributes
              ? JSON.parse(schemaResponse.attributes)
              : schemaResponse.attributes;
          const schemaAttributeNames = schemaAttributes.map((attr: any) => attr.attributeName);
          const templateAttributes = template.attributes;

          const missingAttributes: string[] = [];
          const checkAttributes = (attrs: any[]) => {
            if (!attrs) {
              return;
            }
            for (const attr of attrs) {
              if (!schemaAttributeNames.includes(attr.key)) {
                missingAttributes.push(attr.key);
              }
              if (attr.children) {
                checkAttributes(attr.children);
              }
            }
          };
          checkAttributes(templateAttributes);

          if (0 < missingAttributes.length) {
            throw new BadRequestException(
              `Attributes [ '${missingAttributes.join("', '")}' ] are not defined in the referenced schema.`
            );
          }
        }
      } else {
        this.logger.log('No internal schema reference found; skipping strict attribute validation.');
      }
    }
  }

  async oidcIssuerCreate(issuerCreation: IssuerCreation, orgId: string, userDetails: user): Promise<oidc_issuer> {
    try {
      const { issuerId, batchCredentialIssuanceSize } = issuerCreation;
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      const { agentEndPoint, id: orgAgentId, orgAgentTypeId } = agentDetails;

      const hasPrimary = await this.oid4vcIssuanceRepository.hasPrimaryIssuer(orgId);

      const isPrimary = !hasPrimary;

      const orgAgentType = await this.oid4vcIssuanceRepository.getOrgAgentType(orgAgentTypeId);
      if (!orgAgentType) {
        throw new NotFoundException(ResponseMessages.issuance.error.orgAgentTypeNotFound);
      }
      const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_CREATE);
      const issuerInitialConfig: IssuerInitialConfig = {
        issuerId,
        display: issuerCreation?.display || {},
        authorizationServerConfigs: issuerCreation?.authorizationServerConfigs || undefined,
        accessTokenSignerKeyType,
        dpopSigningAlgValuesSupported,
        credentialConfigurationsSupported,
        ...(batchCredentialIssuanceSize && 0 < batchCredentialIssuanceSize
          ? {
              batchCredentialIssuance: {
                batchSize: batchCredentialIssuanceSize
              }
            }
          : {})
      };
      let createdIssuer;
      try {
        createdIssuer = await this._createOIDCIssuer(issuerInitialConfig, url, orgId);
      } catch (error) {
        this.logger.error(`[oidcIssuerCreate] - error in oidcIssuerCreate issuance records: ${JSON.stringify(error)}`);
        const status409 =
          409 === error?.status?.message?.statusCode || 409 === error?.response?.status || 409 === error?.statusCode;

        if (status409) {
          throw new ConflictException(`Issuer with id '${issuerCreation.issuerId}' already exists`);
        }
        throw error;
      }
      const issuerConfigJson = createdIssuer?.response ?? createdIssuer ?? {};
      const issuerIdFromAgent = issuerConfigJson?.issuerId;

      if (!issuerIdFromAgent) {
        throw new InternalServerErrorException('Issuer ID missing from agent response');
      }
      const issuerMetadata: IssuerMetadata = {
        authorizationServerUrl: issuerCreation.authorizationServerUrl,
        publicIssuerId: issuerIdFromAgent,
        createdById: userDetails.id,
        orgAgentId,
        batchCredentialIssuanceSize: issuerCreation?.batchCredentialIssuanceSize,
        isPrimary,
        orgId
      };
      const addOidcIssuerDetails = await this.oid4vcIssuanceRepository.addOidcIssuerDetails(
        issuerMetadata,
        issuerCreation?.display
      );

      if (!addOidcIssuerDetails) {
        throw new InternalServerErrorException('Error in adding OID4VC Issuer details in DB');
      }
      return addOidcIssuerDetails;
    } catch (error) {
      this.logger.error(`[oidcIssuerCreate] - error in oidcIssuerCreate issuance records: ${JSON.stringify(error)}`);
      throw new RpcException(error?.response ?? error);
    }
  }

  async oidcIssuerUpdate(issuerUpdationConfig: IssuerUpdation, orgId: string, userDetails: user): Promise<oidc_issuer> {
    try {
      const existingIssuer = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(
        issuerUpdationConfig.issuerId
      );
      if (!existingIssuer) {
        throw new NotFoundException(ResponseMessages.oidcIssuer.error.notFound);
      }
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      const { agentEndPoint, orgAgentTypeId } = agentDetails;
      const orgAgentType = await this.oid4vcIssuanceRepository.getOrgAgentType(orgAgentTypeId);
      if (!orgAgentType) {
        throw new NotFoundException(ResponseMessages.issuance.error.orgAgentTypeNotFound);
      }

      const addOidcIssuerDetails = await this.oid4vcIssuanceRepository.updateOidcIssuerDetails(
        userDetails.id,
        issuerUpdationConfig
      );

      if (!addOidcIssuerDetails) {
        throw new InternalServerErrorException('Error in updating OID4VC Issuer details in DB');
      }

      const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_TEMPLATE, existingIssuer.publicIssuerId);
      const issuerConfig = await this.buildOidcIssuerConfig(issuerUpdationConfig.issuerId);
      const updatedIssuer = await this._createOIDCTemplate(issuerConfig, url, orgId);
      if (updatedIssuer?.response?.statusCode && 200 !== updatedIssuer?.response?.statusCode) {
        throw new InternalServerErrorException(
          `Error from agent while updating issuer: ${updatedIssuer?.response?.message ?? 'Unknown error'}`
        );
      }

      return addOidcIssuerDetails;
    } catch (error) {
      this.logger.error(`[oidcIssuerUpdate] - error in oidcIssuerUpdate issuance records: ${JSON.stringify(error)}`);
      throw new RpcException(error?.response ?? error);
    }
  }

  async oidcIssuerGetById(id: string, orgId: string): Promise<IssuerResponse> {
    try {
      const getIssuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(id);
      if (!getIssuerDetails && !getIssuerDetails.publicIssuerId) {
        throw new NotFoundException(ResponseMessages.oidcIssuer.error.notFound);
      }
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      const encodedId = encodeIssuerPublicId(getIssuerDetails?.publicIssuerId);
      const url = getAgentUrl(agentDetails?.agentEndPoint, CommonConstants.OIDC_ISSUER_BY_ID, encodedId);
      const issuerDetailsRaw = await this._oidcGetIssuerById(url, orgId);
      if (!issuerDetailsRaw) {
        throw new InternalServerErrorException(`Error from agent while getting issuer`);
      }
      const issuerDetails = {
        response: normalizeJson(issuerDetailsRaw.response)
      };

      return issuerDetails.response;
    } catch (error) {
      const errorStack = error?.status?.message?.error;
      if (errorStack) {
        throw new RpcException({
          message: errorStack?.reason ? errorStack?.reason : errorStack?.message,
          statusCode: error?.status?.code
        });
      } else {
        throw new RpcException(error.response ? error.response : error);
      }
    }
  }

  async oidcIssuers(orgId: string): Promise<any> {
    //Promise<IssuerResponse[]> {
    try {
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails?.agentEndPoint) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      const getIssuers = await this.oid4vcIssuanceRepository.getAllOidcIssuersByOrg(orgId);

      // const url = getAgentUrl(agentDetails.agentEndPoint, CommonConstants.OIDC_GET_ALL_ISSUERS);
      // const issuersDetails = await this._oidcGetIssuers(url, orgId);
      // if (!issuersDetails || null == issuersDetails.response) {
      //   throw new InternalServerErrorException('Error from agent while oidcIssuers');
      // }
      // //TODO: Fix the response type from agent
      // const raw = issuersDetails.response as unknown;
      // const response: IssuerResponse[] =
      //   'string' === typeof raw ? (JSON.parse(raw) as IssuerResponse[]) : (raw as IssuerResponse[]);

      // if (!Array.isArray(response)) {
      //   throw new InternalServerErrorException('Invalid issuer payload from agent');
      // }
      // return response;
      return getIssuers;
    } catch (error: any) {
      const msg = error?.message ?? 'unknown error';
      this.logger.error(`[oidcIssuers] - error in oidcIssuers: ${msg}`);
      throw new RpcException(error?.response ?? error);
    }
  }

  async deleteOidcIssuer(orgId: string, userDetails: user, id: string) {
    try {
      // Fetch issuer details to get public id for agent call and also to check if issuer exists before deletion
      const issuerRecordId = await this.oidcIssuerGetById(id, orgId);
      if (!issuerRecordId.id) {
        throw new NotFoundException(ResponseMessages.oidcIssuer.error.notFound);
      }
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }

      // Fetch templates associated with issuer and delete before deleting issuer record to maintain referential integrity in DB
      const fetchTemplates = await this.oid4vcIssuanceRepository.getTemplatesByIssuerId(id);
      if (fetchTemplates && 0 < fetchTemplates.length) {
        this.logger.log('Templates associated with issuer, deleting templates before deleting issuer record');
        const deleteTemplates = await this.oid4vcIssuanceRepository.deleteTemplatesByIssuerId(id);
        if (!deleteTemplates) {
          throw new InternalServerErrorException(ResponseMessages.oidcIssuer.error.deleteFailed);
        }
      }
      this.logger.log('No templates associated with issuer, deleting issuer record directly');
      // If no templates associated with issuer then directly delete issuer record
      const deleteOidcIssuer = await this.oid4vcIssuanceRepository.deleteOidcIssuer(id);
      if (!deleteOidcIssuer) {
        throw new NotFoundException(ResponseMessages.oidcIssuer.error.deleteFailed);
      }
      // Delete issuer record from agent after deleting from DB to maintain consistency between agent and DB records.
      const { agentEndPoint } = agentDetails;
      const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_DELETE, issuerRecordId.id);
      const deleteOidcIssuerOnAgent = await this._deleteOidcIssuer(url, orgId);
      if (!deleteOidcIssuerOnAgent) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      return deleteOidcIssuer;
    } catch (error) {
      if ('PrismaClientKnownRequestError' === error.name) {
        throw new BadRequestException(error.meta?.cause ?? ResponseMessages.oidcIssuer.error.deleteFailed);
      }
      throw new Error(error.response ? error.response : error);
    }
  }

  async createTemplate(
    credentialTemplate: CreateCredentialTemplate,
    orgId: string,
    issuerId: string
  ): Promise<credential_templates> {
    try {
      //TODO: add revert mechanism if agent call fails
      const { name, description, format, canBeRevoked, appearance, signerOption, noticeUrl } = credentialTemplate;

      if (
        (format === CredentialFormat.JwtVcJsonLd || format === CredentialFormat.LdpVc) &&
        'schemaUrl' in credentialTemplate.template &&
        credentialTemplate.template.schemaUrl
      ) {
        credentialTemplate.template.context = [CREDENTIALS_CONTEXT_V1_URL, credentialTemplate.template.schemaUrl];
      }

      await this.validateTemplateAgainstSchema(format, credentialTemplate.template, orgId);

      const checkNameExist = await this.oid4vcIssuanceRepository.getTemplateByNameForIssuer(name, issuerId);
      if (0 < checkNameExist.length) {
        throw new ConflictException(ResponseMessages.oidcTemplate.error.templateNameAlreadyExist);
      }
      const metadata = {
        name,
        description,
        format: format.toString(),
        canBeRevoked,
        attributes: instanceToPlain(credentialTemplate.template),
        appearance: appearance ?? {},
        issuerId,
        signerOption,
        noticeUrl: noticeUrl ?? null
      };
      // Persist in DB
      const createdTemplate = await this.oid4vcIssuanceRepository.createTemplate(issuerId, metadata);
      if (!createdTemplate) {
        throw new InternalServerErrorException(ResponseMessages.oidcTemplate.error.createFailed);
      }

      let createTemplateOnAgent;
      try {
        const issuerTemplateConfig = await this.buildOidcIssuerConfig(issuerId);
        const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
        if (!agentDetails) {
          throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
        }
        const { agentEndPoint } = agentDetails;
        const issuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
        if (!issuerDetails) {
          throw new NotFoundException(ResponseMessages.oidcTemplate.error.issuerDetailsNotFound);
        }
        const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_TEMPLATE, issuerDetails.publicIssuerId);
        createTemplateOnAgent = await this._createOIDCTemplate(issuerTemplateConfig, url, orgId);
      } catch (agentError) {
        try {
          await this.oid4vcIssuanceRepository.deleteTemplate(createdTemplate.id);
          this.logger.log(`${ResponseMessages.oidcTemplate.success.deleteTemplate}${createdTemplate.id}`);
          throw new RpcException(agentError?.response ?? agentError);
        } catch (cleanupError) {
          this.logger.error(
            `${ResponseMessages.oidcTemplate.error.failedDeleteTemplate}${createdTemplate.id} deleteError=${JSON.stringify(
              cleanupError
            )} originalAgentError=${JSON.stringify(agentError)}`
          );
          throw new RpcException('Template creation failed and cleanup also failed');
        }
      }
      if (!createTemplateOnAgent) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      return createdTemplate;
    } catch (error) {
      this.logger.error(`[createTemplate] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async updateTemplate(
    templateId: string,
    updateCredentialTemplate: UpdateCredentialTemplate,
    orgId: string,
    issuerId: string
  ): Promise<credential_templates> {
    try {
      const template = await this.oid4vcIssuanceRepository.getTemplateById(templateId);
      if (!template) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.notFound);
      }
      if (updateCredentialTemplate.name) {
        const checkNameExist = await this.oid4vcIssuanceRepository.getTemplateByNameForIssuer(
          updateCredentialTemplate.name,
          issuerId
        );
        if (0 < checkNameExist.length && !checkNameExist.some((item) => item.id === templateId)) {
          throw new ConflictException(ResponseMessages.oidcTemplate.error.templateNameAlreadyExist);
        }
      }
      const normalized = {
        ...updateCredentialTemplate,
        ...(issuerId ? { issuerId } : {})
      };
      const { name, description, format, canBeRevoked, appearance, signerOption, noticeUrl } = normalized;

      if (
        normalized.template &&
        ((format || template.format) === CredentialFormat.JwtVcJsonLd ||
          (format || template.format) === CredentialFormat.LdpVc) &&
        'schemaUrl' in normalized.template &&
        normalized.template.schemaUrl
      ) {
        normalized.template.context = [CREDENTIALS_CONTEXT_V1_URL, normalized.template.schemaUrl];
      }

      if (normalized.template && (format || template.format)) {
        await this.validateTemplateAgainstSchema(format || template.format, normalized.template, orgId);
      }

      const attributes = instanceToPlain(normalized.template);

      const payload = {
        ...(name !== undefined ? { name } : {}),
        ...(description !== undefined ? { description } : {}),
        ...(format !== undefined ? { format } : {}),
        ...(canBeRevoked !== undefined ? { canBeRevoked } : {}),
        ...(attributes !== undefined ? { attributes } : {}),
        ...(appearance !== undefined ? { appearance } : {}),
        ...(issuerId ? { issuerId } : {}),
        ...(signerOption !== undefined ? { signerOption } : {}),
        ...(noticeUrl !== undefined ? { noticeUrl } : {})
      };

      const updatedTemplate = await this.oid4vcIssuanceRepository.updateTemplate(templateId, payload);

      try {
        const templates = await this.oid4vcIssuanceRepository.getTemplatesByIssuerId(issuerId);
        if (!templates || 0 === templates.length) {
          throw new NotFoundException(ResponseMessages.issuance.error.notFound);
        }
        const issuerTemplateConfig = await this.buildOidcIssuerConfig(issuerId);
        const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
        if (!agentDetails) {
          throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
        }
        const { agentEndPoint } = agentDetails;
        const issuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
        if (!issuerDetails) {
          throw new NotFoundException(ResponseMessages.oidcTemplate.error.issuerDetailsNotFound);
        }
        const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_TEMPLATE, issuerDetails.publicIssuerId);

        const createTemplateOnAgent = await this._createOIDCTemplate(issuerTemplateConfig, url, orgId);
        if (!createTemplateOnAgent) {
          throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
        }
      } catch (agentError) {
        this.logger.error(`[updateTemplate] - error updating template on agent: ${JSON.stringify(agentError)}`);
        try {
          const rollbackPayload = {
            name: template.name,
            description: template.description,
            format: template.format,
            canBeRevoked: template.canBeRevoked,
            attributes: template.attributes,
            appearance: template.appearance,
            issuerId: template.issuerId,
            signerOption: template.signerOption,
            noticeUrl: template.noticeUrl ?? null
          };
          await this.oid4vcIssuanceRepository.updateTemplate(templateId, rollbackPayload);
          this.logger.log(`Rolled back template ${templateId} to previous state after agent error`);
          throw new RpcException(agentError?.response ?? agentError);
        } catch (revertError) {
          this.logger.error(
            `[updateTemplate] - rollback failed for template ${templateId}: ${JSON.stringify(revertError)} originalAgentError=${JSON.stringify(
              agentError
            )}`
          );
          const wrappedError = {
            message: 'Template update failed and rollback also failed',
            agentError: agentError?.response ?? agentError,
            rollbackError: revertError?.response ?? revertError
          };
          throw new RpcException(wrappedError);
        }
      }

      return updatedTemplate;
    } catch (error) {
      this.logger.error(`[updateTemplate] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async deleteTemplate(templateId: string, orgId: string, userDetails: user, issuerId: string): Promise<any> {
    try {
      const template = await this.oid4vcIssuanceRepository.getTemplateById(templateId);
      if (!template) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.notFound);
      }
      const deleteTemplate = await this.oid4vcIssuanceRepository.deleteTemplate(templateId);
      if (!deleteTemplate) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.deleteTemplate);
      }

      const issuerTemplateConfig = await this.buildOidcIssuerConfig(issuerId);
      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      const { agentEndPoint } = agentDetails;
      const issuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
      if (!issuerDetails) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.issuerDetailsNotFound);
      }
      const url = getAgentUrl(agentEndPoint, CommonConstants.OIDC_ISSUER_TEMPLATE, issuerDetails.publicIssuerId);

      const createTemplateOnAgent = await this._createOIDCTemplate(issuerTemplateConfig, url, orgId);
      if (!createTemplateOnAgent) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      return deleteTemplate;
    } catch (error) {
      this.logger.error(`[deleteTemplate] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async findByIdTemplate(templateId: string, orgId: string): Promise<credential_templates | null> {
    try {
      if (!orgId || !templateId) {
        throw new BadRequestException(ResponseMessages.oidcTemplate.error.invalidId);
      }
      const template = await this.oid4vcIssuanceRepository.getTemplateById(templateId);
      if (!template) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.notFound);
      }
      return template;
    } catch (error) {
      this.logger.error(`[findByIdTemplate] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async createOidcCredentialOffer(
    createOidcCredentialOffer: CreateOidcCredentialOffer,
    orgId: string,
    userDetails: user,
    issuerId: string
  ): Promise<any> {
    let buildOidcCredentialOffer: CredentialOfferPayload;
    const newlyAllocatedIndices: { listId: string; index: number }[] = [];
    try {
      const filterTemplateIds = extractTemplateIds(createOidcCredentialOffer);
      if (!filterTemplateIds) {
        throw new BadRequestException('Please provide a valid id');
      }
      const getAllOfferTemplates = await this.oid4vcIssuanceRepository.getTemplateByIds(filterTemplateIds, issuerId);
      if (!getAllOfferTemplates) {
        throw new NotFoundException('No templates found for the issuer');
      }

      const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
      if (!agentDetails) {
        throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
      }
      //TDOD: signerOption should be under credentials change this with x509 support

      //TDOD: signerOption should be under credentials change this with x509 support
      const signerOptions: ISignerOption[] = [];
      const activeCertificateDetails: X509CertificateRecord[] = [];
      for (const template of getAllOfferTemplates) {
        if (template.signerOption === SignerOption.DID) {
          signerOptions.push({
            method: SignerMethodOption.DID,
            did: agentDetails.orgDid
          });
        }

        if (template.signerOption == SignerOption.X509_P256) {
          const activeCertificate = await this.oid4vcIssuanceRepository.getCurrentActiveCertificate(
            orgId,
            x5cKeyType.P256
          );

          if (!activeCertificate) {
            throw new NotFoundException('No active certificate(p256) found for issuer');
          }
          if (!activeCertificate.keyId) {
            throw new BadRequestException(
              'Active certificate is missing keyId; re-import or re-issue the certificate.'
            );
          }
          signerOptions.push({
            method: SignerMethodOption.X5C,
            x5c: [activeCertificate.certificateBase64],
            keyId: activeCertificate.keyId
          });
          activeCertificateDetails.push(activeCertificate);
        }

        if (template.signerOption == SignerOption.X509_ED25519) {
          const activeCertificate = await this.oid4vcIssuanceRepository.getCurrentActiveCertificate(
            orgId,
            x5cKeyType.Ed25519
          );

          if (!activeCertificate) {
            throw new NotFoundException('No active certificate(ed25519) found for issuer');
          }
          signerOptions.push({
            method: SignerMethodOption.X5C,
            x5c: [activeCertificate.certificateBase64],
            keyId: activeCertificate.keyId
          });
          activeCertificateDetails.push(activeCertificate);
        }
      }
      //TODO: Implement x509 support and discuss with team
      //TODO: add logic to pass the issuer info
      const issuerDetailsFromDb = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
      const { publicIssuerId, authorizationServerUrl } = issuerDetailsFromDb || {};
      buildOidcCredentialOffer = buildCredentialOfferPayload(
        createOidcCredentialOffer,
        //
        getAllOfferTemplates,
        {
          publicId: publicIssuerId,
          authorizationServerUrl: `${authorizationServerUrl}/oid4vci/${publicIssuerId}`
        },
        signerOptions,
        activeCertificateDetails
      );

      if (!buildOidcCredentialOffer) {
        throw new BadRequestException('Error while creating oid4vc credential offer');
      }
      const issuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
      if (!issuerDetails) {
        throw new NotFoundException(ResponseMessages.oidcTemplate.error.issuerDetailsNotFound);
      }
      buildOidcCredentialOffer.publicIssuerId = issuerDetails.publicIssuerId;
      const url = getAgentUrl(
        await this.getAgentEndpoint(orgId),
        CommonConstants.OIDC_ISSUER_SESSIONS_CREDENTIAL_OFFER,
        issuerDetails.publicIssuerId
      );

      if (createOidcCredentialOffer.isRevocable) {
        const hasSdJwt = buildOidcCredentialOffer.credentials.some((c) => c.format === CredentialFormat.SdJwtVc);
        if (hasSdJwt) {
          if (!process.env.STATUS_LIST_HOST) {
            throw new BadRequestException('Revocable SD-JWT is not supported as STATUS_LIST_HOST is not configured.');
          }
          const agentDetailsForAlloc = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
          if (!agentDetailsForAlloc?.orgDid) {
            throw new BadRequestException('Organization DID is required for revocable SD-JWT credentials');
          }
          for (const cred of buildOidcCredentialOffer.credentials) {
            if (cred.format === CredentialFormat.SdJwtVc && !cred.statusListDetails) {
              const allocation = await this.statusListAllocatorService.allocate(orgId, agentDetailsForAlloc.orgDid);
              cred.statusListDetails = {
                listId: allocation.listId,
                index: allocation.index,
                listSize: Number(CommonConstants.DEFAULT_STATUS_LIST_SIZE)
              };
              newlyAllocatedIndices.push({ listId: allocation.listId, index: allocation.index });
            }
          }
        }
      }

      const createCredentialOfferOnAgent = await this._oidcCreateCredentialOffer(buildOidcCredentialOffer, url, orgId);
      if (!createCredentialOfferOnAgent) {
        throw new NotFoundException(ResponseMessages.oidcIssuerSession.error.errorCreateOffer);
      }

      // Logic to add noticeUrl in response from agent if it is present in template or request payload
      const { response } = createCredentialOfferOnAgent;

      if (null !== response) {
        if (1 === filterTemplateIds.length) {
          const template = await this.oid4vcIssuanceRepository.getTemplateById(filterTemplateIds[0]);
          if (template?.noticeUrl) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            (response as any).noticeUrl = template.noticeUrl;
          }
        } else if (createOidcCredentialOffer.noticeUrl) {
          // eslint-disable-next-line @typescript-eslint/no-explicit-any
          (response as any).noticeUrl = createOidcCredentialOffer.noticeUrl;
        }
      }

      // Revocation logic to save the credential offer id and status list details in DB for later use during revocation
      let responseToSave;
      if ('string' === typeof createCredentialOfferOnAgent.response) {
        responseToSave = JSON.parse(createCredentialOfferOnAgent.response);
      } else {
        responseToSave = createCredentialOfferOnAgent.response;
      }

      const sessionId =
        responseToSave.issuanceSessionId ||
        responseToSave.credentialOfferId ||
        responseToSave.id ||
        responseToSave.issuanceSession?.id;

      if (sessionId && createOidcCredentialOffer.isRevocable) {
        for (const cred of buildOidcCredentialOffer.credentials) {
          if (cred.statusListDetails) {
            const statusListUri = `${process.env.STATUS_LIST_HOST}/status-lists/${cred.statusListDetails.listId}`;
            await this.statusListAllocatorService.saveCredentialAllocation(
              orgId,
              `${sessionId}-${cred.statusListDetails.index}`,
              cred.statusListDetails.listId,
              cred.statusListDetails.index,
              sessionId,
              statusListUri
            );
          }
        }
      }

      return createCredentialOfferOnAgent.response;
    } catch (error) {
      for (const alloc of newlyAllocatedIndices) {
        try {
          await this.statusListAllocatorService.release(alloc.listId, alloc.index);
        } catch (releaseErr) {
          this.logger.warn(`Failed to release index on rollback: ${releaseErr.message}`);
        }
      }

      const errorResponse = ErrorHandler.categorize(error, 'Failed to create credential offer');
      this.logger.error(
        `[createOidcCredentialOffer] - ${errorResponse.statusCode}: ${errorResponse.message}`,
        ErrorHandler.format(error)
      );
      throw new RpcException(errorResponse);
    }
  }

  async createOidcCredentialOfferD2A(oidcCredentialD2APayload, orgId: string): Promise<object | string> {
    const newlyAllocatedIndices: { listId: string; index: number }[] = [];
    try {
      for (const credential of oidcCredentialD2APayload.credentials) {
        const { signerOptions } = credential;

        if (!signerOptions?.method) {
          throw new BadRequestException(`signerOptions.method is required`);
        }
        if (signerOptions.method === SignerMethodOption.X5C) {
          if (!signerOptions.x5c || 0 === signerOptions.x5c.length) {
            // const x5cFromDb = await this.oid4vcIssuanceRepository.getIssuerX5c(
            const x5cFromDb = 'Test';
            // If you want to use the actual DB call, uncomment and use:
            // const x5cFromDb = await this.oid4vcIssuanceRepository.getIssuerX5c(
            //   oidcCredentialD2APayload.publicIssuerId,
            //   orgId
            // );
            if (!x5cFromDb || 0 === x5cFromDb.length) {
              throw new BadRequestException(`No x5c found for issuer`);
            }
            signerOptions.x5c = x5cFromDb;
          }
        }

        if (signerOptions.method === SignerMethodOption.DID) {
          if (!signerOptions.did) {
            const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
            if (!agentDetails) {
              throw new BadRequestException(`No DID found for issuer`);
            }
            signerOptions.did = agentDetails.orgDid;
          }
        }
      }

      const url = getAgentUrl(
        await this.getAgentEndpoint(orgId),
        CommonConstants.OIDC_ISSUER_SESSIONS_CREDENTIAL_OFFER
      );

      if (oidcCredentialD2APayload.isRevocable) {
        const hasSdJwt = oidcCredentialD2APayload.credentials.some((c) => c.format === CredentialFormat.SdJwtVc);
        if (hasSdJwt) {
          if (!process.env.STATUS_LIST_HOST) {
            throw new BadRequestException('Revocable SD-JWT is not supported as STATUS_LIST_HOST is not configured.');
          }
          const agentDetailsForAlloc = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);
          if (!agentDetailsForAlloc?.orgDid) {
            throw new BadRequestException('Organization DID is required for revocable credentials');
          }
          for (const cred of oidcCredentialD2APayload.credentials) {
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if ((cred as any).format === CredentialFormat.SdJwtVc && !cred.statusListDetails) {
              const allocation = await this.statusListAllocatorService.allocate(orgId, agentDetailsForAlloc.orgDid);
              cred.statusListDetails = {
                listId: allocation.listId,
                index: allocation.index,
                listSize: Number(CommonConstants.DEFAULT_STATUS_LIST_SIZE)
              };
              newlyAllocatedIndices.push({ listId: allocation.listId, index: allocation.index });
            }
          }
        }
      }

      const createCredentialOfferOnAgent = await this._oidcCreateCredentialOffer(oidcCredentialD2APayload, url, orgId);
      if (!createCredentialOfferOnAgent) {
        throw new NotFoundException(ResponseMessages.oidcIssuerSession.error.errorCreateOffer);
      }

      let parsedResponse;
      if ('string' === typeof createCredentialOfferOnAgent.response) {
        parsedResponse = JSON.parse(createCredentialOfferOnAgent.response);
      } else {
        parsedResponse = createCredentialOfferOnAgent.response;
      }

      const issuanceSessionId =
        parsedResponse.issuanceSessionId ||
        parsedResponse.credentialOfferId ||
        parsedResponse.id ||
        parsedResponse.issuanceSession?.id;
      if (issuanceSessionId && oidcCredentialD2APayload.isRevocable) {
        for (const cred of oidcCredentialD2APayload.credentials) {
          if (cred.statusListDetails) {
            const statusListUri = `${process.env.STATUS_LIST_HOST}/status-lists/${cred.statusListDetails.listId}`;
            await this.statusListAllocatorService.saveCredentialAllocation(
              orgId,
              `${issuanceSessionId}-${cred.statusListDetails.index}`,
              cred.statusListDetails.listId,
              cred.statusListDetails.index,
              issuanceSessionId,
              statusListUri
            );
          }
        }
      }

      return createCredentialOfferOnAgent.response;
    } catch (error) {
      for (const alloc of newlyAllocatedIndices) {
        try {
          await this.statusListAllocatorService.release(alloc.listId, alloc.index);
        } catch (releaseErr) {
          this.logger.warn(`Failed to release index on rollback: ${releaseErr.message}`);
        }
      }
      this.logger.error(`[createOidcCredentialOfferD2A] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async updateOidcCredentialOffer(
    updateOidcCredentialOffer: UpdateCredentialRequest,
    orgId: string,
    issuerId: string
  ): Promise<any> {
    try {
      if (!updateOidcCredentialOffer.issuerMetadata) {
        throw new BadRequestException('Please provide a valid issuerMetadata');
      }
      const url = getAgentUrl(
        await this.getAgentEndpoint(orgId),
        CommonConstants.OIDC_ISSUER_SESSIONS_UPDATE_OFFER,
        updateOidcCredentialOffer.credentialOfferId
      );
      const updateCredentialOfferOnAgent = await this._oidcUpdateCredentialOffer(
        updateOidcCredentialOffer.issuerMetadata,
        url,
        orgId
      );
      if (!updateCredentialOfferOnAgent) {
        throw new NotFoundException(ResponseMessages.oidcIssuerSession.error.errorUpdateOffer);
      }

      return updateCredentialOfferOnAgent.response;
    } catch (error) {
      throw new RpcException(error.response ?? error);
    }
  }

  async getCredentialOfferDetailsById(offerId: string, orgId: string): Promise<any> {
    try {
      const url = getAgentUrl(await this.getAgentEndpoint(orgId), CommonConstants.OIDC_ISSUER_SESSIONS_BY_ID, offerId);
      const offer = await this._oidcGetCredentialOfferById(url, orgId);
      if ('string' === typeof offer.response) {
        offer.response = JSON.parse(offer.response);
      }
      return offer.response;
    } catch (error) {
      this.logger.error(`[getCredentialOfferDetailsById] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async getCredentialOffers(orgId: string, getAllCredentialOffer: GetAllCredentialOffer): Promise<any> {
    try {
      const url = getAgentUrl(await this.getAgentEndpoint(orgId), CommonConstants.OIDC_ISSUER_SESSIONS);
      const credentialOfferUrl = buildCredentialOfferUrl(url, getAllCredentialOffer);
      const offers = await this._oidcGetCredentialOffers(credentialOfferUrl, orgId);
      if ('string' === typeof offers.response) {
        offers.response = JSON.parse(offers.response);
      }
      return offers.response;
    } catch (error) {
      this.logger.error(`[getCredentialOffers] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }
  async deleteCredentialOffers(orgId: string, credentialId: string): Promise<any> {
    try {
      if (!credentialId) {
        throw new BadRequestException('Please provide a valid credentialId');
      }
      const url = getAgentUrl(
        await this.getAgentEndpoint(orgId),
        CommonConstants.OIDC_DELETE_CREDENTIAL_OFFER,
        credentialId
      );
      const deletedCredentialOffer = await this._oidcDeleteCredentialOffer(url, orgId);
      if (!deletedCredentialOffer) {
        throw new NotFoundException(ResponseMessages.oidcIssuerSession.error.deleteFailed);
      }
      if ('string' === typeof deletedCredentialOffer.response) {
        deletedCredentialOffer.response = JSON.parse(deletedCredentialOffer.response);
      }
      return deletedCredentialOffer.response;
    } catch (error) {
      this.logger.error(`[deleteCredentialOffers] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async revokeCredential(issuanceSessionId: string, orgId: string): Promise<object> {
    try {
      if (!issuanceSessionId) {
        throw new BadRequestException('Please provide a valid issuanceSessionId');
      }

      const allocations = await this.statusListAllocatorService.getCredentialAllocations(orgId, issuanceSessionId);

      const url = getAgentUrl(
        await this.getAgentEndpoint(orgId),
        CommonConstants.OIDC_ISSUER_SESSIONS_BY_ID,
        `${issuanceSessionId}/revoke`
      );

      const pattern = { cmd: 'agent-service-oid4vc-revoke-credential' };

      if (allocations && 0 < allocations.length) {
        const payload: any = {
          url,
          orgId
        };
        return this.natsCall(pattern, payload);
      } else {
        throw new BadRequestException('Credential is not revocable as no status list allocation was found.');
      }
    } catch (error) {
      this.logger.error(`[revokeCredential] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  // eslint-disable-next-line @typescript-eslint/explicit-function-return-type
  async buildOidcIssuerConfig(issuerId: string) {
    try {
      const issuerDetails = await this.oid4vcIssuanceRepository.getOidcIssuerDetailsById(issuerId);
      const templates = await this.oid4vcIssuanceRepository.getTemplatesByIssuerId(issuerId);

      const credentialConfigurationsSupported = buildCredentialConfigurationsSupported(templates);
      return buildIssuerPayload({ credentialConfigurationsSupported }, issuerDetails);
    } catch (error) {
      this.logger.error(`[buildOidcIssuerPayload] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  async findAllTemplate(orgId: string, issuerId: string): Promise<credential_templates[]> {
    try {
      if (!orgId || !issuerId) {
        throw new BadRequestException(ResponseMessages.oidcTemplate.error.invalidId);
      }
      return this.oid4vcIssuanceRepository.getTemplatesByIssuerId(issuerId);
    } catch (error) {
      this.logger.error(`[findAllTemplate] - error: ${JSON.stringify(error)}`);
      throw new RpcException(error.response ?? error);
    }
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async _createOIDCIssuer(issuerCreation, url: string, orgId: string): Promise<any> {
    try {
      const pattern = { cmd: 'agent-create-oid4vc-issuer' };
      const payload: IAgentOIDCIssuerCreate = { issuerCreation, url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(`[_createOIDCIssuer] [NATS call]- error in create OID4VC Issuer : ${JSON.stringify(error)}`);
      throw error;
    }
  }

  async _createOIDCTemplate(templatePayload, url: string, orgId: string): Promise<any> {
    try {
      const pattern = { cmd: 'agent-create-oid4vc-template' };
      const payload = { templatePayload, url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_createOIDCTemplate] [NATS call]- error in create OID4VC Template : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _deleteOidcIssuer(url: string, orgId: string): Promise<any> {
    try {
      const pattern = { cmd: 'delete-oid4vc-issuer' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_createOIDCTemplate] [NATS call]- error in create OID4VC Template : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcGetIssuerById(url: string, orgId: string) {
    try {
      const pattern = { cmd: 'oid4vc-get-issuer-by-id' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcGetIssuerById] [NATS call]- error in oid4vc get issuer by id : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcGetIssuers(url: string, orgId: string) {
    try {
      const pattern = { cmd: 'oid4vc-get-issuers-agent-service' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(`[_oidcGetIssuers] [NATS call]- error in oid4vc get issuers : ${JSON.stringify(error)}`);
      throw error;
    }
  }

  async _oidcCreateCredentialOffer(credentialPayload: CredentialOfferPayload, url: string, orgId: string) {
    try {
      const pattern = { cmd: 'agent-service-oid4vc-create-credential-offer' };
      const payload = { credentialPayload, url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcCreateCredentialOffer] [NATS call]- error in oid4vc create credential offer : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcUpdateCredentialOffer(issuanceMetadata, url: string, orgId: string) {
    try {
      const pattern = { cmd: 'agent-service-oid4vc-update-credential-offer' };
      const payload = { issuanceMetadata, url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcUpdateCredentialOffer] [NATS call]- error in oid4vc update credential offer : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcGetCredentialOfferById(url: string, orgId: string) {
    try {
      const pattern = { cmd: 'agent-service-oid4vc-get-credential-offer-by-id' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcGetCredentialOfferById] [NATS call]- error in oid4vc get credential offer by id : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcGetCredentialOffers(url: string, orgId: string) {
    try {
      const pattern = { cmd: 'agent-service-oid4vc-get-all-credential-offers' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcGetCredentialOffers] [NATS call]- error in oid4vc get credential offers : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async _oidcDeleteCredentialOffer(url: string, orgId: string) {
    try {
      const pattern = { cmd: 'agent-service-oid4vc-delete-credential-offer' };
      const payload = { url, orgId };
      return this.natsCall(pattern, payload);
    } catch (error) {
      this.logger.error(
        `[_oidcDeleteCredentialOffer] [NATS call]- error in oid4vc delete credential offer : ${JSON.stringify(error)}`
      );
      throw error;
    }
  }

  async natsCall(
    pattern: object,
    payload: object
  ): Promise<{
    response: string;
  }> {
    try {
      return this.issuanceServiceProxy
        .send<string>(pattern, payload)
        .pipe(
          map((response) => ({
            response
          }))
        )
        .toPromise()
        .catch((error) => {
          this.logger.error(`catch: ${JSON.stringify(error)}`);
          throw new HttpException(
            {
              status: error.statusCode || HttpStatus.INTERNAL_SERVER_ERROR,
              error: error.message
            },
            error.statusCode || error.status || HttpStatus.INTERNAL_SERVER_ERROR
          );
        });
    } catch (error) {
      this.logger.error(`[natsCall] - error in nats call : ${JSON.stringify(error)}`);
      throw error;
    }
  }

  async getAgentEndpoint(orgId: string): Promise<string> {
    const agentDetails = await this.oid4vcIssuanceRepository.getAgentEndPoint(orgId);

    if (!agentDetails) {
      throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
    }

    if (!agentDetails.agentEndPoint || '' === agentDetails.agentEndPoint.trim()) {
      throw new NotFoundException(ResponseMessages.issuance.error.agentEndPointNotFound);
    }

    return agentDetails.agentEndPoint;
  }

  async storeOidcCredentialWebhook(
    CredentialOfferWebhookPayload: Oid4vcCredentialOfferWebhookPayload
  ): Promise<object> {
    try {
      // pick fields
      const { oidcIssueCredentialDto, id } = CredentialOfferWebhookPayload;
      let organisationId = id;

      if ('default' !== oidcIssueCredentialDto?.contextCorrelationId) {
        const getOrganizationId = await this.oid4vcIssuanceRepository.getOrganizationByTenantId(
          oidcIssueCredentialDto?.contextCorrelationId
        );
        if (getOrganizationId?.orgId) {
          organisationId = getOrganizationId.orgId;
        }
      }

      const {
        contextCorrelationId,
        credentialOfferPayload,
        issuedCredentials,
        id: issuanceSessionId
      } = oidcIssueCredentialDto ?? {};
      const cfgIds: string[] = Array.isArray(credentialOfferPayload?.credential_configuration_ids)
        ? credentialOfferPayload.credential_configuration_ids
        : [];
      const issuedCredentialsArr: string[] | undefined =
        Array.isArray(issuedCredentials) && 0 < issuedCredentials.length
          ? issuedCredentials.map((c: any) => ('string' === typeof c ? c : JSON.stringify(c)))
          : issuedCredentials && Array.isArray(issuedCredentials) && 0 === issuedCredentials.length
            ? []
            : undefined;

      const sanitized = {
        ...CredentialOfferWebhookPayload,
        credentialOfferPayload: {
          credential_configuration_ids: cfgIds
        }
      };

      const agentDetails = await this.oid4vcIssuanceRepository.storeOidcCredentialDetails(
        CredentialOfferWebhookPayload,
        organisationId
      );
      return agentDetails;
    } catch (error) {
      this.logger.error(`[storeOidcCredentialWebhook] - error: ${JSON.stringify(error)}`);
      throw error;
    }
  }
}
